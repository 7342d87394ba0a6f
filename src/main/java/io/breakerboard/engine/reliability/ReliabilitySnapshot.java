package io.breakerboard.engine.reliability;

import java.time.Instant;
import java.util.List;

/**
 * Everything the live reliability panel shows, immutable, taken at one instant.
 *
 * @param at            engine-clock time of the snapshot
 * @param wrappingOrder the layers every call passes through, outermost first
 * @param breakers      every circuit breaker, by name
 * @param calls         rolling-window call statistics per tool and model, by name
 * @param bulkheads     bulkheads per agent instance, by name
 * @param rateLimiters  rate limiters per model, by name
 * @param cache         tool-result cache statistics
 * @param toolFees      tool fees per external API, and what the cache saved on each
 */
public record ReliabilitySnapshot(Instant at, List<String> wrappingOrder, List<BreakerView> breakers,
                                  List<CallStatsView> calls, List<BulkheadView> bulkheads,
                                  List<RateLimiterView> rateLimiters, CacheView cache,
                                  List<ToolFeeView> toolFees) {

    /** Retries started in the window over every tool and model. */
    public long retries() {
        long n = 0;
        for (CallStatsView c : calls) {
            n += c.retries();
        }
        return n;
    }

    /** One breaker by name. */
    public java.util.Optional<BreakerView> breaker(String name) {
        return breakers.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
