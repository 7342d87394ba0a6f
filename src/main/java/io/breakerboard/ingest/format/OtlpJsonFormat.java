package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.OtlpDocumentReader;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.TraceAssembler;
import io.breakerboard.ingest.format.trace.TraceBuffer;
import io.breakerboard.ingest.format.trace.TraceContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * OpenTelemetry OTLP/JSON traces: one {@code TracesData} / {@code ExportTraceServiceRequest} document, or one
 * document per line as the collector's file exporter writes them, also as Jaeger's api_v3 and Grafana Tempo's
 * trace-by-id answers wrap them (see {@link OtlpDocumentReader}). A trace is an execution, its spans are steps
 * (see {@link TraceAssembler}); GenAI attributes of every common convention are read through the alias table.
 * Spans are grouped by trace id over the whole file and handed over at the end, holding at most
 * {@link #MAX_PENDING_SPANS} spans (see {@link TraceBuffer}).
 */
public final class OtlpJsonFormat implements LogFormat {
    /** Spans held before complete traces are handed over early; about 2–10 KB each. */
    public static final int MAX_PENDING_SPANS = 100_000;

    private final int maxPendingSpans;

    public OtlpJsonFormat() {
        this(MAX_PENDING_SPANS);
    }

    /** With a smaller span bound, for tests of the early hand-over. */
    OtlpJsonFormat(int maxPendingSpans) {
        this.maxPendingSpans = maxPendingSpans;
    }

    @Override
    public String id() {
        return "otlp-json";
    }

    @Override
    public boolean assemblesAcrossLines() {
        return true;
    }

    @Override
    public String displayName() {
        return "OpenTelemetry OTLP/JSON";
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary()) {
            return 0;
        }
        // One TracesData object per line, decided by the majority of lines so a torn first line does not count.
        int perLine = JsonLineSniffer.score(sample, 95, OtlpJsonFormat::isTracesData);
        String t = sample.jsonDocumentText();
        if (t == null) {
            return perLine;
        }
        boolean scopes = t.contains("\"scopeSpans\"") || t.contains("\"scope_spans\"")
                || t.contains("\"instrumentationLibrarySpans\"");
        if (!(t.contains("\"resourceSpans\"") || t.contains("\"resource_spans\""))) {
            // Tempo's trace-by-id v1 answer: {"batches": [{"resource": ..., "scopeSpans": ...}]}
            return Math.max(perLine, t.contains("\"batches\"") && scopes ? 90 : 0);
        }
        return Math.max(perLine, scopes || t.contains("\"spans\"") ? 95 : 75);
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        TraceBuffer buffer = new TraceBuffer(maxPendingSpans, (traceId, spans) -> emit(traceId, spans, sink));
        boolean perLine = JsonLineLayout.readPerLine(source, sink,
                "the file is empty; expected an OTLP/JSON trace export", OtlpJsonFormat::looksWhole,
                OtlpJsonFormat::isTracesDataLine, (line, number) -> readLine(line, number, buffer, sink));
        if (!perLine) {
            readDocument(source, buffer, sink);
        }
        buffer.flushAll();
    }

    private void readLine(String line, long number, TraceBuffer buffer, ParseSink sink) throws IOException {
        OtlpDocumentReader reader = new OtlpDocumentReader(sink, number);
        try (JsonParser p = Json.MAPPER.getFactory().createParser(line)) {
            p.nextToken();
            int found = reader.read(p, span -> add(buffer, span, sink));
            if (p.nextToken() != null) {
                sink.reject(number, "text after the JSON object on this line; each line must hold exactly one "
                        + "OTLP/JSON TracesData object", line);
            } else if (found == 0) {
                sink.reject(number, "line has no 'resourceSpans'; each line must be one OTLP/JSON TracesData "
                        + "object as the collector's file exporter writes it", line);
            }
        } catch (JsonProcessingException e) {
            sink.reject(number, "line is not valid JSON (" + e.getOriginalMessage() + "); each line must be one "
                    + "complete OTLP/JSON TracesData object — the line may be cut off", line);
        }
    }

    private void readDocument(LogSource source, TraceBuffer buffer, ParseSink sink) throws IOException {
        OtlpDocumentReader reader = new OtlpDocumentReader(sink, 0);
        int found = 0;
        try (InputStream in = source.openStream(); JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
            try {
                while (p.nextToken() != null) {
                    found += reader.read(p, span -> add(buffer, span, sink));
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                long line = at == null ? 0 : at.getLineNr();
                String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
                if (found == 0 && buffer.pending() == 0) {
                    throw new MalformedLogException(line, "not valid JSON" + where + " (" + e.getOriginalMessage()
                            + "); expected one OTLP/JSON TracesData document, or one per line", e);
                }
                sink.reject(line, "JSON syntax error" + where + " (" + e.getOriginalMessage() + "); spans after it "
                        + "are lost: the export looks cut off, export it again", "");
                return;
            }
        }
        if (found == 0) {
            throw new MalformedLogException(0, "no 'resourceSpans' in the document; this is JSON but not an "
                    + "OTLP/JSON trace export (expected {\"resourceSpans\": [...]}, or a trace back-end's answer "
                    + "holding one: Jaeger {\"result\": ...}, Tempo {\"batches\": [...]} or {\"trace\": ...})");
        }
    }

    private void add(TraceBuffer buffer, SpanRecord span, ParseSink sink) {
        if (!buffer.add(span)) {
            sink.reject(span.line, "span '" + span.spanName + "' arrived after its trace " + span.traceId + " was "
                    + "imported (more than " + maxPendingSpans + " spans were pending); split the export by trace "
                    + "to keep it whole", "");
        }
    }

    private static void emit(String traceId, List<SpanRecord> spans, ParseSink sink) {
        try {
            sink.execution(TraceAssembler.assemble("otlp:" + traceId, spans, TraceContext.NONE));
        } catch (IllegalArgumentException | IllegalStateException e) {
            sink.reject(spans.get(0).line, "trace " + traceId + " could not be read: " + e.getMessage(), "");
        }
    }

    // A line that opens and closes braces is one value even when broken (then it alone is rejected).
    private static boolean looksWhole(String line) {
        return line.startsWith("{") && line.endsWith("}") || isCompleteJson(line);
    }

    private static boolean isTracesData(JsonNode node) {
        return node.has("resourceSpans") || node.has("resource_spans");
    }

    private static boolean isTracesDataLine(String line) {
        try {
            JsonNode node = Json.parse(line);
            return node.isObject() && isTracesData(node);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static boolean isCompleteJson(String line) {
        try {
            return Json.parse(line).isContainerNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
