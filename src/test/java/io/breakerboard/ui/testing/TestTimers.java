package io.breakerboard.ui.testing;

import io.breakerboard.ui.Poller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Timers for tests that drive a poller's ticks by hand. */
public final class TestTimers {
    private TestTimers() {
    }

    /** Runs nothing by itself: the test calls the task (a refresher's {@code tick()}) when it wants a poll. */
    public static Poller.Timer idle() {
        return new Immediate(false);
    }

    /** Runs each task at once on the caller's thread, so what a tick starts has finished when it returns. */
    public static Poller.Timer inline() {
        return new Immediate(true);
    }

    /** Schedules no periodic task; runs or drops a one-off task at once. */
    private record Immediate(boolean runs) implements Poller.Timer {
        @Override
        public Runnable every(Duration first, Duration period, Runnable task) {
            return () -> { };
        }

        @Override
        public void execute(Runnable task) {
            if (runs) {
                task.run();
            }
        }

        @Override
        public void close() {
        }
    }

    /** Holds each task until the test runs it, to look at what happens while it is pending. */
    public static Queued queued() {
        return new Queued();
    }

    /** A timer whose tasks wait for {@link #runPending()}. */
    public static final class Queued implements Poller.Timer {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public synchronized Runnable every(Duration first, Duration period, Runnable task) {
            return () -> { };
        }

        @Override
        public synchronized void execute(Runnable task) {
            pending.add(task);
        }

        @Override
        public void close() {
        }

        public synchronized int pending() {
            return pending.size();
        }

        /** Runs the tasks held now (not those they add). */
        public void runPending() {
            List<Runnable> now;
            synchronized (this) {
                now = List.copyOf(pending);
                pending.clear();
            }
            now.forEach(Runnable::run);
        }
    }
}
