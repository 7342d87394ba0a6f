package io.breakerboard.engine.checkpoint;

import java.time.Instant;

/**
 * What is needed to run an execution again from its start: everything else follows from the seeds.
 *
 * @param executionKey the execution's key
 * @param agent        agent name
 * @param instance     agent instance it ran on
 * @param pattern      orchestration pattern name
 * @param taskSeed     seed the task was generated from
 * @param seed         the execution's seed
 * @param userId       end user
 * @param sessionId    session id
 * @param startedAt    when it started
 */
public record CheckpointHeader(String executionKey, String agent, String instance, String pattern, String domain,
                               long taskSeed, long seed, String userId, String sessionId, Instant startedAt) {
}
