package io.breakerboard.ingest.format.claude;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.StepDraft;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.Money;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * How each Claude Code record becomes steps.
 * <ul>
 *   <li>assistant: one LLM_CALL per response id (its usage counted once: input = input + cache creation + cache
 *       read tokens; latency from the last user record), then per content block text → MESSAGE, thinking →
 *       REASONING, tool_use → TOOL_CALL. An API error message ({@code isApiErrorMessage}) → failed API_ERROR.</li>
 *   <li>user: text → MESSAGE (the first real prompt is the task), tool_result → TOOL_RESULT, failed when
 *       {@code is_error} is true, timed from its tool_use.</li>
 *   <li>system: EVENT named by subtype; {@code api_error} or level error → failed API_ERROR.</li>
 *   <li>metadata records ({@link #METADATA}) make no step; titles, costs and model names feed the execution.</li>
 *   <li>any other type is kept as an EVENT named by its type, so nothing a newer Claude Code writes is lost.</li>
 * </ul>
 */
public final class ClaudeRecords {
    /** Record types that describe the session rather than happen in it. */
    public static final Set<String> METADATA = Set.of("summary", "file-history-snapshot", "permission-mode", "mode",
            "ai-title", "custom-title", "last-prompt", "agent-name", "agent-setting", "cost-state", "queue-operation",
            "attachment", "atis-latch", "pr-link", "tag", "fork-context-ref");
    private static final String INTERRUPTED = "[Request interrupted by user";

    private ClaudeRecords() {
    }

    public static void read(JsonNode r, long line, String raw, ClaudeSession session, ParseSink sink) {
        String type = Json.text(r, "type");
        Instant at = time(r);
        switch (type) {
            case "assistant" -> {
                JsonNode message = r.get("message");
                if (message == null || !message.isObject()) {
                    sink.reject(line, "assistant record has 'message' " + describe(message) + " where an object with "
                            + "'content' is expected; the record is skipped", raw);
                    return;
                }
                session.seen(at);
                assistant(r, message, at, session);
            }
            case "user" -> {
                JsonNode message = r.get("message");
                if (message == null || !message.isObject()) {
                    sink.reject(line, "user record has 'message' " + describe(message) + " where an object with "
                            + "'content' is expected; the record is skipped", raw);
                    return;
                }
                session.seen(at);
                user(r, message, at, session);
            }
            case "system" -> {
                session.seen(at);
                system(r, at, session);
            }
            default -> {
                if (METADATA.contains(type)) {
                    metadata(type, r, session);
                } else {
                    session.seen(at);
                    StepDraft e = session.add(new StepDraft(StepKind.EVENT, type, at));
                    scalars(r, e);
                }
            }
        }
    }

    private static void assistant(JsonNode r, JsonNode message, Instant at, ClaudeSession session) {
        String model = Json.text(message, "model");
        JsonNode content = message.get("content");
        if (Json.isTrue(r, "isApiErrorMessage") || r.has("error") && "<synthetic>".equals(model)) {
            String text = Texts.content(content);
            String error = text != null ? text : Json.text(r, "error");
            session.add(new StepDraft(StepKind.API_ERROR, "api_error", at).fail(null, error));
            session.state = ClaudeSession.State.API_ERROR;
            session.stateMessage = error;
            return;
        }
        String responseId = Json.text(message, "id");
        if (responseId == null) {
            responseId = Json.text(r, "requestId", "uuid");
        }
        StepDraft call = responseId == null ? null : session.responses.get(responseId);
        if (call == null) {
            call = session.add(new StepDraft(StepKind.LLM_CALL, model, at).durationSince(session.lastUserAt));
            if (responseId != null) {
                session.responses.put(responseId, call);
                call.attribute("message.id", responseId);
            }
        }
        JsonNode usage = message.get("usage");
        if (usage != null) {
            long in = value(usage, "input_tokens") + value(usage, "cache_creation_input_tokens")
                    + value(usage, "cache_read_input_tokens");
            call.inputTokens = Math.max(call.inputTokens, in);
            call.outputTokens = Math.max(call.outputTokens, value(usage, "output_tokens"));
            call.attribute("cache_read_input_tokens", Json.text(usage, "cache_read_input_tokens"));
            call.attribute("cache_creation_input_tokens", Json.text(usage, "cache_creation_input_tokens"));
        }
        Double usd = Json.doubleField(r, "costUSD");
        if (usd != null && usd > 0) {
            call.costMicros = Math.max(call.costMicros, Money.ofUsd(usd));
        }
        call.attribute("stop_reason", Json.text(message, "stop_reason"));
        if (content != null && content.isArray()) {
            for (JsonNode block : content) {
                block(block, at, session);
            }
        } else if (content != null && content.isTextual()) {
            session.add(new StepDraft(StepKind.MESSAGE, "assistant", at)).output = Texts.cut(content.asText(), Texts.MAX_TEXT);
        }
        session.state = ClaudeSession.State.OK;
    }

    private static void block(JsonNode block, Instant at, ClaudeSession session) {
        String type = Json.text(block, "type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "text" -> session.add(new StepDraft(StepKind.MESSAGE, "assistant", at)).output =
                    Texts.cut(Json.text(block, "text"), Texts.MAX_TEXT);
            case "thinking", "redacted_thinking" -> session.add(new StepDraft(StepKind.REASONING, "thinking", at))
                    .output = Texts.cut(Json.text(block, "thinking"), Texts.MAX_TEXT);
            case "tool_use", "server_tool_use" -> {
                StepDraft call = session.add(new StepDraft(StepKind.TOOL_CALL, Json.text(block, "name"), at));
                call.input = Texts.cut(Texts.of(block.get("input")), Texts.MAX_TEXT);
                String id = Json.text(block, "id");
                if (id != null) {
                    call.attribute("tool_use_id", id);
                    session.toolUses.put(id, call);
                }
            }
            default -> session.add(new StepDraft(StepKind.EVENT, type, at));
        }
    }

    private static void user(JsonNode r, JsonNode message, Instant at, ClaudeSession session) {
        JsonNode content = message.get("content");
        boolean meta = Json.isTrue(r, "isMeta") || Json.isTrue(r, "isCompactSummary");
        if (content != null && content.isTextual()) {
            userText(content.asText(), meta, at, session);
        } else if (content != null && content.isArray()) {
            for (JsonNode block : content) {
                String type = Json.text(block, "type");
                if ("tool_result".equals(type)) {
                    toolResult(block, at, session);
                } else if ("text".equals(type)) {
                    userText(Json.text(block, "text"), meta, at, session);
                }
            }
        }
        session.lastUserAt = at;
    }

    private static void userText(String text, boolean meta, Instant at, ClaudeSession session) {
        if (text == null || text.isBlank()) {
            return;
        }
        StepDraft m = session.add(new StepDraft(StepKind.MESSAGE, "user", at));
        m.input = Texts.cut(text, Texts.MAX_TEXT);
        if (text.startsWith(INTERRUPTED)) {
            session.state = ClaudeSession.State.INTERRUPTED;
            session.stateMessage = text.strip();
            return;
        }
        session.state = ClaudeSession.State.OK;
        String t = text.strip();
        boolean wrapper = t.startsWith("<command-") || t.startsWith("<local-command-") || t.startsWith("Caveat:")
                || t.startsWith("<task-notification");
        if (session.task == null && !meta && !wrapper) {
            String plain = t.replaceAll("<[^>]+>", "").strip();
            session.task = plain.isEmpty() ? t : plain;
        }
    }

    private static void toolResult(JsonNode block, Instant at, ClaudeSession session) {
        String id = Json.text(block, "tool_use_id");
        StepDraft call = id == null ? null : session.toolUses.get(id);
        StepDraft result = session.add(new StepDraft(StepKind.TOOL_RESULT, call != null ? call.name : "tool_result", at));
        result.output = Texts.cut(Texts.content(block.get("content")), Texts.MAX_TEXT);
        result.attribute("tool_use_id", id);
        if (call != null) {
            result.durationSince(call.at);
        }
        if (Json.isTrue(block, "is_error")) {
            result.fail(null, result.output != null ? result.output : "tool reported an error");
        }
    }

    private static void system(JsonNode r, Instant at, ClaudeSession session) {
        String subtype = Json.text(r, "subtype");
        String level = Json.text(r, "level");
        String content = Texts.content(r.get("content"));
        if ("api_error".equals(subtype) || "error".equalsIgnoreCase(level)) {
            JsonNode error = r.get("error");
            String message = content != null ? content : error != null ? Texts.of(error) : "API error";
            session.add(new StepDraft(StepKind.API_ERROR, subtype != null ? subtype : "system", at)).fail(null, message);
            if (r.has("retryAttempt") || r.has("retryInMs")) {
                session.retries++;
            }
            return;
        }
        StepDraft e = session.add(new StepDraft(StepKind.EVENT, subtype != null ? subtype : "system", at));
        e.output = Texts.cut(content, Texts.MAX_TEXT);
        e.attribute("level", level);
        e.attribute("durationMs", Json.text(r, "durationMs"));
    }

    private static void metadata(String type, JsonNode r, ClaudeSession session) {
        switch (type) {
            case "summary" -> session.title = session.title != null ? session.title : Json.text(r, "summary");
            case "ai-title", "custom-title" -> session.title = Json.text(r, "aiTitle", "customTitle", "title");
            case "cost-state" -> session.stateCostUsd = Json.doubleField(r, "totalCostUSD");
            case "attachment" -> {
                JsonNode a = r.get("attachment");
                if ("model".equals(Json.text(a, "type")) && session.modelHint == null) {
                    session.modelHint = Json.text(Json.field(a, "identity"), "modelId");
                }
            }
            default -> { } // describes the session's settings; nothing to import
        }
    }

    private static void scalars(JsonNode r, StepDraft e) {
        for (Map.Entry<String, JsonNode> f : r.properties()) {
            if (f.getValue().isValueNode() && !Set.of("type", "sessionId", "timestamp").contains(f.getKey())) {
                e.attribute(f.getKey(), f.getValue().asText());
            }
        }
    }

    private static long value(JsonNode node, String field) {
        Long v = Json.longField(node, field);
        return v == null ? 0 : v; // a negative count is kept, for the importer to refuse
    }

    private static Instant time(JsonNode r) {
        try {
            return Json.instant(Json.field(r, "timestamp"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "missing";
        }
        String text = v.toString();
        return (v.isNumber() ? "of number " : v.isTextual() ? "of text " : v.isArray() ? "of list " : "")
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

}
