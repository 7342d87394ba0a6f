package io.breakerboard.service;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Traffic for the local engine, as the window and the command line describe it: agents and patterns by name.
 * The engine checks it when it starts (rates, weights, a pattern without an agent of its domain).
 *
 * @param executionsPerMinute mean arrival rate
 * @param concurrency         executions that may run at once; later arrivals queue
 * @param agentMix            weight per agent name ({@link EngineControl#agents()})
 * @param patternMix          weight per pattern id ({@link EngineControl#patterns()})
 * @param seed                seed of everything random
 * @param duration            how long arrivals continue; null until stopped
 * @param executions          how many executions arrive at most; null for no limit
 */
public record EngineWorkload(double executionsPerMinute, int concurrency, Map<String, Integer> agentMix,
                             Map<String, Integer> patternMix, long seed, Duration duration, Long executions) {

    public EngineWorkload {
        agentMix = Map.copyOf(Objects.requireNonNull(agentMix, "agentMix"));
        patternMix = Map.copyOf(Objects.requireNonNull(patternMix, "patternMix"));
    }
}
