package io.breakerboard.ingest.format.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.trace.ErrorKinds;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.StepDraft;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the messages of one opencode session to steps.
 * <ul>
 *   <li>Each {@code step-finish} part of an assistant message is one model call with its own tokens and cost; a
 *       message without one is a single model call with the message's tokens and cost, timed from
 *       {@code time.created} to {@code time.completed}.</li>
 *   <li>Input tokens are {@code input + cache.read + cache.write} (cached prompt tokens count as input), output
 *       tokens {@code output + reasoning}; together they make the stated {@code total}.</li>
 *   <li>{@code reasoning} parts are REASONING steps; {@code tool} parts TOOL_CALL steps, failed (TOOL_ERROR)
 *       when their state is {@code error}; a {@code task} tool names its sub-session.</li>
 *   <li>A message {@code error} fails its model call; on the last assistant message it fails the session
 *       ({@code MessageAbortedError}: cancelled, partial).</li>
 * </ul>
 */
final class OpenCodeMessages {
    private OpenCodeMessages() {
    }

    static Execution read(String key, JsonNode session, JsonNode messages, long line, ParseSink sink) {
        Execution.Builder b = Execution.builder(key).agent("opencode").sessionId(Json.text(session, "id"));
        JsonNode sessionTime = Json.field(session, "time");
        Instant start = Json.time(Json.field(sessionTime, "created"), line, sink);
        Instant last = Json.time(Json.field(sessionTime, "updated"), line, sink);
        String task = null;
        JsonNode lastError = null;
        int calls = 0;
        Map<String, Integer> models = new LinkedHashMap<>();
        for (JsonNode message : messages) {
            JsonNode info = Json.field(message, "info");
            JsonNode t = Json.field(info, "time");
            Instant created = Json.time(Json.field(t, "created"), line, sink);
            Instant completed = Json.time(Json.field(t, "completed"), line, sink);
            start = start == null || created != null && created.isBefore(start) ? created : start;
            for (Instant i : new Instant[] {created, completed}) {
                if (i != null && (last == null || i.isAfter(last))) {
                    last = i;
                }
            }
            JsonNode parts = Json.field(message, "parts");
            List<JsonNode> list = new ArrayList<>();
            if (parts != null && parts.isArray()) {
                parts.forEach(list::add);
            }
            if ("user".equals(Json.text(info, "role"))) {
                task = task != null ? task : text(list);
                continue;
            }
            if (!"assistant".equals(Json.text(info, "role"))) {
                continue;
            }
            int before = calls;
            String model = Json.text(info, "modelID");
            for (JsonNode part : list) {
                String type = Json.text(part, "type");
                if ("reasoning".equals(type)) {
                    StepDraft r = new StepDraft(StepKind.REASONING, "reasoning", partTime(part, created, line, sink));
                    r.output = Texts.cut(Json.text(part, "text"), Texts.MAX_TEXT);
                    b.addStep(r.build());
                } else if ("tool".equals(type)) {
                    b.addStep(tool(part, created, line, sink).build());
                } else if ("step-finish".equals(type)) {
                    StepDraft call = modelCall(model, info, part, created, completed);
                    b.addStep(call.build());
                    calls++;
                }
            }
            JsonNode error = Json.field(info, "error");
            String failure = error != null ? errorText(error) : null;
            ErrorKind kind = error == null ? null
                    : aborted(error) ? ErrorKind.CANCELLED : ErrorKinds.of(StepKind.LLM_CALL, failure);
            if (calls == before) {
                StepDraft call = modelCall(model, info, info, created, completed);
                call.output = Texts.cut(text(list), Texts.MAX_TEXT);
                if (error != null) {
                    call.fail(kind, failure);
                }
                b.addStep(call.build());
                calls++;
            } else if (error != null) {
                // The message's finished steps stand; the error ended the one after them.
                b.addStep(new StepDraft(StepKind.API_ERROR, model, completed != null ? completed : created)
                        .fail(kind, failure).build());
            }
            if (model != null) {
                models.merge(model, calls - before, Integer::sum);
            }
            lastError = error;
        }
        if (start == null) {
            return null;
        }
        Instant end = last != null && last.isAfter(start) ? last : start;
        b.startedAt(start).duration(Duration.between(start, end)).task(Texts.cut(task, Texts.MAX_TASK))
                .iterations(calls).model(models.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse(null));
        if (lastError != null) {
            String m = errorText(lastError);
            b.outcome(aborted(lastError) ? Outcome.PARTIAL : Outcome.FAILURE).errorMessage(m)
                    .errorKind(aborted(lastError) ? ErrorKind.CANCELLED : ErrorKinds.of(StepKind.LLM_CALL, m));
        } else {
            b.outcome(Outcome.SUCCESS);
        }
        return b.build();
    }

