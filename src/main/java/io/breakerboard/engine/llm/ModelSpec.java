package io.breakerboard.engine.llm;

import io.breakerboard.engine.sim.LatencyModel;
import java.time.Duration;

/**
 * A simulated model: how fast it is, how it fails and what it costs by default.
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
}
