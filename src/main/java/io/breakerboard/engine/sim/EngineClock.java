package io.breakerboard.engine.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The engine's only source of time. Real time in the application, virtual time in tests and benchmarks,
 * where simulated latency advances the clock instead of sleeping.
 */
public interface EngineClock {

    /** Nanoseconds on a monotonic scale; only differences are meaningful. */
    long nanos();

    /** The current instant. */
    Instant now();

    /**
     * Lets {@code duration} pass for the calling thread. Real clocks sleep; a virtual clock advances (or hands
     * the turn to another simulated worker). Never call it on a UI thread.
     *
     * @throws java.util.concurrent.CancellationException when the waiting thread is interrupted
     */
    void sleep(Duration duration);

    /** The same time as a {@link Clock}, for libraries that take one (resilience4j circuit breakers). */
    Clock asClock();

    /**
     * Ends every current and later {@link #sleep} at once with a {@link java.util.concurrent.CancellationException},
     * so closing the engine never waits out simulated latency and never has to interrupt a thread that may be
     * writing to the database. A virtual clock needs nothing: its sleeps take no real time.
     */
    default void cancelSleeps() {
    }

    /** Sleeps until {@code instant}; returns at once when it has passed. */
    default void sleepUntil(Instant instant) {
        Duration d = Duration.between(now(), instant);
        if (!d.isNegative() && !d.isZero()) {
            sleep(d);
        }
    }
}
