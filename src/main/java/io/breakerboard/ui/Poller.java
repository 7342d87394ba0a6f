package io.breakerboard.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One polling task of the window, run off the FX thread by a {@link Timer} at the rate its {@link Policy} gives
 * for the state of its page: every {@code shown} interval while shown, every {@code hidden} interval (or not at
 * all) while hidden, never again once closed. Showing runs one poll at once, so a page brought back is up to
 * date without waiting a period. The task hands its results to the FX thread through the {@link FxScheduler}.
 */
public final class Poller implements Page {
    /**
     * How often to poll.
     *
     * @param shown  the interval while the page shows
     * @param hidden the interval while it is hidden, or null to stop polling then
     */
    public record Policy(Duration shown, Duration hidden) {
        public Policy {
            Objects.requireNonNull(shown, "shown");
        }

        /** Polls only while the page shows. */
        public static Policy whileShown(Duration every) {
            return new Policy(every, null);
        }

        /** Also polls while hidden, at this (slower) interval, for figures seen outside the page. */
        public Policy whenHidden(Duration every) {
            return new Policy(shown, Objects.requireNonNull(every, "every"));
        }
    }

    /** Where a poller's task runs: its own thread in the window, a hand-driven clock in tests. */
    public interface Timer extends AutoCloseable {
        /** Runs {@code task} after {@code first}, then {@code period} after each run ends; returns its cancel. */
        Runnable every(Duration first, Duration period, Runnable task);

        /** Runs {@code task} once, soon. */
        void execute(Runnable task);

        /** Stops every task; nothing runs afterwards. */
        @Override
        void close();
    }

    /** Makes the timer of each poller of a window, given the name of its thread. */
    @FunctionalInterface
    public interface Timers {
        Timer create(String name);
    }

    private final Policy policy;
    private final Timer timer;
    private final Runnable task;
    private Runnable cancel = () -> { };
    private boolean shown;
    private boolean closed;

    /** A hidden poller: it polls at the hidden interval, if its policy has one, until its page is shown. */
    public Poller(Policy policy, Timer timer, Runnable task) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.task = Objects.requireNonNull(task, "task");
        scheduleHidden();
    }

    /** A timer on one daemon thread of its own, so a slow poll delays no other poller. */
    public static Timer thread(String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, UiThreads.daemon(name));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        // A task handed over after closing (a poll racing the window's close) is dropped: nothing runs afterwards.
        executor.setRejectedExecutionHandler(new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
        return new Timer() {
            @Override
            public Runnable every(Duration first, Duration period, Runnable task) {
                ScheduledFuture<?> future = executor.scheduleWithFixedDelay(task, first.toNanos(), period.toNanos(),
                        TimeUnit.NANOSECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public void execute(Runnable task) {
                executor.execute(task);
            }

            /**
             * Runs nothing more; a poll under way finishes on its daemon thread. It is not interrupted: a thread
             * interrupted inside a database read closes the database's file channel under every other reader
             * (H2: "Reading from file … failed", ClosedByInterruptException).
             */
            @Override
            public void close() {
                executor.shutdown();
            }
        };
    }

    @Override
    public synchronized void shown() {
        if (closed || shown) {
            return;
        }
        shown = true;
        cancel.run();
        // A one-off run rather than a zero first delay: hiding again at once must not cancel the catch-up poll.
        timer.execute(task);
        cancel = timer.every(policy.shown(), policy.shown(), task);
    }

    @Override
    public synchronized void hidden() {
        if (closed || !shown) {
            return;
        }
        shown = false;
        cancel.run();
        scheduleHidden();
    }

    private void scheduleHidden() {
        cancel = policy.hidden() == null ? () -> { } : timer.every(policy.hidden(), policy.hidden(), task);
    }

    /** Polls once soon whatever the page's state (e.g. the person chose another filter); not once closed. */
    public synchronized void pollNow() {
        if (!closed) {
            timer.execute(task);
        }
    }

    @Override
    public synchronized void closed() {
        if (closed) {
            return;
        }
        closed = true;
        shown = false;
        cancel.run();
        timer.close();
    }
}
