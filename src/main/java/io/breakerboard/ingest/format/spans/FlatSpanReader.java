package io.breakerboard.ingest.format.spans;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.trace.AttributeMapping;
import io.breakerboard.ingest.format.trace.EvaluationEvents;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.OtlpValues;
import io.breakerboard.ingest.format.trace.SpanAnnotations;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one span of a flat span dump into a {@link SpanRecord}. The dialects differ only in field names and value
 * shapes, so one reader takes them all: the Python SDK's {@code to_json} (console exporter, any-agent), JavaScript
 * {@code ReadableSpan}s ({@code spanContext}, hrtime tuples), Phoenix ({@code span_kind}, {@code status_code}),
 * MLflow (JSON-encoded attribute values) and the OpenAI Agents SDK ({@code span_data}, see {@link AgentsSdkSpans}).
 * A span without trace id, span id or start time is rejected with the reason.
 */
final class FlatSpanReader {
    private FlatSpanReader() {
    }

    static SpanRecord read(JsonNode span, String traceFallback, long line, ParseSink sink) {
        String name = Json.text(span, "name");
        JsonNode spanData = Json.field(span, "span_data");
        if (name == null && spanData != null) {
            name = AgentsSdkSpans.name(spanData);
        }
        String label = "span '" + (name == null ? "(unnamed)" : name) + "'";
        JsonNode context = Json.field(span, "context", "spanContext");
        String traceId = SpanIds.of(firstOf(context, span, "trace_id", "traceId"), 32);
        if (traceId == null) {
            traceId = traceFallback;
        }
        if (traceId == null) {
            sink.reject(line, label + " has no trace id (context.trace_id, spanContext.traceId or trace_id); the "
                    + "span cannot be grouped into its trace", Texts.cut(span.toString(), 8192));
            return null;
        }
        String spanId = SpanIds.of(firstOf(context, span, "span_id", "spanId", "id"), 16);
        if (spanId == null) {
            sink.reject(line, label + " of trace " + traceId + " has no span id; it cannot be placed in its trace",
                    Texts.cut(span.toString(), 8192));
            return null;
        }
        Instant start;
        Instant end;
        try {
            start = SpanTimes.of(Json.field(span, "start_time", "startTime", "start_time_unix_nano",
                    "startTimeUnixNano", "started_at"));
            end = SpanTimes.of(Json.field(span, "end_time", "endTime", "end_time_unix_nano", "endTimeUnixNano",
                    "ended_at"));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            sink.reject(line, label + " of trace " + traceId + " has an unreadable time (" + e.getMessage()
                    + "); the span is skipped", Texts.cut(span.toString(), 8192));
            return null;
        }
        if (start == null) {
            sink.reject(line, label + " of trace " + traceId + " has no start time (start_time, startTime or "
                    + "started_at); the span is skipped", Texts.cut(span.toString(), 8192));
            return null;
        }
        SpanRecord r = new SpanRecord();
        r.traceId = traceId;
        r.id = spanId;
        r.parentId = SpanIds.of(parentOf(span), 16);
        r.spanName = name;
        r.start = start;
        r.end = end == null || end.isBefore(start) ? start : end;
        r.line = line;
        readStatus(span, r);
        Map<String, String> attributes = attributes(span, spanData);
        r.attribute("span.kind", kind(Json.field(span, "kind")));
        String service = serviceName(span);
        r.serviceName = service;
        r.attribute("service.name", service);
        AttributeMapping.apply(r, attributes);
        readExceptions(Json.field(span, "events"), r);
        SpanAnnotations.read(Json.field(span, "annotations", "span_annotations"), r);
        return r;
    }

