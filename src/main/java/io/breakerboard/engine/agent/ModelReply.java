package io.breakerboard.engine.agent;

/**
 * A model's answer as the agent uses it.
 *
 * @param text      the completion; null when malformed
 * @param malformed true when the output did not parse; the agent asks again in its next iteration
 */
public record ModelReply(String text, boolean malformed) {
}
