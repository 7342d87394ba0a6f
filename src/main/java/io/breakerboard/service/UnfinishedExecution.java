package io.breakerboard.service;

import java.time.Instant;

/**
 * An engine execution that began and never finished (the application stopped or crashed meanwhile). It can
 * be resumed from its checkpoint or discarded.
 *
 * @param key       the execution's key
 * @param agent     agent name
 * @param pattern   orchestration pattern id
 * @param startedAt when it began
 */
public record UnfinishedExecution(String key, String agent, String pattern, Instant startedAt) {
}
