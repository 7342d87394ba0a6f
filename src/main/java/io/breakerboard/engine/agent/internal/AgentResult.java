package io.breakerboard.engine.agent.internal;

import io.breakerboard.model.ErrorKind;

/**
 * How an agent loop ended.
 *
 * @param answer    its final answer
 * @param complete  true when it reached its target (or had none)
 * @param toolCalls tool calls it made
 * @param shortfall why the target was not reached, for people; null when complete
 * @param kind      the error kind of the shortfall; null when complete
 */
public record AgentResult(String answer, boolean complete, int toolCalls, String shortfall, ErrorKind kind) {
}
