package io.breakerboard.service;

import java.time.Instant;

/**
 * An engine execution that began and never finished. Either a normal quit paused it at a call boundary (it
 * continues by itself at the next start) or a crash cut it short (it is offered for resuming or discarding).
 *
 * @param key       the execution's key
 * @param agent     agent name
 * @param pattern   orchestration pattern id
 * @param startedAt when it began
 * @param pausedAt  when a normal quit paused it; null when a crash cut it short
 */
public record UnfinishedExecution(String key, String agent, String pattern, Instant startedAt, Instant pausedAt) {

    public boolean paused() {
        return pausedAt != null;
    }
}
