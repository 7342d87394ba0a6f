package io.breakerboard.alerts;

import java.util.Map;

/**
 * Where the alert engine reads circuit breakers from; the agent engine implements it. Called on every
 * evaluation, so it must answer from memory, quickly, from any thread.
 */
@FunctionalInterface
public interface BreakerStateSource {

    /** A source with no breakers, for running without the agent engine. */
    BreakerStateSource NONE = Map::of;

    /** Every breaker by name, with its state now. */
    Map<String, BreakerStatus> breakers();
}
