package io.breakerboard.engine.agent;

/**
 * How an agent loop ended.
 *
 * @param answer    its final answer
 * @param complete  true when it reached its target (or had none)
 * @param toolCalls tool calls it made
 */
public record AgentResult(String answer, boolean complete, int toolCalls) {
}
