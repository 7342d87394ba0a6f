package io.breakerboard.engine.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/**
 * Wall-clock time; {@link #sleep} really waits, so it only runs on the engine's own worker threads. Waits end
 * early, without interrupting anyone, once {@link #cancelSleeps} was called.
 */
public final class SystemEngineClock implements EngineClock {
    private final Clock clock = Clock.systemUTC();
    private final Object sleepers = new Object();
    private volatile boolean cancelled;

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
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (sleepers) {
            while (true) {
                if (cancelled) {
                    throw new CancellationException("the engine is closing; stopped waiting " + duration);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    sleepers.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("engine worker interrupted while waiting " + duration);
                }
            }
        }
    }

    @Override
    public void cancelSleeps() {
        cancelled = true;
        synchronized (sleepers) {
            sleepers.notifyAll();
        }
    }

    @Override
    public Clock asClock() {
        return clock;
    }
}
