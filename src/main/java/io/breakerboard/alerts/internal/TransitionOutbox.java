package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.AlertListener;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.model.Alert;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands transitions to listeners in the order they happened, never while the engine holds its lock. Transitions
 * are posted under the engine's lock, which fixes their order; one thread at a time then delivers the queue, so a
 * listener that stores alerts never sees an older state after a newer one.
 */
public final class TransitionOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(TransitionOutbox.class);

    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<Posted> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock delivering = new ReentrantLock();

    public void addListener(AlertListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(AlertListener listener) {
        listeners.remove(listener);
    }

    /** Queues a transition; called under the engine's lock. */
    public void post(AlertTransition transition, Alert alert) {
        queue.add(new Posted(transition, alert));
    }

    /**
     * Delivers everything queued, unless another thread is delivering already (it will deliver these too).
     * Called without the engine's lock.
     */
    public void deliver() {
        while (!queue.isEmpty() && delivering.tryLock()) {
            try {
                Posted p;
                while ((p = queue.poll()) != null) {
                    tell(p);
                }
            } finally {
                delivering.unlock();
            }
        }
    }

    private void tell(Posted p) {
        for (AlertListener l : listeners) {
            try {
                l.onTransition(p.transition, p.alert);
            } catch (RuntimeException e) {
                LOG.warn("alert listener {} failed on {} of alert {}: {}", l, p.transition.change(),
                        p.transition.alertId(), e.toString(), e);
            }
        }
    }

    private record Posted(AlertTransition transition, Alert alert) {
    }
}
