package io.breakerboard.engine.llm.internal;

import java.util.List;
import java.util.Objects;

/**
 * One message of a chat-completions conversation, as an agent that lets the model choose its tools keeps it.
 *
 * @param role       {@code system}, {@code user}, {@code assistant} or {@code tool}
 * @param content    the text; may be empty for an assistant message that only calls tools
 * @param toolCalls  the tools an assistant message asked for; empty otherwise
 * @param toolCallId for a {@code tool} message, the id of the call it answers; null otherwise
 */
public record ChatMessage(String role, String content, List<ModelToolCall> toolCalls, String toolCallId) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public static ChatMessage system(String text) {
        return new ChatMessage("system", text, List.of(), null);
    }

    public static ChatMessage user(String text) {
        return new ChatMessage("user", text, List.of(), null);
    }

    public static ChatMessage assistant(String text, List<ModelToolCall> calls) {
        return new ChatMessage("assistant", text, calls, null);
    }

    public static ChatMessage toolResult(String callId, String text) {
        return new ChatMessage("tool", text, List.of(), callId);
    }
}
