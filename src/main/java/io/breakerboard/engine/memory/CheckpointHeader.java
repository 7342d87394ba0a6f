package io.breakerboard.engine.memory;

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
 * @param pausedAt     when a normal quit stopped it at a call boundary; null when it was cut short by a crash
 * @param downtime     time spent stopped before the resumes so far
 */
public record CheckpointHeader(String executionKey, String agent, String instance, String pattern, String domain,
                               long taskSeed, long seed, String userId, String sessionId, Instant startedAt,
                               Instant pausedAt, java.time.Duration downtime) {

    public CheckpointHeader {
        downtime = downtime == null ? java.time.Duration.ZERO : downtime;
    }

    /** A header of an execution that is running. */
    public CheckpointHeader(String executionKey, String agent, String instance, String pattern, String domain,
                            long taskSeed, long seed, String userId, String sessionId, Instant startedAt) {
        this(executionKey, agent, instance, pattern, domain, taskSeed, seed, userId, sessionId, startedAt, null, null);
    }

    public boolean paused() {
        return pausedAt != null;
    }

    public CheckpointHeader pausedAt(Instant at) {
        return new CheckpointHeader(executionKey, agent, instance, pattern, domain, taskSeed, seed, userId, sessionId,
                startedAt, at, downtime);
    }

    /** Running again after {@code total} of downtime in all: no longer paused. */
    public CheckpointHeader resumedAfter(java.time.Duration total) {
        return new CheckpointHeader(executionKey, agent, instance, pattern, domain, taskSeed, seed, userId, sessionId,
                startedAt, null, total);
    }
}
