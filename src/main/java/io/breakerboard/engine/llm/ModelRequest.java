package io.breakerboard.engine.llm;

/**
 * One completion request to a simulated model.
 *
 * @param model        model name
 * @param purpose      why the agent asks (reason, plan, answer, critique, vote), shown on the step
 * @param prompt       a short summary of the prompt, for the step and the audit log
 * @param inputTokens  prompt size in tokens (system prompt, task and context so far)
 * @param outputTokens typical completion size in tokens; the simulation varies it
 * @param completion   what the simulated model answers when it answers well
 */
public record ModelRequest(String model, String purpose, String prompt, long inputTokens, long outputTokens,
                           String completion) {

    public ModelRequest withModel(String other) {
        return new ModelRequest(other, purpose, prompt, inputTokens, outputTokens, completion);
    }
}
