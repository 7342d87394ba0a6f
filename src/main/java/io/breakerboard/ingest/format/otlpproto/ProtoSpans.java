package io.breakerboard.ingest.format.otlpproto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.ingest.format.trace.AttributeMapping;
import io.breakerboard.ingest.format.trace.EvaluationEvents;
import io.breakerboard.ingest.format.trace.PackedValues;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns spans of the official OTLP protobuf classes into span records, the same way the OTLP/JSON reader does:
 * ids as lowercase hex, attributes flattened to text (kvlists also as dotted names) and read through the shared
 * alias table, status ERROR and {@code exception} events as failures, {@code gen_ai.evaluation.result} events as
 * scores.
 */
public final class ProtoSpans {
    private ProtoSpans() {
    }

    /**
     * Reads the spans of OTLP resource spans ({@code TracesData} and {@code ExportTraceServiceRequest} hold the
     * same list), with their service and scope, into {@code out}; a span that cannot be placed goes to
     * {@code sink} as rejected.
     */
    public static void read(List<ResourceSpans> resources, long message, ParseSink sink, Consumer<SpanRecord> out) {
        for (ResourceSpans rs : resources) {
            String service = null;
            for (KeyValue kv : rs.getResource().getAttributesList()) {
                if (kv.getKey().equals("service.name") && kv.getValue().hasStringValue()) {
                    service = kv.getValue().getStringValue();
                }
            }
            for (ScopeSpans ss : rs.getScopeSpansList()) {
                String scope = ss.getScope().getName().isEmpty() ? null : ss.getScope().getName();
                for (Span span : ss.getSpansList()) {
                    SpanRecord r = toRecord(span, service, scope, message, sink);
                    if (r != null) {
                        out.accept(r);
                    }
                }
            }
        }
    }

    /** Attributes as flat text values, as {@code OtlpValues.attributes} gives them for OTLP/JSON. */
    public static Map<String, String> attributes(List<KeyValue> list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KeyValue kv : list) {
            JsonNode node = node(kv.getValue());
            if (node == null || kv.getKey().isEmpty()) {
                continue;
            }
            out.put(kv.getKey(), Texts.of(node));
            if (node.isObject()) {
                PackedValues.flatten(kv.getKey(), node, out);
            }
        }
        return out;
    }

    static SpanRecord toRecord(Span span, String service, String scope, long message, ParseSink sink) {
        String label = "span '" + (span.getName().isEmpty() ? "(unnamed)" : span.getName()) + "'";
        String traceId = hex(span.getTraceId().toByteArray());
        String spanId = hex(span.getSpanId().toByteArray());
        if (traceId == null || spanId == null) {
            sink.reject(message, label + " in message " + message + " has no " + (traceId == null ? "trace" : "span")
                    + " id; it cannot be placed in its trace", "");
            return null;
        }
        if (span.getStartTimeUnixNano() <= 0) {
            sink.reject(message, label + " of trace " + traceId + " has no valid start_time_unix_nano; the span is "
                    + "skipped", "");
            return null;
        }
        SpanRecord r = new SpanRecord();
        r.traceId = traceId;
        r.id = spanId;
        r.parentId = hex(span.getParentSpanId().toByteArray());
        r.spanName = span.getName().isEmpty() ? null : span.getName();
        r.start = Timestamps.fromEpochNanos(span.getStartTimeUnixNano());
        Instant end = span.getEndTimeUnixNano() > 0 ? Timestamps.fromEpochNanos(span.getEndTimeUnixNano()) : null;
        r.end = end == null || end.isBefore(r.start) ? r.start : end;
        r.line = message;
        if (span.getStatus().getCode() == Status.StatusCode.STATUS_CODE_ERROR) {
            r.failed = true;
            r.errorMessage = span.getStatus().getMessage().isEmpty() ? "span status ERROR" : span.getStatus().getMessage();
        }
        for (Span.Event e : span.getEventsList()) {
            if (EvaluationEvents.isEvaluation(e.getName())) {
                r.score(EvaluationEvents.score(attributes(e.getAttributesList()),
                        e.getTimeUnixNano() > 0 ? Timestamps.fromEpochNanos(e.getTimeUnixNano()) : null));
            }
            if (e.getName().equals("exception")) {
                Map<String, String> a = attributes(e.getAttributesList());
                String type = a.get("exception.type");
                String text = type != null && a.get("exception.message") != null
                        ? type + ": " + a.get("exception.message") : type != null ? type : a.get("exception.message");
                r.failed = true;
                if (text != null && (r.errorMessage == null || r.errorMessage.equals("span status ERROR"))) {
                    r.errorMessage = text;
                }
            }
        }
        r.serviceName = service;
        r.attribute("service.name", service);
        r.attribute("otel.scope.name", scope);
        String kind = span.getKind().name();
        r.attribute("span.kind", kind.startsWith("SPAN_KIND_") ? kind.substring("SPAN_KIND_".length()) : kind);
        AttributeMapping.apply(r, attributes(span.getAttributesList()));
        return r;
    }

    private static String hex(byte[] id) {
        for (byte b : id) {
            if (b != 0) {
                return HexFormat.of().formatHex(id);
            }
        }
        return null;
    }

    private static JsonNode node(AnyValue v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (v.getValueCase()) {
            case STRING_VALUE -> f.textNode(v.getStringValue());
            case BOOL_VALUE -> f.booleanNode(v.getBoolValue());
            case INT_VALUE -> f.numberNode(v.getIntValue());
            case DOUBLE_VALUE -> f.numberNode(v.getDoubleValue());
            case BYTES_VALUE -> f.textNode(Base64.getEncoder().encodeToString(v.getBytesValue().toByteArray()));
            case ARRAY_VALUE -> {
                ArrayNode a = f.arrayNode();
                for (AnyValue e : v.getArrayValue().getValuesList()) {
                    JsonNode n = node(e);
                    a.add(n == null ? f.nullNode() : n);
                }
                yield a;
            }
            case KVLIST_VALUE -> {
                ObjectNode o = f.objectNode();
                for (KeyValue kv : v.getKvlistValue().getValuesList()) {
                    JsonNode n = node(kv.getValue());
                    if (n != null) {
                        o.set(kv.getKey(), n);
                    }
                }
                yield o;
            }
            default -> null;
        };
    }
}
