package io.breakerboard.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs queries and commands off the FX thread and hands their results back through the {@link FxScheduler}.
 * Failures end up in one place: the message sink, told on the FX thread in words.
 */
public final class UiExecutor implements AutoCloseable {
    private final Executor background;
    private final Runnable shutdown;
    private final FxScheduler fx;
    private volatile Consumer<String> messages = message -> { };

    public UiExecutor(Executor background, FxScheduler fx, Runnable shutdown) {
        this.background = background;
        this.fx = fx;
        this.shutdown = shutdown;
    }

    /** Two background threads: queries wait on the store, so a second one keeps a slow query from blocking the next. */
    public static UiExecutor create(FxScheduler fx) {
        ExecutorService pool = Executors.newFixedThreadPool(2, UiThreads.daemon("breakerboard-query"));
        // Closing must not wait: it runs on the FX thread as the window goes, and the threads are daemons. Nor may it
        // interrupt a query under way: an interrupted database read closes the database's file under every reader.
        return new UiExecutor(pool, fx, pool::shutdown);
    }

    /** Runs everything on the calling thread: for view-model tests without a toolkit. */
    public static UiExecutor direct() {
        return new UiExecutor(Runnable::run, FxScheduler.direct(), () -> { });
    }

    public FxScheduler fx() {
        return fx;
    }

    /** Where failures and finished work are reported, in words, on the FX thread (the status line). */
    public void onMessage(Consumer<String> sink) {
        this.messages = sink;
    }

    /** Tells the person something, from any thread. */
    public void tell(String message) {
        fx.post(() -> messages.accept(message));
    }

    /**
     * Runs {@code work} in the background and gives its result to {@code onFx} on the FX thread.
     *
     * @param what what the work does, for the error message ("load the trace")
     */
    public <T> CompletableFuture<T> query(String what, Supplier<T> work, Consumer<? super T> onFx) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(work, background);
        future.whenComplete((value, failure) -> {
            if (failure == null) {
                fx.post(() -> onFx.accept(value));
            } else {
                report(what, failure);
            }
        });
        return future;
    }

    /**
     * As {@link #query(String, Supplier, Consumer)}, and on failure also tells {@code onFailureFx} (on the FX
     * thread), for view models that must leave a busy state.
     */
    public <T> CompletableFuture<T> query(String what, Supplier<T> work, Consumer<? super T> onFx,
                                          Consumer<Throwable> onFailureFx) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(work, background);
        future.whenComplete((value, failure) -> {
            if (failure == null) {
                fx.post(() -> onFx.accept(value));
            } else {
                fx.post(() -> onFailureFx.accept(unwrap(failure)));
            }
        });
        return future;
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Runs a command in the background; failures are reported. */
    public CompletableFuture<Void> run(String what, Runnable work) {
        return query(what, () -> {
            work.run();
            return null;
        }, ignored -> { });
    }

    /** Reports a failure of {@code what} to the error sink. */
    public void report(String what, Throwable failure) {
        Throwable cause = unwrap(failure);
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        tell("Could not " + what + ": " + reason);
    }

    @Override
    public void close() {
        shutdown.run();
        fx.close();
    }
}
