package io.breakerboard.ingest.format.langfuse;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.Durations;
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
import io.breakerboard.ingest.format.trace.TraceContext;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Langfuse trace downloads: {@code {"trace": {...}, "observations": [...]}}, a list of those, or a trace object
 * carrying its own {@code observations}. The trace is an execution keyed {@code langfuse:<trace id>}; each
 * observation is a step (see {@link LangfuseObservations} for the mapping), and the trace's scores are its
 * scores ({@link LangfuseScores}). One trace is in memory at a time.
 */
public final class LangfuseFormat implements LogFormat {
    private static final String EXPECTED = "a Langfuse trace download {\"trace\": {...}, \"observations\": [...]}";

    @Override
    public String id() {
        return "langfuse";
    }

    @Override
    public boolean assemblesAcrossLines() {
        return true;
    }

    @Override
    public String displayName() {
        return "Langfuse trace export";
    }

    @Override
    public int sniff(Sample sample) {
        String t = sample.jsonDocumentText();
        if (t == null) {
            return 0;
        }
        boolean observations = t.contains("\"observations\"");
        boolean observationKeys = t.contains("\"parentObservationId\"") || t.contains("\"traceId\"");
        boolean traceFirst = t.replaceFirst("^\\[?\\s*\\{\\s*", "").startsWith("\"trace\"");
        if (observations && observationKeys) {
            return 92;
        }
        if (traceFirst && t.contains("\"projectId\"")) {
            return 88;
        }
        return traceFirst && observations ? 70 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        List<Object[]> shapeRejects = new ArrayList<>();
        int[] traces = {0};
        JsonDocuments.forEach(source, EXPECTED, sink, (node, line) -> {
            JsonNode trace = Json.field(node, "trace");
            if (trace == null || !trace.isObject()) {
                trace = node.has("observations") && node.has("id") ? node : null;
            }
            if (trace == null) {
                shapeRejects.add(new Object[] {line, "value has no 'trace' object; expected " + EXPECTED, node});
                return;
            }
            traces[0]++;
            readTrace(node, trace, line, sink);
        });
        if (traces[0] == 0) {
            throw new MalformedLogException(0, "no Langfuse trace in the file; expected " + EXPECTED);
        }
        for (Object[] r : shapeRejects) {
            sink.reject((Long) r[0], (String) r[1], Texts.cut(r[2].toString(), 8192));
        }
    }

    private static void readTrace(JsonNode doc, JsonNode trace, long line, ParseSink sink) {
        JsonNode observations = Json.field(doc, "observations");
        if (observations == null || !observations.isArray()) {
            observations = Json.field(trace, "observations");
        }
        String id = Json.text(trace, "id");
        if (id == null && observations != null && observations.size() > 0) {
            id = Json.text(observations.get(0), "traceId");
        }
        if (id == null) {
            sink.reject(line, "trace has no 'id' and no observation names its traceId; the trace cannot be keyed",
                    Texts.cut(doc.toString(), 8192));
            return;
        }
        List<SpanRecord> spans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> scoreArrays = new ArrayList<>();
        scoreArrays.add(Json.field(trace, "scores"));
        if (doc != trace) {
            scoreArrays.add(Json.field(doc, "scores"));
        }
        if (observations != null && observations.isArray()) {
            for (JsonNode o : observations) {
                SpanRecord r = LangfuseObservations.read(o, id, line, sink);
                if (r != null && seen.add(r.id)) {
                    spans.add(r);
                }
                scoreArrays.add(Json.field(o, "scores"));
            }
        }
        Double latency = Json.doubleField(trace, "latency");
        Duration duration = latency == null ? null : Durations.ofMillis(latency * 1000);
        try {
            TraceContext context = new TraceContext(Json.text(trace, "name"), Texts.of(Json.field(trace, "input")),
                    Json.text(trace, "userId"), Json.text(trace, "sessionId"),
                    Json.instant(Json.field(trace, "timestamp")), duration);
            Execution e = TraceAssembler.assemble("langfuse:" + id, spans, context);
            List<Score> scores = LangfuseScores.read(scoreArrays);
            sink.execution(scores.isEmpty() ? e : e.withScores(scores));
        } catch (IllegalArgumentException | IllegalStateException e) {
            sink.reject(line, "trace " + id + " could not be read: " + e.getMessage()
                    + "; a trace needs a 'timestamp' or observations with 'startTime'", "");
        }
    }
}
