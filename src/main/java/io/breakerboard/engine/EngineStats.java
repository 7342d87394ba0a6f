package io.breakerboard.engine;

import java.time.Instant;

/**
 * Counters of the engine, for the status bar.
 *
 * @param running       true while a workload runs
 * @param now           engine-clock time (virtual time runs ahead of the wall clock)
 * @param inFlight      executions running now
 * @param started       executions started since the engine was built
 * @param completed     executions finished
 * @param succeeded     finished with SUCCESS
 * @param partial       finished with PARTIAL
 * @param failed        finished with FAILURE
 * @param perMinute     executions finished in the last minute of engine time
 * @param toolCalls     tool-call steps of finished executions (attempts and cache hits)
 * @param unplaced      arrivals dropped because every instance of their agent was unhealthy
 */
public record EngineStats(boolean running, Instant now, int inFlight, long started, long completed, long succeeded,
                          long partial, long failed, long perMinute, long toolCalls, long unplaced) {
}
