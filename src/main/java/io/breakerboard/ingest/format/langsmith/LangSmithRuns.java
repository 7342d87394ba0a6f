package io.breakerboard.ingest.format.langsmith;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.Money;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.Locale;

/**
 * One LangSmith run as a span record. run_type llm and embedding are model calls, tool a tool call, retriever a
 * memory recall, anything else (chain, prompt, parser) an event. A non-empty {@code error} fails the run.
 */
public final class LangSmithRuns {
    private LangSmithRuns() {
    }

    /** The run's own id: {@code id}, else the last segment of its {@code dotted_order}. */
    public static String id(JsonNode run) {
        String id = Json.text(run, "id");
        return id != null ? id : dottedId(Json.text(run, "dotted_order"), -1);
    }

    /**
     * An id from a dotted order ({@code 20241013T070537170001Z<uuid>.20241013T...Z<uuid>}): index 0 is the
     * trace root, -1 the run itself, -2 its parent. Null when the order has no such segment.
     */
    public static String dottedId(String dottedOrder, int index) {
        if (dottedOrder == null) {
            return null;
        }
        String[] segments = dottedOrder.split("\\.");
        int i = index < 0 ? segments.length + index : index;
        if (i < 0 || i >= segments.length) {
            return null;
        }
        String s = segments[i];
        int z = s.indexOf('Z');
        return z >= 0 && z + 1 < s.length() ? s.substring(z + 1) : null;
    }

    /**
     * The record, or null when the run is rejected (no valid start time).
     *
     * @param parentHint the id of the run this one was nested in ({@code child_runs}), or null
     * @param traceHint  the trace id of that run, or null
     */
    public static SpanRecord read(JsonNode run, String parentHint, String traceHint, long line, ParseSink sink) {
        String name = Json.text(run, "name");
        String id = id(run);
        Instant start;
        Instant end;
        try {
            start = Json.instant(Json.field(run, "start_time"));
            end = Json.instant(Json.field(run, "end_time"));
        } catch (IllegalArgumentException e) {
            start = null;
            end = null;
        }
        if (start == null) {
            sink.reject(line, "run '" + name + "' (" + id + ") has no valid 'start_time'; a run needs an ISO time or "
                    + "epoch milliseconds to be placed — the run is skipped", Texts.cut(run.toString(), 8192));
            return null;
        }
        String dotted = Json.text(run, "dotted_order");
        SpanRecord r = new SpanRecord();
        r.id = id != null ? id : "run@" + start;
        r.parentId = first(Json.text(run, "parent_run_id"), parentHint, dottedId(dotted, -2));
        if (r.id.equals(r.parentId)) {
            r.parentId = null;
        }
        r.traceId = first(Json.text(run, "trace_id"), traceHint, dottedId(dotted, 0), r.parentId == null ? r.id : null);
        r.spanName = name;
        r.start = start;
        r.end = end == null || end.isBefore(start) ? start : end;
        r.line = line;
        String type = Json.text(run, "run_type");
        type = type == null ? "chain" : type.toLowerCase(Locale.ROOT);
        r.kind = switch (type) {
            case "llm", "embedding" -> StepKind.LLM_CALL;
            case "tool" -> StepKind.TOOL_CALL;
            case "retriever" -> StepKind.MEMORY_RECALL;
            default -> StepKind.EVENT;
        };
        r.agentSpan = type.equals("agent");
        JsonNode inputs = Json.field(run, "inputs");
        JsonNode outputs = Json.field(run, "outputs");
        JsonNode extra = Json.field(run, "extra");
        JsonNode metadata = Json.field(extra, "metadata");
        JsonNode invocation = Json.field(extra, "invocation_params");
        r.model = first(r.kind == StepKind.LLM_CALL ? Json.text(outputs, "model") : null,
                Json.text(metadata, "ls_model_name"), Json.text(invocation, "model", "model_name"),
                Json.text(inputs, "model"));
        r.name = r.kind == StepKind.LLM_CALL && r.model != null ? r.model : name;
        readUsage(run, outputs, metadata, r);
        r.input = Texts.cut(Texts.of(inputs), Texts.MAX_TEXT);
        r.output = Texts.cut(Texts.of(outputs), Texts.MAX_TEXT);
        String error = Json.text(run, "error");
        if (error != null || "error".equalsIgnoreCase(Json.text(run, "status"))) {
            r.failed = true;
            r.errorMessage = error != null ? error : "run status error";
        }
        r.sessionId = Json.text(metadata, "session_id", "thread_id", "conversation_id");
        r.userId = Json.text(metadata, "user_id");
        LangSmithFeedback.read(run, r);
        r.attribute("run_type", type);
        r.attribute("session_name", Json.text(run, "session_name"));
        r.attribute("ls_provider", Json.text(metadata, "ls_provider"));
        JsonNode tags = Json.field(run, "tags");
        if (tags != null && tags.size() > 0) {
            r.attribute("tags", tags.toString());
        }
        JsonNode events = Json.field(run, "events");
        if (events != null && events.size() > 0) {
            r.attribute("events", String.valueOf(events.size()));
        }
        return r;
    }

    private static void readUsage(JsonNode run, JsonNode outputs, JsonNode metadata, SpanRecord r) {
        JsonNode usage = Json.field(outputs, "usage_metadata");
        if (usage == null) {
            usage = Json.field(metadata, "usage_metadata");
        }
        if (usage == null) {
            usage = Json.field(Json.field(outputs, "llm_output"), "token_usage");
        }
        if (usage == null) {
            usage = Json.field(outputs, "usage");
        }
        Long in = Json.longField(usage, "input_tokens", "prompt_tokens");
        Long out = Json.longField(usage, "output_tokens", "completion_tokens");
        if (in == null && out == null) {
            in = Json.longField(run, "prompt_tokens");
            out = Json.longField(run, "completion_tokens");
        }
        if (in == null && out == null) {
            in = Json.longField(metadata, "prompt_tokens");
            out = Json.longField(metadata, "completion_tokens");
        }
        if (in == null && out == null) {
            in = usage != null ? Json.longField(usage, "total_tokens") : Json.longField(run, "total_tokens");
        }
        r.inputTokens = in == null ? 0 : in;
        r.outputTokens = out == null ? 0 : out;
        Double usd = Json.doubleField(run, "total_cost");
        if (usd == null) {
            Double p = Json.doubleField(run, "prompt_cost");
            Double c = Json.doubleField(run, "completion_cost");
            if (p != null || c != null) {
                usd = (p == null ? 0 : p) + (c == null ? 0 : c);
            } else {
                usd = Json.doubleField(usage, "total_cost");
            }
        }
        if (usd != null && usd >= 0) {
            r.costMicros = Money.ofUsd(usd);
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
