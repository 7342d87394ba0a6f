package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.Deque;

/**
 * What an agent loop works towards.
 *
 * @param goal         the goal in words, for the steps
 * @param plan         the calls a sound investigation makes, in order; the loop takes from it, so a later round
 *                     can continue where an earlier one stopped
 * @param target       the finding that answers the goal; null when working through the plan is the goal
 * @param maxToolCalls tool calls this round may make before answering with what it has
 */
public record Objective(String goal, Deque<ToolCall> plan, String target, int maxToolCalls) {
}
