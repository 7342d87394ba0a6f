package io.breakerboard.engine.llm.internal;

import io.breakerboard.engine.tool.ToolSpec;
import java.util.List;

/**
 * One completion request to a model.
 *
 * @param model        model name
 * @param purpose      why the agent asks (reason, plan, answer, critique, vote), shown on the step
 * @param prompt       a short summary of the prompt, for the step and the audit log
 * @param inputTokens  prompt size in tokens (system prompt, task and context so far)
 * @param outputTokens typical completion size in tokens; the simulation varies it
 * @param completion   what the simulated model answers when it answers well
 * @param messages     the whole conversation, for a model that reads it; empty when the prompt says it all
 * @param tools        the tools the model may call; empty when it may only answer
 */
public record ModelRequest(String model, String purpose, String prompt, long inputTokens, long outputTokens,
                           String completion, List<ChatMessage> messages, List<ToolSpec> tools) {

    public ModelRequest {
        messages = messages == null ? List.of() : List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }

    /** A request that only asks for text. */
    public ModelRequest(String model, String purpose, String prompt, long inputTokens, long outputTokens,
                        String completion) {
        this(model, purpose, prompt, inputTokens, outputTokens, completion, List.of(), List.of());
    }

    public ModelRequest withModel(String other) {
        return new ModelRequest(other, purpose, prompt, inputTokens, outputTokens, completion, messages, tools);
    }

    /**
     * The most output tokens this call may produce and be billed for: 4 × the answer it expects, at least 16. The
     * engine's budget reserves this worst case before the call, and a real model is sent it as {@code max_tokens}
     * (or its settings' smaller limit), so no reply can cost more than was reserved.
     */
    public long maxOutputTokens() {
        return Math.max(16, outputTokens * 4);
    }
}
