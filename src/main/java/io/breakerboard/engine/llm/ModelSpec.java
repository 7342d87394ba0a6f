package io.breakerboard.engine.llm;

import io.breakerboard.engine.llm.internal.ModelTier;
import io.breakerboard.engine.sim.internal.LatencyModel;
import java.time.Duration;
import java.util.Objects;

/**
 * A simulated model: how fast it is, how it fails and what it costs by default. Built with {@link #builder}, which
 * names every number.
 *
 * @param name            model name as it appears in steps
 * @param tier            price and speed class
 * @param firstToken      latency until the first token
 * @param perOutputToken  generation time per output token
 * @param rateLimitRate   share of attempts answered with 429 and a retry-after
 * @param serverErrorRate share of attempts failing with a 5xx
 * @param malformedRate   share of attempts whose output does not parse
 * @param hangRate        share of attempts that never answer (they end at the time limit)
 * @param defaultPrice    price until the table is edited
 */
public record ModelSpec(String name, ModelTier tier, LatencyModel firstToken, Duration perOutputToken,
                        double rateLimitRate, double serverErrorRate, double malformedRate, double hangRate,
                        Price defaultPrice) {

    public ModelSpec {
        if (rateLimitRate < 0 || serverErrorRate < 0 || malformedRate < 0 || hangRate < 0
                || rateLimitRate + serverErrorRate + malformedRate + hangRate > 1) {
            throw new IllegalArgumentException("model " + name + ": failure rates must be 0 or more and add up to at"
                    + " most 1, got rate limit " + rateLimitRate + ", server error " + serverErrorRate + ", malformed "
                    + malformedRate + ", hang " + hangRate);
        }
    }

    /** A model of this name and tier that never fails until a failure rate is set. */
    public static Builder builder(String name, ModelTier tier) {
        return new Builder(name, tier);
    }

    /** Names each setting of a {@link ModelSpec}; latencies and price must be set, failure rates default to 0. */
    public static final class Builder {
        private final String name;
        private final ModelTier tier;
        private LatencyModel firstToken;
        private Duration perOutputToken;
        private double rateLimitRate;
        private double serverErrorRate;
        private double malformedRate;
        private double hangRate;
        private Price defaultPrice;

        private Builder(String name, ModelTier tier) {
            this.name = name;
            this.tier = tier;
        }

        public Builder firstToken(LatencyModel v) { this.firstToken = v; return this; }
        public Builder perOutputToken(Duration v) { this.perOutputToken = v; return this; }
        public Builder rateLimitRate(double v) { this.rateLimitRate = v; return this; }
        public Builder serverErrorRate(double v) { this.serverErrorRate = v; return this; }
        public Builder malformedRate(double v) { this.malformedRate = v; return this; }
        public Builder hangRate(double v) { this.hangRate = v; return this; }
        public Builder defaultPrice(Price v) { this.defaultPrice = v; return this; }

        /** @throws NullPointerException naming the first setting left unset */
        public ModelSpec build() {
            return new ModelSpec(name, tier,
                    Objects.requireNonNull(firstToken, "model " + name + ": firstToken must be set"),
                    Objects.requireNonNull(perOutputToken, "model " + name + ": perOutputToken must be set"),
                    rateLimitRate, serverErrorRate, malformedRate, hangRate,
                    Objects.requireNonNull(defaultPrice, "model " + name + ": defaultPrice must be set"));
        }
    }
}
