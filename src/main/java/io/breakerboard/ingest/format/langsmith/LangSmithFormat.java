package io.breakerboard.ingest.format.langsmith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.OtlpJsonFormat;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.JsonDocuments;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.ingest.format.trace.TraceAssembler;
import io.breakerboard.ingest.format.trace.TraceBuffer;
import io.breakerboard.ingest.format.trace.TraceContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LangSmith runs: ingest payloads {@code {"post": [runs], "patch": [runs]}} (each patch merged into its posted run
 * by id), {@code {"runs": [...]}}, plain lists of runs and single runs, with nested {@code child_runs}. The runs of
 * one trace form an execution keyed {@code langsmith:<trace_id>} (the root run's id when no trace id is given);
 * the root run is the execution (see {@link TraceAssembler}), runs are steps (see {@link LangSmithRuns}).
 */
public final class LangSmithFormat implements LogFormat {
    private static final String EXPECTED = "LangSmith runs: {\"post\": [...], \"patch\": [...]}, a list of runs or one run";

    @Override
    public String id() {
        return "langsmith";
    }

    @Override
    public boolean assemblesAcrossLines() {
        return true;
    }

    @Override
    public String displayName() {
        return "LangSmith runs";
    }

    @Override
    public int sniff(Sample sample) {
        String t = sample.jsonDocumentText();
        if (t == null || !t.contains("\"run_type\"")) {
            return 0;
        }
        boolean strong = t.contains("\"dotted_order\"") || t.contains("\"child_runs\"") || t.contains("\"post\"")
                || t.contains("\"parent_run_id\"") || t.contains("\"trace_id\"");
        return strong ? 92 : 70;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        TraceBuffer buffer = new TraceBuffer(OtlpJsonFormat.MAX_PENDING_SPANS, (traceId, spans) -> emit(traceId, spans, sink));
        List<Object[]> shapeRejects = new ArrayList<>();
        int[] runs = {0};
        JsonDocuments.forEach(source, EXPECTED, sink, (node, line) -> {
            List<JsonNode> found = runsOf(node, line, sink);
            if (found == null) {
                shapeRejects.add(new Object[] {line, "value is not a LangSmith run (no 'run_type', 'start_time' or "
                        + "'post'/'patch'); expected " + EXPECTED, node});
                return;
            }
            for (JsonNode run : found) {
                runs[0] += add(run, null, null, line, buffer, sink);
            }
        });
        if (runs[0] == 0 && !shapeRejects.isEmpty()) {
            throw new MalformedLogException(0, "no LangSmith run in the file; expected " + EXPECTED);
        }
        for (Object[] r : shapeRejects) {
            sink.reject((Long) r[0], (String) r[1], Texts.cut(r[2].toString(), 8192));
        }
        buffer.flushAll();
    }

    private static List<JsonNode> runsOf(JsonNode node, long line, ParseSink sink) {
        if (node.has("post") || node.has("patch")) {
            return merge(Json.field(node, "post"), Json.field(node, "patch"), line, sink);
        }
        JsonNode list = Json.field(node, "runs");
        if (list != null && list.isArray()) {
            List<JsonNode> out = new ArrayList<>();
            list.forEach(out::add);
            return out;
        }
        return node.has("run_type") || node.has("start_time") ? List.of(node) : null;
    }

    // Patches carry the end of a run (end_time, outputs, error); they are matched to posts by run id, or by trace
    // id when a trace has a single posted run and the patch names no id (as the JS client writes them).
    private static List<JsonNode> merge(JsonNode posts, JsonNode patches, long line, ParseSink sink) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        int unnamed = 0;
        if (posts != null) {
            for (JsonNode p : posts) {
                if (p.isObject()) {
                    String id = LangSmithRuns.id(p);
                    byId.put(id != null ? id : "#" + unnamed++, ((ObjectNode) p).deepCopy());
                }
            }
        }
        if (patches != null) {
            for (JsonNode patch : patches) {
                if (!patch.isObject()) {
                    continue;
                }
                ObjectNode target = find(byId, patch);
                if (target != null) {
                    for (Map.Entry<String, JsonNode> e : patch.properties()) {
                        if (!e.getValue().isNull()) {
                            target.set(e.getKey(), e.getValue());
                        }
                    }
                } else if (patch.has("start_time")) {
                    String id = LangSmithRuns.id(patch);
                    byId.put(id != null ? id : "#" + unnamed++, (ObjectNode) patch);
                } else {
                    sink.reject(line, "patch for run " + LangSmithRuns.id(patch) + " matches no posted run and has no "
                            + "start_time; its end time, outputs and error are lost — include the post in the file",
                            Texts.cut(patch.toString(), 8192));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static ObjectNode find(Map<String, ObjectNode> byId, JsonNode patch) {
        String id = LangSmithRuns.id(patch);
        if (id != null && byId.containsKey(id)) {
            return byId.get(id);
        }
        String trace = Json.text(patch, "trace_id");
        ObjectNode only = null;
        for (ObjectNode post : byId.values()) {
            if (trace != null && trace.equals(Json.text(post, "trace_id"))) {
                if (only != null) {
                    return null;
                }
                only = post;
            }
        }
        return id == null ? only : null;
    }

    private static int add(JsonNode run, String parent, String trace, long line, TraceBuffer buffer, ParseSink sink) {
        SpanRecord r = LangSmithRuns.read(run, parent, trace, line, sink);
        if (r == null) {
            return 0;
        }
        if (!buffer.add(r)) {
            sink.reject(line, "run " + r.id + " arrived after its trace " + r.traceId + " was imported; split the "
                    + "file by trace", "");
            return 0;
        }
        int count = 1;
        JsonNode children = Json.field(run, "child_runs");
        if (children != null && children.isArray()) {
            for (JsonNode child : children) {
                count += add(child, r.id, r.traceId, line, buffer, sink);
            }
        }
        return count;
    }

    private static void emit(String traceId, List<SpanRecord> spans, ParseSink sink) {
        try {
            sink.execution(TraceAssembler.assemble("langsmith:" + traceId, spans, TraceContext.NONE));
        } catch (IllegalArgumentException | IllegalStateException e) {
            sink.reject(spans.get(0).line, "trace " + traceId + " could not be read: " + e.getMessage(), "");
        }
    }
}
