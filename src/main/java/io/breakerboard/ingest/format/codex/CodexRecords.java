package io.breakerboard.ingest.format.codex;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.Durations;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.StepDraft;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * How each Codex rollout record becomes steps.
 * <ul>
 *   <li>response_item message → MESSAGE (user or assistant; CLI-injected context such as
 *       {@code <environment_context>} and developer messages are skipped), reasoning → REASONING,
 *       function_call / custom_tool_call / local_shell_call → TOOL_CALL, their *_output → TOOL_RESULT timed from
 *       the call and failed by {@link CodexOutputs.Output#failed()}.</li>
 *   <li>token_usage_record → one LLM_CALL per response id; event_msg token_count → LLM_CALL with what its running
 *       total grew by (only in rollouts without token_usage_records, which carry both); exec_command_end / patch_apply_end /
 *       mcp_tool_call_end fail the result of their call; item_completed CommandExecution (and failed FileChange
 *       or McpToolCall) → TOOL_RESULT; turn_aborted → AGENT_INCOMPLETE and a PARTIAL execution; error →
 *       API_ERROR and a failed execution; stream_error → API_ERROR counted as a retry.</li>
 *   <li>event_msg user_message / agent_message / agent_reasoning repeat response items and are kept only when
 *       no copy was seen just before.</li>
 *   <li>session_meta (the first one: a forked rollout repeats its parent's), turn_context, world_state and
 *       ghost snapshots make no step; any other record is kept as an EVENT named by its type.</li>
 * </ul>
 */
public final class CodexRecords {
    private static final Set<String> SILENT = Set.of("turn_context", "world_state", "inter_agent_communication_metadata");
    private static final Set<String> SILENT_EVENTS = Set.of("task_started", "item_started", "thread_settings_applied",
            "thread_goal_updated", "rate_limits");

    private CodexRecords() {
    }

    public static void read(JsonNode r, Instant at, CodexSession s) {
        String type = Json.text(r, "type");
        JsonNode p = Json.field(r, "payload");
        if (type == null) {
            return;
        }
        s.seen(at);
        switch (type) {
            case "session_meta" -> meta(p, at, s);
            case "response_item" -> responseItem(p, at, s);
            case "event_msg" -> event(p, at, s);
            case "token_usage_record" -> usageRecord(p, at, s);
            case "compacted" -> s.add(new StepDraft(StepKind.EVENT, "compacted", at));
            default -> {
                if (type.equals("turn_context")) {
                    String model = Json.text(p, "model");
                    s.model = model != null ? model : s.model;
                } else if (!SILENT.contains(type)) {
                    s.add(new StepDraft(StepKind.EVENT, type, at));
                }
            }
        }
    }

    private static void meta(JsonNode p, Instant at, CodexSession s) {
        if (s.metaSeen) {
            return; // a forked rollout carries its parent's session_meta after its own
        }
        s.metaSeen = true;
        s.id = Json.text(p, "id", "session_id");
        try {
            Instant t = Json.instant(Json.field(p, "timestamp"));
            s.startedAt = t != null ? t : at;
        } catch (IllegalArgumentException e) {
            s.startedAt = at;
        }
        JsonNode source = Json.field(p, "source");
        if (source != null && source.isObject() && source.has("subagent")) {
            s.agent = "codex/subagent";
        }
    }

    private static void responseItem(JsonNode p, Instant at, CodexSession s) {
        String type = Json.text(p, "type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "message" -> {
                String role = Json.text(p, "role");
                String text = Texts.content(Json.field(p, "content"));
                if ("user".equals(role)) {
                    userText(text, at, s);
                } else if ("assistant".equals(role)) {
                    assistantText(text, at, s);
                }
            }
            case "reasoning" -> {
                String text = Texts.content(Json.field(p, "summary"));
                if (text == null || text.startsWith("[")) {
                    text = Texts.content(Json.field(p, "content"));
                }
                reasoning(text, at, s);
            }
            case "function_call", "custom_tool_call", "local_shell_call", "web_search_call", "tool_search_call" -> {
                String name = Json.text(p, "name");
                if (name == null) {
                    name = type.equals("local_shell_call") ? "shell" : type.replace("_call", "");
                }
                StepDraft call = s.add(new StepDraft(StepKind.TOOL_CALL, name, at));
                call.input = Texts.cut(Texts.of(Json.field(p, "arguments", "input", "action")), Texts.MAX_TEXT);
                String id = Json.text(p, "call_id", "id");
                if (id != null) {
                    call.attribute("call_id", id);
                    s.calls.put(id, call);
                }
                String status = Json.text(p, "status");
                if ("failed".equalsIgnoreCase(status)) {
                    call.fail(null, name + " call status failed");
                }
            }
            case "function_call_output", "custom_tool_call_output", "local_shell_call_output" -> output(p, at, s);
            case "agent_message" -> {
                String text = Texts.content(Json.field(p, "content"));
                if (text != null && s.firstSighting("agent", text)) {
                    StepDraft m = s.add(new StepDraft(StepKind.MESSAGE, Json.text(p, "author"), at));
                    m.output = Texts.cut(text, Texts.MAX_TEXT);
                }
            }
            case "ghost_snapshot" -> { } // Codex's own undo snapshot of the work tree
            default -> s.add(new StepDraft(StepKind.EVENT, type, at));
        }
    }

    private static void output(JsonNode p, Instant at, CodexSession s) {
        String id = Json.text(p, "call_id");
        StepDraft call = id == null ? null : s.calls.get(id);
        CodexOutputs.Output out = CodexOutputs.read(Json.field(p, "output"));
        StepDraft result = s.add(new StepDraft(StepKind.TOOL_RESULT, call != null ? call.name : "tool_output", at));
        result.output = Texts.cut(out.text(), Texts.MAX_TEXT);
        result.attribute("call_id", id);
        if (out.seconds() != null && out.seconds() >= 0) {
            result.duration = Durations.ofMillis(out.seconds() * 1000);
        } else if (call != null) {
            result.durationSince(call.at);
        }
        Integer exit = out.exitCode() != null ? out.exitCode() : id == null ? null : s.pendingExit.remove(id);
        if (exit != null) {
            result.attribute("exit_code", String.valueOf(exit));
        }
        if (exit != null ? exit != 0 : out.failed()) {
            result.fail(exit != null ? ErrorKind.TOOL_ERROR : null, failure(exit, out.text()));
        }
        if (id != null) {
            s.results.put(id, result);
        }
    }

    private static void event(JsonNode p, Instant at, CodexSession s) {
        String type = Json.text(p, "type");
        if (type == null || SILENT_EVENTS.contains(type)) {
            return;
        }
        switch (type) {
            case "token_count" -> {
                JsonNode info = Json.field(p, "info");
                tokenCount(Json.field(info, "total_token_usage"), Json.field(info, "last_token_usage"), at, s);
            }
            case "user_message" -> userText(Json.text(p, "message"), at, s);
            case "agent_message" -> assistantText(Json.text(p, "message"), at, s);
            case "agent_reasoning" -> reasoning(Json.text(p, "text"), at, s);
            case "exec_command_end" -> exitCode(Json.text(p, "call_id"), Json.longField(p, "exit_code"),
                    Texts.of(Json.field(p, "stderr")), s);
            case "patch_apply_end" -> {
                JsonNode ok = Json.field(p, "success");
                if (ok != null && !ok.asBoolean()) {
                    exitCode(Json.text(p, "call_id"), 1L, Texts.of(Json.field(p, "stderr")), s);
                }
            }
            case "mcp_tool_call_end" -> {
                JsonNode result = Json.field(p, "result");
                if (result != null && (result.has("Err") || Json.isTrue(Json.field(result, "Ok"), "isError"))) {
                    exitCode(Json.text(p, "call_id"), 1L, Texts.of(result), s);
                }
            }
            case "item_completed" -> item(Json.field(p, "item"), at, s);
            case "turn_aborted" -> {
                String reason = Json.text(p, "reason");
                String why = "turn aborted: " + (reason != null ? reason : "no reason given");
                s.add(new StepDraft(StepKind.AGENT_INCOMPLETE, "turn_aborted", at)).output = why;
                s.state = CodexSession.State.ABORTED;
                s.stateMessage = why;
            }
            case "task_complete" -> {
                s.add(new StepDraft(StepKind.AGENT_DONE, "task_complete", at));
                s.state = CodexSession.State.OK;
            }
            case "error" -> {
                String message = Json.text(p, "message");
                s.add(new StepDraft(StepKind.API_ERROR, "error", at)).fail(null, message);
                s.state = CodexSession.State.ERROR;
                s.stateMessage = message;
            }
            case "stream_error" -> {
                s.add(new StepDraft(StepKind.API_ERROR, "stream_error", at)).fail(null, Json.text(p, "message"));
                s.retries++;
            }
            default -> s.add(new StepDraft(StepKind.EVENT, type, at));
        }
    }

    // Commands run inside a tool call (newer Codex): the command's own result, with its exit code and status.
    private static void item(JsonNode item, Instant at, CodexSession s) {
        String type = Json.text(item, "type");
        if (type == null) {
            return;
        }
        String status = Json.text(item, "status");
        boolean failed = "failed".equalsIgnoreCase(status) || "declined".equalsIgnoreCase(status);
        if (type.equals("CommandExecution") || (failed && (type.equals("FileChange") || type.equals("McpToolCall")))) {
            JsonNode command = Json.field(item, "command");
            StepDraft result = s.add(new StepDraft(StepKind.TOOL_RESULT,
                    type.equals("CommandExecution") ? "command" : type.equals("FileChange") ? "file_change" : "mcp_tool",
                    at));
            result.input = Texts.cut(command != null && command.isArray() && command.size() > 0
                    ? command.get(command.size() - 1).asText() : Texts.of(command), Texts.MAX_TEXT);
            result.output = Texts.cut(Json.text(item, "aggregated_output", "formatted_output", "stdout"), Texts.MAX_TEXT);
            JsonNode d = Json.field(item, "duration");
            if (d != null) {
                Long secs = Json.longField(d, "secs");
                Long nanos = Json.longField(d, "nanos");
                result.duration = Duration.ofSeconds(secs == null ? 0 : secs, nanos == null ? 0 : nanos);
            }
            Long exit = Json.longField(item, "exit_code");
            result.attribute("exit_code", exit == null ? null : String.valueOf(exit));
            result.attribute("status", status);
            if (failed || (exit != null && exit != 0)) {
                result.fail(ErrorKind.TOOL_ERROR, failure(exit == null ? null : exit.intValue(), result.output));
            }
        }
    }

    private static void exitCode(String callId, Long code, String detail, CodexSession s) {
        if (callId == null || code == null) {
            return;
        }
        StepDraft result = s.results.get(callId);
        if (result == null) {
            s.pendingExit.put(callId, code.intValue());
            return;
        }
        result.attribute("exit_code", String.valueOf(code));
        if (code != 0 && !result.failed) {
            result.fail(ErrorKind.TOOL_ERROR, failure(code.intValue(), detail != null ? detail : result.output));
        }
    }

    // Newer Codex writes one token_usage_record per model response; each is one model call.
    private static void usageRecord(JsonNode p, Instant at, CodexSession s) {
        String response = Json.text(p, "response_id");
        if (response != null && !s.responses.add(response)) {
            return;
        }
        JsonNode usage = Json.field(p, "usage");
        StepDraft call = modelCall(Json.longField(usage, "input_tokens"), Json.longField(usage, "output_tokens"),
                usage, at, s);
        call.attribute("response_id", response);
        s.usageRecords = true;
    }

    // token_count repeats a running total (often twice in a row); a model call gets what the total grew by.
    // Rollouts that also carry token_usage_records drop these steps (see CodexSession#build).
    private static void tokenCount(JsonNode total, JsonNode lastCall, Instant at, CodexSession s) {
        long in;
        long out;
        if (total != null) {
            in = value(total, "input_tokens") - s.countedInput;
            out = value(total, "output_tokens") - s.countedOutput;
        } else if (lastCall != null) {
            in = value(lastCall, "input_tokens");
            out = value(lastCall, "output_tokens");
        } else {
            return;
        }
        if (in <= 0 && out <= 0) {
            return;
        }
        StepDraft call = modelCall(in, out, lastCall != null ? lastCall : total, at, s);
        s.countedInput += call.inputTokens;
        s.countedOutput += call.outputTokens;
        s.tokenCountSteps.add(call);
    }

    private static StepDraft modelCall(Long in, Long out, JsonNode detail, Instant at, CodexSession s) {
        StepDraft call = s.add(new StepDraft(StepKind.LLM_CALL, s.model, at));
        call.inputTokens = in == null ? 0 : in;
        call.outputTokens = out == null ? 0 : out;
        call.attribute("cached_input_tokens", Json.text(detail, "cached_input_tokens"));
        call.attribute("reasoning_output_tokens", Json.text(detail, "reasoning_output_tokens"));
        return call;
    }

    private static void userText(String text, Instant at, CodexSession s) {
        if (text == null || text.isBlank()) {
            return;
        }
        String t = text.strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            return; // context the CLI injects (<environment_context>, <user_instructions>), not the user's words
        }
        if (s.firstSighting("user", t)) {
            s.add(new StepDraft(StepKind.MESSAGE, "user", at)).input = Texts.cut(text, Texts.MAX_TEXT);
            if (s.task == null) {
                s.task = t;
            }
        }
    }

    private static void assistantText(String text, Instant at, CodexSession s) {
        if (text != null && !text.isBlank() && s.firstSighting("assistant", text.strip())) {
            s.add(new StepDraft(StepKind.MESSAGE, "assistant", at)).output = Texts.cut(text, Texts.MAX_TEXT);
        }
    }

    private static void reasoning(String text, Instant at, CodexSession s) {
        if (text != null && !text.isBlank() && s.firstSighting("reasoning", text.strip())) {
            s.add(new StepDraft(StepKind.REASONING, "reasoning", at)).output = Texts.cut(text, Texts.MAX_TEXT);
        }
    }

    private static String failure(Integer exit, String text) {
        String first = Texts.firstLine(text);
        return (exit != null ? "exit code " + exit : "tool failed") + (first.isEmpty() ? "" : ": " + first);
    }

    private static long value(JsonNode node, String field) {
        Long v = Json.longField(node, field);
        return v == null ? 0 : v;
    }
}
