package io.breakerboard.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * One thread running submitted work in order. The queue is bounded, so a fast producer (a parser) waits
 * instead of filling the heap. Work submitted from the thread itself runs at once, which keeps a listener
 * that writes from deadlocking.
 */
final class WriterThread {
    private static final Runnable POISON = () -> { };

    private final BlockingQueue<Runnable> queue;
    private final Thread thread;
    private volatile boolean stopping;

    WriterThread(String name, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        if (Thread.currentThread() == thread) {
            task.run();
            return result;
        }
        if (stopping) {
            throw new IllegalStateException("the pipeline is closed; nothing more can be written");
        }
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Runs what is queued, then ends the thread. */
    void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        try {
            queue.put(POISON);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Work that slipped in while stopping still completes its future rather than hanging its caller.
        for (Runnable late; (late = queue.poll()) != null; ) {
            if (late != POISON) {
                late.run();
            }
        }
    }

    private void loop() {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (task == POISON) {
                return;
            }
            task.run();
        }
    }
}
