package io.breakerboard.engine.llm.internal;

import java.util.List;

/**
 * A successful completion.
 *
 * @param model     the model that answered (a fallback model when the requested one failed)
 * @param text      the completion; may be empty when the model only calls tools
 * @param toolCalls the tools the model asked for; empty when it answered
 */
public record ModelResponse(String model, String text, List<ModelToolCall> toolCalls) {

    public ModelResponse {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** A text answer without tool calls. */
    public ModelResponse(String model, String text) {
        this(model, text, List.of());
    }
}
