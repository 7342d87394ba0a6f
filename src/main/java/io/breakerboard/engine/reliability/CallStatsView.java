package io.breakerboard.engine.reliability;

import java.time.Duration;
import java.util.Map;

/**
 * Attempts to one tool or model in the rolling window.
 *
 * @param name     tool or model name
 * @param kind     tool or model
 * @param window   length of the window
 * @param outcomes attempts by outcome (every outcome present, zero when none)
 * @param retries  retries started in the window
 * @param p50      median latency of attempts that reached the dependency; zero when none
 * @param p95      95th percentile latency
 * @param p99      99th percentile latency
 */
public record CallStatsView(String name, CallKind kind, Duration window, Map<CallOutcome, Long> outcomes,
                            long retries, Duration p50, Duration p95, Duration p99) {

    public long attempts() {
        long n = 0;
        for (long v : outcomes.values()) {
            n += v;
        }
        return n;
    }

    public long count(CallOutcome o) {
        return outcomes.getOrDefault(o, 0L);
    }
}
