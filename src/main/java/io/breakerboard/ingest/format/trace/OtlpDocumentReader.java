package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ParseSink;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams one OTLP/JSON {@code TracesData} (or {@code ExportTraceServiceRequest}) document into span records,
 * one span tree at a time, so a large export never sits in memory as a whole. Accepts {@code scopeSpans} and the
 * legacy {@code instrumentationLibrarySpans}, camelCase and snake_case names, a top-level array of documents, and
 * the wrappers trace back-ends answer with: Jaeger api_v3 {@code {"result": {...}}}, Grafana Tempo's trace-by-id
 * v1 {@code {"batches": [...]}} and v2 {@code {"trace": {...}}}.
 * A span without trace id, span id or start time is rejected; the rest of the document is read.
 */
public final class OtlpDocumentReader {
    // Tempo's trace-by-id v1 answer names the resource spans "batches".
    private static final Set<String> RESOURCE_SPANS = Set.of("resourceSpans", "resource_spans", "batches");
    // Back-ends wrap the document: Jaeger api_v3 in "result", Tempo's trace-by-id v2 in "trace".
    private static final Set<String> WRAPPERS = Set.of("result", "trace");
    private static final Set<String> SCOPE_SPANS = Set.of("scopeSpans", "scope_spans", "instrumentationLibrarySpans",
            "instrumentation_library_spans");
    private static final Set<String> SCOPE = Set.of("scope", "instrumentationLibrary", "instrumentation_library");

    private final ParseSink sink;
    private final long fixedLine;

    /**
     * @param fixedLine the line every span is reported on (for one document per line), or 0 to report each
     *                  span's own line in the document
     */
    public OtlpDocumentReader(ParseSink sink, long fixedLine) {
        this.sink = sink;
        this.fixedLine = fixedLine;
    }

    /**
     * Reads the value the parser stands on. Returns how many {@code resourceSpans} entries it held, so callers
     * can tell an empty export from a document that is not OTLP at all.
     */
    public int read(JsonParser p, Consumer<SpanRecord> spans) throws IOException {
        JsonToken t = p.currentToken();
        int found = 0;
        if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                found += read(p, spans);
            }
        } else if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (RESOURCE_SPANS.contains(name) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        readResource(p, spans);
                        found++;
                    }
                } else if (WRAPPERS.contains(name) && value == JsonToken.START_OBJECT) {
                    found += read(p, spans);
                } else {
                    p.skipChildren();
                }
            }
        } else {
            p.skipChildren();
        }
        return found;
    }

    private void readResource(JsonParser p, Consumer<SpanRecord> spans) throws IOException {
        Map<String, String> resource = Map.of();
        List<SpanRecord> held = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("resource") && value == JsonToken.START_OBJECT) {
                resource = OtlpValues.attributes(Json.tree(p).get("attributes"));
            } else if (SCOPE_SPANS.contains(name) && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    readScope(p, held);
                }
            } else {
                p.skipChildren();
            }
        }
        // The resource may come after its spans in the document, so spans wait for it here.
        String service = resource.get("service.name");
        for (SpanRecord s : held) {
            s.serviceName = service;
            s.attribute("service.name", service);
            spans.accept(s);
        }
    }

    private void readScope(JsonParser p, List<SpanRecord> held) throws IOException {
        String scope = null;
        int first = held.size();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (SCOPE.contains(name) && value == JsonToken.START_OBJECT) {
                scope = Json.text(Json.tree(p), "name");
            } else if (name.equals("spans") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    long line = fixedLine > 0 ? fixedLine : p.currentTokenLocation().getLineNr();
                    SpanRecord r = toRecord(Json.tree(p), line);
                    if (r != null) {
                        held.add(r);
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        for (int i = first; i < held.size(); i++) {
            held.get(i).attribute("otel.scope.name", scope);
        }
    }

    private SpanRecord toRecord(JsonNode span, long line) {
        String name = Json.text(span, "name");
        String label = "span '" + (name == null ? "(unnamed)" : name) + "'";
        String traceId = OtlpValues.id(Json.text(span, "traceId", "trace_id"));
        if (traceId == null) {
            sink.reject(line, label + " has no traceId; every OTLP span needs the id of its trace — check the exporter "
                    + "that wrote this file", span.toString());
            return null;
        }
        String spanId = OtlpValues.id(Json.text(span, "spanId", "span_id"));
        if (spanId == null) {
            sink.reject(line, label + " of trace " + traceId + " has no spanId; the span cannot be placed in its trace",
                    span.toString());
            return null;
        }
        Instant start;
        Instant end;
        String why = "";
        try {
            start = OtlpValues.nanos(Json.field(span, "startTimeUnixNano", "start_time_unix_nano"));
            end = OtlpValues.nanos(Json.field(span, "endTimeUnixNano", "end_time_unix_nano"));
        } catch (ArithmeticException | IllegalArgumentException e) {
            start = null;
            end = null;
            why = ": " + e.getMessage();
        }
        if (start == null) {
            sink.reject(line, label + " of trace " + traceId + " has no valid startTimeUnixNano (Unix time in "
                    + "nanoseconds, as text or number)" + why + "; the span is skipped", span.toString());
            return null;
        }
        SpanRecord r = new SpanRecord();
        r.traceId = traceId;
        r.id = spanId;
        r.parentId = OtlpValues.id(Json.text(span, "parentSpanId", "parent_span_id"));
        r.spanName = name;
        r.start = start;
        r.end = end == null || end.isBefore(start) ? start : end;
        r.line = line;
        JsonNode status = Json.field(span, "status");
        if (OtlpValues.isErrorStatus(status)) {
            r.failed = true;
            String message = Json.text(status, "message");
            r.errorMessage = message != null ? message : "span status ERROR";
        }
        readExceptions(Json.field(span, "events"), r);
        r.attribute("span.kind", OtlpValues.kind(Json.field(span, "kind")));
        AttributeMapping.apply(r, OtlpValues.attributes(Json.field(span, "attributes")));
        return r;
    }

    private static Instant eventTime(JsonNode event) {
        try {
            return OtlpValues.nanos(Json.field(event, "timeUnixNano", "time_unix_nano"));
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null;
        }
    }

    // Exceptions make the span failed; evaluation results become scores of its trace.
    private static void readExceptions(JsonNode events, SpanRecord r) {
        if (events == null || !events.isArray()) {
            return;
        }
        for (JsonNode e : events) {
            if (EvaluationEvents.isEvaluation(Json.text(e, "name"))) {
                r.score(EvaluationEvents.score(OtlpValues.attributes(Json.field(e, "attributes")), eventTime(e)));
                continue;
            }
            if (!"exception".equals(Json.text(e, "name"))) {
                continue;
            }
            Map<String, String> a = OtlpValues.attributes(Json.field(e, "attributes"));
            String type = a.get("exception.type");
            String message = a.get("exception.message");
            String text = type != null && message != null ? type + ": " + message : type != null ? type : message;
            r.failed = true;
            if (text != null && (r.errorMessage == null || r.errorMessage.equals("span status ERROR"))) {
                r.errorMessage = text;
            }
        }
    }
}
