package io.breakerboard.ui;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The one route from background threads to the JavaFX application thread. Nothing else in the window calls
 * {@code Platform.runLater}: results of queries, progress of jobs and fresh snapshots all come through here.
 * <p>
 * {@link #coalesce} keeps one pending task per key, so a burst of progress reports costs the FX thread one
 * update; {@link #debounce} waits for a quiet moment before posting.
 */
public final class FxScheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxScheduler.class.getName());

    /** Runs a task after a delay, on any thread; returns a handle that cancels it. */
    public interface Delayer extends AutoCloseable {
        Runnable schedule(Duration delay, Runnable task);

        @Override
        default void close() {
        }
    }

    private final Executor fxThread;
    private final Delayer delayer;
    private final Map<Object, Runnable> latest = new ConcurrentHashMap<>();
    private final Map<Object, Pending> pendingDebounce = new ConcurrentHashMap<>();

    public FxScheduler(Executor fxThread, Delayer delayer) {
        this.fxThread = fxThread;
        this.delayer = delayer;
    }

    /** Posts to the running JavaFX toolkit. */
    public static FxScheduler platform() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(UiThreads.daemon("breakerboard-debounce"));
        Delayer delayer = new Delayer() {
            @Override
            public Runnable schedule(Duration delay, Runnable task) {
                ScheduledFuture<?> future = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public void close() {
                timer.shutdownNow();
            }
        };
        return new FxScheduler(Platform::runLater, delayer);
    }

    /** Runs every task at once on the calling thread: for view-model tests without a toolkit. */
    public static FxScheduler direct() {
        return new FxScheduler(Runnable::run, (delay, task) -> {
            task.run();
            return () -> { };
        });
    }

    /** Runs the task soon on the FX thread. */
    public void post(Runnable task) {
        fxThread.execute(() -> runSafely(task));
    }

    /** Runs the latest task posted under this key; earlier ones still waiting are dropped. */
    public void coalesce(Object key, Runnable task) {
        if (latest.put(key, task) == null) {
            fxThread.execute(() -> {
                Runnable newest = latest.remove(key);
                if (newest != null) {
                    runSafely(newest);
                }
            });
        }
    }

    /** Runs the task on the FX thread once no other task was given under this key for {@code quiet}. */
    public void debounce(Object key, Duration quiet, Runnable task) {
        Pending pending = new Pending();
        Pending previous = pendingDebounce.put(key, pending);
        if (previous != null) {
            previous.cancel();
        }
        // A superseded task that fires anyway finds another entry under its key and does nothing.
        pending.cancel = delayer.schedule(quiet, () -> {
            if (pendingDebounce.remove(key, pending)) {
                coalesce(key, task);
            }
        });
    }

    private static final class Pending {
        volatile Runnable cancel;

        void cancel() {
            Runnable c = cancel;
            if (c != null) {
                c.run();
            }
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "A window update failed; the window keeps running", e);
        }
    }

    @Override
    public void close() {
        pendingDebounce.values().forEach(Pending::cancel);
        pendingDebounce.clear();
        delayer.close();
    }
}
