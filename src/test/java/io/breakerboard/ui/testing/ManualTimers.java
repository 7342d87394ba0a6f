package io.breakerboard.ui.testing;

import io.breakerboard.ui.Poller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pollers' timers on one hand-moved virtual clock: nothing runs until a test calls {@link #runDue()} or
 * {@link #advance}, and then on the test's thread. Tasks run outside the lock, as a poller's thread would.
 */
public final class ManualTimers implements Poller.Timers {
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private volatile long nowNanos;

    @Override
    public Poller.Timer create(String name) {
        Timer timer = new Timer();
        timers.put(name, timer);
        return timer;
    }

    /** The timer made under this name, or null when none was. */
    public Timer get(String name) {
        return timers.get(name);
    }

    public Map<String, Timer> all() {
        return Map.copyOf(timers);
    }

    /** Runs every task due now, including those a run makes due now. */
    public void runDue() {
        while (true) {
            List<Runnable> due = new ArrayList<>();
            for (Timer t : timers.values()) {
                t.collectDue(nowNanos, due);
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(Runnable::run);
        }
    }

    /** Moves the clock in steps of {@code step}, running what falls due at each. */
    public void advance(Duration total, Duration step) {
        for (long done = 0; done < total.toNanos(); done += step.toNanos()) {
            nowNanos += step.toNanos();
            runDue();
        }
    }

    private long now() {
        return nowNanos;
    }

    /** One poller's timer; counts the polls it ran. */
    public final class Timer implements Poller.Timer {
        private final List<Scheduled> scheduled = new ArrayList<>();
        private int runs;
        private boolean closed;

        @Override
        public synchronized Runnable every(Duration first, Duration period, Runnable task) {
            Scheduled s = new Scheduled(task, now() + first.toNanos(), period.toNanos());
            if (!closed) {
                scheduled.add(s);
            }
            return () -> {
                synchronized (Timer.this) {
                    scheduled.remove(s);
                }
            };
        }

        @Override
        public synchronized void execute(Runnable task) {
            if (!closed) {
                scheduled.add(new Scheduled(task, now(), 0));
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            scheduled.clear();
        }

        public synchronized int runs() {
            return runs;
        }

        public synchronized boolean isClosed() {
            return closed;
        }

        /** Whether anything is scheduled to run, now or later. */
        public synchronized boolean isScheduled() {
            return !scheduled.isEmpty();
        }

        private synchronized void collectDue(long now, List<Runnable> due) {
            for (Scheduled s : List.copyOf(scheduled)) {
                if (s.next <= now) {
                    runs++;
                    due.add(s.task);
                    if (s.period == 0) {
                        scheduled.remove(s);
                    } else {
                        s.next = now + s.period;
                    }
                }
            }
        }
    }

    private static final class Scheduled {
        final Runnable task;
        final long period;
        long next;

        Scheduled(Runnable task, long next, long period) {
            this.task = task;
            this.next = next;
            this.period = period;
        }
    }
}
