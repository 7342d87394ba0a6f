package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.llm.internal.ModelToolCall;
import java.util.List;

/**
 * A model's answer as the agent uses it.
 *
 * @param text      the completion; null when malformed
 * @param malformed true when the output did not parse; the agent asks again in its next iteration
 * @param toolCalls the tools a model that chooses its own asked for; empty otherwise
 */
public record ModelReply(String text, boolean malformed, List<ModelToolCall> toolCalls) {

    public ModelReply {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public ModelReply(String text, boolean malformed) {
        this(text, malformed, List.of());
    }
}
