package io.breakerboard.engine.workload.internal;

import io.breakerboard.model.Execution;
import io.breakerboard.pipeline.ExecutionSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands finished executions to the sink in batches from its own thread, so a slow store never stalls the
 * simulation. The queue is bounded: when the sink falls far behind, producers wait.
 */
public final class ExecutionPublisher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ExecutionPublisher.class.getName());
    private static final int BATCH = 500;

    private final ExecutionSink sink;
    private final BlockingQueue<Execution> queue = new ArrayBlockingQueue<>(20_000);
    private final Thread thread;
    private volatile boolean closing;
    private long enqueued;
    private long published;

    public ExecutionPublisher(ExecutionSink sink) {
        this.sink = sink;
        this.thread = new Thread(this::drain, "engine-publisher");
        thread.setDaemon(true);
        thread.start();
    }

    public void publish(Execution e) {
        synchronized (this) {
            enqueued++;
        }
        try {
            queue.put(e);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while handing execution " + e.key() + " to the sink");
        }
    }

    /** Executions handed to the sink so far. */
    public synchronized long published() {
        return published;
    }

    /** Waits until everything queued has reached the sink and the sink flushed. */
    public void awaitDrained() {
        synchronized (this) {
            while (published < enqueued) {
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        sink.flush();
    }

    private void drain() {
        List<Execution> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                Execution first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                sink.write(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the sink refused a batch of " + batch.size() + " engine executions", e);
            } finally {
                synchronized (this) {
                    published += batch.size();
                    notifyAll();
                }
                batch.clear();
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.flush();
    }
}