    private static Instant eventTime(JsonNode event) {
        try {
            return SpanTimes.of(Json.field(event, "timestamp", "time", "timeUnixNano", "time_unix_nano"));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static JsonNode firstOf(JsonNode context, JsonNode span, String... names) {
        JsonNode v = Json.field(context, names);
        return v != null ? v : Json.field(span, names);
    }

    private static JsonNode parentOf(JsonNode span) {
        JsonNode v = Json.field(span, "parent_id", "parentId", "parent_span_id", "parentSpanId");
        if (v != null && !v.isContainerNode()) {
            return v;
        }
        JsonNode parent = Json.field(span, "parent", "parentSpanContext");
        return Json.field(parent, "span_id", "spanId");
    }

    private static Map<String, String> attributes(JsonNode span, JsonNode spanData) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode a = Json.field(span, "attributes");
        if (a != null && a.isArray()) {
            out.putAll(OtlpValues.attributes(a)); // MLflow 3 and some dumps keep the OTLP KeyValue list
        } else if (a != null && a.isObject()) {
            flatten("", a, out);
        }
        String phoenixKind = Json.text(span, "span_kind");
        if (phoenixKind != null) {
            out.putIfAbsent("openinference.span.kind", phoenixKind);
        }
        if (spanData != null) {
            AgentsSdkSpans.attributes(spanData, out);
        }
        return out;
    }

    // Nested objects (Phoenix writes {"llm": {"model_name": ...}}) become dotted names; MLflow JSON-encodes every
    // value ("\"LLM\""), so a string holding one JSON string is read as that string.
    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isObject()) {
                out.put(key, v.toString());
                flatten(key + ".", v, out);
            } else if (v.isTextual()) {
                out.put(key, unquote(v.asText()));
            } else {
                out.put(key, Texts.of(v));
            }
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            try {
                JsonNode n = Json.parse(s);
                if (n.isTextual()) {
                    return n.asText();
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                return s;
            }
        }
        return s;
    }

    private static void readStatus(JsonNode span, SpanRecord r) {
        JsonNode status = Json.field(span, "status");
        String code = status != null && status.isObject() ? Json.text(status, "status_code", "code")
                : Json.text(span, "status_code", "statusCode");
        if (status != null && status.isValueNode() && code == null) {
            code = status.asText();
        }
        String message = status != null && status.isObject() ? Json.text(status, "description", "message")
                : Json.text(span, "status_message", "statusMessage");
        if (isError(code)) {
            r.failed = true;
            r.errorMessage = message != null ? message : "span status ERROR";
        }
        JsonNode error = Json.field(span, "error");
        if (error != null && (error.isObject() || error.isTextual())) {
            r.failed = true;
            String text = error.isObject() ? Json.text(error, "message") : error.asText();
            r.errorMessage = text != null ? text : r.errorMessage != null ? r.errorMessage : "span error";
        }
    }

    private static boolean isError(String code) {
        if (code == null) {
            return false;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.equals("2") || c.equals("ERROR") || c.endsWith(".ERROR") || c.endsWith("_ERROR");
    }

    private static String kind(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return OtlpValues.kind(v);
        }
        String s = v.asText().trim().toUpperCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        s = dot >= 0 ? s.substring(dot + 1) : s;
        return s.startsWith("SPAN_KIND_") ? s.substring("SPAN_KIND_".length()) : s;
    }

    private static String serviceName(JsonNode span) {
        JsonNode resource = Json.field(span, "resource");
        JsonNode a = Json.field(resource, "attributes");
        if (a != null && a.isArray()) {
            return OtlpValues.attributes(a).get("service.name");
        }
        return Json.text(a, "service.name");
    }

    // Exceptions make the span failed; evaluation results become scores of its trace.
    private static void readExceptions(JsonNode events, SpanRecord r) {
        if (events == null || !events.isArray()) {
            return;
        }
        for (JsonNode e : events) {
            String eventName = Json.text(e, "name");
            if (!"exception".equals(eventName) && !EvaluationEvents.isEvaluation(eventName)) {
                continue;
            }
            JsonNode a = Json.field(e, "attributes");
            Map<String, String> values = new LinkedHashMap<>();
            if (a != null && a.isArray()) {
                values.putAll(OtlpValues.attributes(a));
            } else if (a != null && a.isObject()) {
                flatten("", a, values);
            }
            if (EvaluationEvents.isEvaluation(eventName)) {
                r.score(EvaluationEvents.score(values, eventTime(e)));
                continue;
            }
            String type = values.get("exception.type");
            String message = values.get("exception.message");
            String text = type != null && message != null ? type + ": " + message : type != null ? type : message;
            r.failed = true;
            if (text != null && (r.errorMessage == null || r.errorMessage.equals("span status ERROR"))) {
                r.errorMessage = text;
            }
        }
    }
}
