package io.breakerboard.engine.orchestration;

/**
 * What a pattern produced.
 *
 * @param answer     the final answer
 * @param complete   true when the goal was reached
 * @param conclusion the root cause or decision, remembered for later tasks; null when none was reached
 */
public record PatternResult(String answer, boolean complete, String conclusion) {
}
