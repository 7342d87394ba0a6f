package io.breakerboard.engine.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/** Wall-clock time; {@link #sleep} really sleeps, so it only runs on the engine's own worker threads. */
public final class SystemEngineClock implements EngineClock {
    private final Clock clock = Clock.systemUTC();

    @Override
    public long nanos() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("engine worker interrupted while waiting " + duration);
        }
    }

    @Override
    public Clock asClock() {
        return clock;
    }
}
