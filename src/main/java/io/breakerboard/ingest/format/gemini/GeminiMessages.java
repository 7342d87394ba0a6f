package io.breakerboard.ingest.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.trace.ErrorKinds;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.StepDraft;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps the messages of one Gemini CLI session to steps.
 * <ul>
 *   <li>A {@code gemini} message is one model call, timed from the message before it; its {@code thoughts} come
 *       first as REASONING steps. Input tokens are {@code input + tool} (cached prompt tokens are inside
 *       {@code input}), output tokens {@code output + thoughts}, so the two add up to the stated {@code total}.</li>
 *   <li>Each of its {@code toolCalls} is a TOOL_CALL from the message's time to the call's {@code timestamp}
 *       (which includes waiting for the user's approval); status {@code error} fails it as TOOL_ERROR,
 *       {@code cancelled} as CANCELLED.</li>
 *   <li>An {@code error} message is a failed API_ERROR step; when it is the session's last word, the session
 *       failed.</li>
 * </ul>
 */
final class GeminiMessages {
    private GeminiMessages() {
    }

    static Execution read(String key, JsonNode session, JsonNode messages, long line, ParseSink sink) {
        Execution.Builder b = Execution.builder(key).agent("gemini-cli").sessionId(Json.text(session, "sessionId"));
        Instant start = Json.time(Json.field(session, "startTime"), line, sink);
        Instant last = Json.time(Json.field(session, "lastUpdated"), line, sink);
        Instant previous = start;
        String task = null;
        String lastType = null;
        String lastError = null;
        int calls = 0;
        Map<String, Integer> models = new LinkedHashMap<>();
        for (JsonNode m : messages) {
            String type = Json.text(m, "type");
            Instant at = Json.time(Json.field(m, "timestamp"), line, sink);
            if (start == null) {
                start = at;
            }
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
            String content = Texts.content(Json.field(m, "content"));
            if ("user".equals(type)) {
                task = task != null ? task : content;
            } else if ("gemini".equals(type)) {
                addThoughts(m, at, b);
                StepDraft call = modelCall(m, at, content);
                call.durationSince(previous);
                b.addStep(call.build());
                calls++;
                if (call.name != null) {
                    models.merge(call.name, 1, Integer::sum);
                }
                JsonNode tools = Json.field(m, "toolCalls");
                if (tools != null && tools.isArray()) {
                    for (JsonNode t : tools) {
                        StepDraft tool = toolCall(t, at, line, sink);
                        b.addStep(tool.build());
                        Instant done = tool.at != null ? tool.at.plus(tool.duration) : null;
                        if (done != null && (at == null || done.isAfter(at))) {
                            at = done;
                        }
                    }
                }
            } else if ("error".equals(type)) {
                lastError = content != null ? content : "Gemini CLI reported an error";
                b.addStep(new StepDraft(StepKind.API_ERROR, "error", at)
                        .fail(ErrorKinds.of(StepKind.LLM_CALL, lastError), lastError).build());
            }
            if (type != null && !type.equals("info") && !type.equals("warning")) {
                lastType = type;
            }
            if (at != null) {
                previous = at;
            }
        }
        if (start == null) {
            return null;
        }
        Instant end = last != null && last.isAfter(start) ? last : start;
        b.startedAt(start).duration(Duration.between(start, end)).task(Texts.cut(task, Texts.MAX_TASK))
                .iterations(calls).model(models.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse(null));
        if ("error".equals(lastType)) {
            b.outcome(Outcome.FAILURE).errorMessage(lastError).errorKind(ErrorKinds.of(StepKind.LLM_CALL, lastError));
        } else {
            b.outcome(Outcome.SUCCESS);
        }
        return b.build();
    }

    private static void addThoughts(JsonNode m, Instant messageAt, Execution.Builder b) {
        JsonNode thoughts = Json.field(m, "thoughts");
        if (thoughts == null || !thoughts.isArray()) {
            return;
        }
        for (JsonNode t : thoughts) {
            Instant at;
            try {
                at = Json.instant(Json.field(t, "timestamp"));
            } catch (IllegalArgumentException e) {
                at = null;
            }
            if (at == null) {
                at = messageAt;
            }
            StepDraft s = new StepDraft(StepKind.REASONING, Json.text(t, "subject"), at);
            s.output = Texts.cut(Json.text(t, "description"), Texts.MAX_TEXT);
            b.addStep(s.build());
        }
    }

    private static StepDraft modelCall(JsonNode m, Instant at, String content) {
        StepDraft call = new StepDraft(StepKind.LLM_CALL, Json.text(m, "model"), at);
        JsonNode tokens = Json.field(m, "tokens");
        call.inputTokens = Json.countSum(tokens, "input", "tool");
        call.outputTokens = Json.countSum(tokens, "output", "thoughts");
        call.output = Texts.cut(content, Texts.MAX_TEXT);
        call.attribute("gemini.message.id", Json.text(m, "id"));
        call.attribute("gen_ai.usage.cache_read.input_tokens", Json.text(tokens, "cached"));
        return call;
    }

    private static StepDraft toolCall(JsonNode t, Instant messageAt, long line, ParseSink sink) {
        String name = Json.text(t, "name");
        StepDraft tool = new StepDraft(StepKind.TOOL_CALL, name, messageAt);
        Instant done = Json.time(Json.field(t, "timestamp"), line, sink);
        if (messageAt == null) {
            tool.at = done;
        } else if (done != null && done.isAfter(messageAt)) {
            tool.duration = Duration.between(messageAt, done);
        }
        tool.input = Texts.cut(Texts.of(Json.field(t, "args")), Texts.MAX_TEXT);
        tool.output = Texts.cut(result(t), Texts.MAX_TEXT);
        tool.attribute("gen_ai.tool.call.id", Json.text(t, "id"));
        String status = Json.text(t, "status");
        tool.attribute("gemini.tool.status", status);
        if ("error".equals(status)) {
            String message = tool.output != null ? Texts.firstLine(tool.output) : "tool call failed";
            tool.fail(ErrorKinds.of(StepKind.TOOL_CALL, message), message);
        } else if ("cancelled".equals(status)) {
            tool.fail(ErrorKind.CANCELLED, "tool call cancelled");
        }
        return tool;
    }

    // The function response the model was given; the display text when the result holds none.
    private static String result(JsonNode t) {
        JsonNode result = Json.field(t, "result");
        if (result != null && result.isArray()) {
            StringBuilder out = new StringBuilder();
            for (JsonNode part : result) {
                JsonNode response = Json.field(Json.field(part, "functionResponse"), "response");
                String text = response == null ? null : response.has("output") ? Json.text(response, "output")
                        : response.has("error") ? Json.text(response, "error") : response.toString();
                if (text != null) {
                    out.append(out.isEmpty() ? "" : "\n").append(text);
                }
            }
            if (!out.isEmpty()) {
                return out.toString();
            }
        }
        return Texts.of(Json.field(t, "resultDisplay"));
    }
}
