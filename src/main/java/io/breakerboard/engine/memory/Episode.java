package io.breakerboard.engine.memory;

import io.breakerboard.engine.sim.Domain;
import java.time.Instant;

/**
 * A finished piece of work, remembered.
 *
 * @param executionKey the execution it came from
 * @param agent        agent name
 * @param domain       SRE or finance
 * @param task         what was asked
 * @param summary      what was done and found
 * @param rootCause    the conclusion; null when none was reached
 * @param finishedAt   when it ended
 */
public record Episode(String executionKey, String agent, Domain domain, String task, String summary, String rootCause,
                      Instant finishedAt) {
}