    // usageHolder: the step-finish part or message info carrying tokens and cost, or null for a call without usage
    private static StepDraft modelCall(String model, JsonNode info, JsonNode usageHolder, Instant created,
                                       Instant completed) {
        StepDraft call = new StepDraft(StepKind.LLM_CALL, model, created);
        if (completed != null && created != null && completed.isAfter(created)) {
            call.duration = Duration.between(created, completed);
        }
        call.attribute("gen_ai.provider.name", Json.text(info, "providerID"));
        call.attribute("opencode.message.id", Json.text(info, "id"));
        if (usageHolder != null) {
            JsonNode tokens = Json.field(usageHolder, "tokens");
            JsonNode cache = Json.field(tokens, "cache");
            call.inputTokens = Json.sumOfCounts(Json.countSum(tokens, "input"), Json.countSum(cache, "read", "write"));
            call.outputTokens = Json.countSum(tokens, "output", "reasoning");
            Double cost = Json.doubleField(usageHolder, "cost");
            call.costMicros = cost == null ? 0 : Money.ofUsd(cost);
            call.attribute("opencode.finish.reason", Json.text(usageHolder, "reason"));
        }
        return call;
    }

    private static StepDraft tool(JsonNode part, Instant messageAt, long line, ParseSink sink) {
        JsonNode state = Json.field(part, "state");
        JsonNode t = Json.field(state, "time");
        Instant start = Json.time(Json.field(t, "start"), line, sink);
        Instant end = Json.time(Json.field(t, "end"), line, sink);
        StepDraft tool = new StepDraft(StepKind.TOOL_CALL, Json.text(part, "tool"), start != null ? start : messageAt);
        if (start != null && end != null && end.isAfter(start)) {
            tool.duration = Duration.between(start, end);
        }
        tool.input = Texts.cut(Texts.of(Json.field(state, "input")), Texts.MAX_TEXT);
        tool.output = Texts.cut(Json.text(state, "output"), Texts.MAX_TEXT);
        tool.attribute("gen_ai.tool.call.id", Json.text(part, "callID"));
        tool.attribute("opencode.tool.status", Json.text(state, "status"));
        tool.attribute("opencode.subsession.id", Json.text(Json.field(state, "metadata"), "sessionId"));
        if ("error".equals(Json.text(state, "status"))) {
            String m = Json.text(state, "error");
            m = m != null ? m : "tool call failed";
            tool.fail(ErrorKinds.of(StepKind.TOOL_CALL, m), m);
        }
        return tool;
    }

    private static Instant partTime(JsonNode part, Instant fallback, long line, ParseSink sink) {
        Instant at = Json.time(Json.field(Json.field(part, "time"), "start"), line, sink);
        return at != null ? at : fallback;
    }

    private static String text(List<JsonNode> parts) {
        StringBuilder out = new StringBuilder();
        for (JsonNode p : parts) {
            if ("text".equals(Json.text(p, "type")) && !Json.isTrue(p, "synthetic")) {
                String s = Json.text(p, "text");
                if (s != null) {
                    out.append(out.isEmpty() ? "" : "\n").append(s);
                }
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String errorText(JsonNode error) {
        String m = Json.text(Json.field(error, "data"), "message");
        String name = Json.text(error, "name");
        return m != null ? (name != null ? name + ": " + m : m) : name != null ? name : error.toString();
    }

    private static boolean aborted(JsonNode error) {
        return "MessageAbortedError".equals(Json.text(error, "name"));
    }
}
