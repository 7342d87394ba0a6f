package io.breakerboard.engine.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time. Nothing sleeps: {@link #sleep} advances the clock. Threads that run as workers of a
 * {@link VirtualScheduler} take turns instead, so many simulated executions overlap in virtual time while
 * exactly one thread runs at any moment, which keeps a seeded run identical from one run to the next.
 */
public final class VirtualClock implements EngineClock {
    private final Instant origin;
    private volatile long nanos;
    private final VirtualScheduler scheduler = new VirtualScheduler(this);

    public VirtualClock(Instant origin) {
        this.origin = origin;
    }

    /** The scheduler whose workers share this clock. */
    public VirtualScheduler scheduler() {
        return scheduler;
    }

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public Instant now() {
        return origin.plusNanos(nanos);
    }

    /** Moves time forward; for tests and for a thread outside any scheduled run. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("virtual time cannot go back: advance(" + duration + ")");
        }
        advanceTo(nanos + duration.toNanos());
    }

    /** Sets time to {@code target} when that is later; time never goes back. */
    void advanceTo(long target) {
        if (target > nanos) {
            nanos = target;
        }
    }

    @Override
    public void sleep(Duration duration) {
        scheduler.sleep(duration.isNegative() ? 0 : duration.toNanos());
    }

    @Override
    public Clock asClock() {
        return new View(ZoneOffset.UTC);
    }

    /** A read-only {@link Clock} view that follows this virtual clock. */
    private final class View extends Clock {
        private final ZoneId zone;

        View(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new View(z);
        }

        @Override
        public Instant instant() {
            return now();
        }

        @Override
        public long millis() {
            return now().toEpochMilli();
        }
    }
}
