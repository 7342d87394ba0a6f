package io.breakerboard.ingest.format.spans;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.JsonDocuments;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.ingest.format.trace.TraceAssembler;
import io.breakerboard.ingest.format.trace.TraceBuffer;
import io.breakerboard.ingest.format.trace.TraceContext;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flat span dumps: spans written one by one as JSON rather than as an OTLP tree. Reads the OpenTelemetry Python
 * SDK's {@code to_json} (the console exporter's output, one object after another), mozilla-ai any-agent's
 * {@code AgentTrace} ({@code {"spans": [...]}}), JavaScript {@code ReadableSpan} arrays, Phoenix span exports,
 * MLflow trace JSON ({@code {"info": ..., "data": {"spans": [...]}}}) and OpenAI Agents SDK span exports
 * ({@code span_data}), as a document, a list or one per line. Spans are grouped by trace id; each trace is an
 * execution keyed {@code span-dump:<trace id>} built by the shared {@link TraceAssembler}.
 */
public final class SpanDumpFormat implements LogFormat {
    private static final String EXPECTED = "a span dump: a list of spans, {\"spans\": [...]}, or one span object per "
            + "line, each with a trace id, a span id and a start time";

    private static final List<String> SPAN_KEYS = List.of("context", "spanContext", "span_id", "spanId", "span_data");

    @Override
    public String id() {
        return "span-dump";
    }

    @Override
    public String displayName() {
        return "Span dump (OTel SDK, any-agent, Phoenix, MLflow, Agents SDK)";
    }

    @Override
    public int sniff(Sample sample) {
        String t = sample.jsonDocumentText();
        if (t == null || t.contains("\"resourceSpans\"")
                || t.contains("\"resource_spans\"") || t.contains("\"run_type\"")) {
            return 0;
        }
        if (t.contains("\"span_data\"") && t.contains("\"trace_id\"")) {
            return 92;
        }
        boolean python = t.contains("\"context\"") && t.contains("\"trace_id\"") && t.contains("\"span_id\"");
        boolean js = t.contains("\"spanContext\"") && t.contains("\"traceId\"") && t.contains("\"spanId\"");
        boolean flat = t.contains("\"span_id\"") && t.contains("\"start_time_unix_nano\"");
        return python || js || flat ? 88 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        Map<String, String> workflows = new HashMap<>();
        TraceBuffer buffer = new TraceBuffer(io.breakerboard.ingest.format.OtlpJsonFormat.MAX_PENDING_SPANS,
                (traceId, spans) -> emit(traceId, spans, workflows, sink));
        int[] spans = {0};
        JsonDocuments.forEach(source, EXPECTED, sink, (node, line) -> spans[0] += read(node, null, line, buffer,
                workflows, sink));
        if (spans[0] == 0 && buffer.pending() == 0) {
            throw new MalformedLogException(0, "no span in the file; expected " + EXPECTED);
        }
        buffer.flushAll();
    }

    // Returns how many span objects were met (read or rejected), to tell an empty dump from a foreign file.
    private static int read(JsonNode node, String traceFallback, long line, TraceBuffer buffer,
                            Map<String, String> workflows, ParseSink sink) {
        if (node.isArray()) {
            int n = 0;
            for (JsonNode e : node) {
                n += read(e, traceFallback, line, buffer, workflows, sink);
            }
            return n;
        }
        if (!node.isObject()) {
            return 0;
        }
        JsonNode spans = Json.field(node, "spans");
        JsonNode data = Json.field(node, "data");
        if (spans == null && data != null && data.isObject()) {
            spans = Json.field(data, "spans"); // MLflow: {"info": {...}, "data": {"spans": [...]}}
        }
        if (spans != null && spans.isArray()) {
            JsonNode info = Json.field(node, "info");
            String trace = Json.text(info, "trace_id", "request_id");
            return read(spans, trace != null ? trace : traceFallback, line, buffer, workflows, sink);
        }
        if (data != null && data.isArray()) {
            return read(data, traceFallback, line, buffer, workflows, sink);
        }
        if ("trace".equals(Json.text(node, "object"))) {
            // The Agents SDK writes the trace itself beside its spans: its workflow names the agent.
            String id = Json.text(node, "id");
            String workflow = Json.text(node, "workflow_name");
            if (id != null && workflow != null) {
                workflows.put(id, workflow);
            }
            return 1;
        }
        if (!SPAN_KEYS.stream().anyMatch(node::has)) {
            sink.reject(line, "value is not a span (no context, spanContext, span_id or span_data); expected "
                    + EXPECTED, Texts.cut(node.toString(), 8192));
            return 0;
        }
        SpanRecord r = FlatSpanReader.read(node, traceFallback, line, sink);
        if (r != null && !buffer.add(r)) {
            sink.reject(line, "span '" + r.spanName + "' arrived after its trace " + r.traceId + " was imported; "
                    + "split the dump by trace", "");
        }
        return 1;
    }

    private static void emit(String traceId, List<SpanRecord> spans, Map<String, String> workflows, ParseSink sink) {
        try {
            TraceContext context = new TraceContext(workflows.get(traceId), null, null, null, null, null);
            sink.execution(TraceAssembler.assemble("span-dump:" + traceId, spans, context));
        } catch (IllegalArgumentException | IllegalStateException e) {
            sink.reject(spans.get(0).line, "trace " + traceId + " could not be read: " + e.getMessage(),
                    Texts.cut(spans.get(0).spanName, 200));
        }
    }
}
