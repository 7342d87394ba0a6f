package io.breakerboard.engine;

import io.breakerboard.engine.workload.InstanceLoad;
import java.time.Instant;
import java.util.List;

/**
 * Counters of the engine, for the status bar.
 *
 * @param running    true while a workload runs
 * @param now        engine-clock time (virtual time runs ahead of the wall clock)
 * @param inFlight   executions running now
 * @param started    executions started since the engine was built
 * @param completed  executions finished
 * @param succeeded  finished with SUCCESS
 * @param partial    finished with PARTIAL
 * @param failed     finished with FAILURE
 * @param perMinute  executions finished in the last minute of engine time
 * @param toolCalls  tool-call steps of finished executions (attempts and cache hits)
 * @param queued     arrivals waiting now for an instance with room (every instance full or unhealthy)
 * @param turnedAway arrivals that did not run: the queue was full, or the workload stopped while they waited
 * @param memory     what episodic memory recalled and what it saved
 * @param instances  every agent instance's load now
 */
public record EngineStats(boolean running, Instant now, int inFlight, long started, long completed, long succeeded,
                          long partial, long failed, long perMinute, long toolCalls, int queued, long turnedAway,
                          MemoryBenefit memory, List<InstanceLoad> instances) {

    public EngineStats {
        instances = List.copyOf(instances);
    }

    /**
     * Recall of past incidents and its effect on investigations (SRE executions only: their plan follows a hint).
     *
     * @param investigations       finished SRE executions
     * @param hinted               of those, with a recalled episode strong enough to steer the plan
     * @param relevant             of those, whose hint pointed at the check that settles the incident
     * @param iterationsRelevant   mean iterations of investigations with a relevant hint; NaN when none
     * @param iterationsUnhinted   mean iterations of investigations without a hint; NaN when none
     */
    public record MemoryBenefit(long investigations, long hinted, long relevant, double iterationsRelevant,
                                double iterationsUnhinted) {
        public static final MemoryBenefit NONE = new MemoryBenefit(0, 0, 0, Double.NaN, Double.NaN);

        /** Hinted investigations over all, 0..1; 0 when none ran. */
        public double recallRate() {
            return investigations == 0 ? 0 : (double) hinted / investigations;
        }

        /** Iterations a relevant hint saved on average; NaN until both kinds ran. */
        public double iterationsSaved() {
            return iterationsUnhinted - iterationsRelevant;
        }
    }
}
