package io.breakerboard.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs simulated workers in turns on a {@link VirtualClock}. Each worker is a plain thread running plain
 * blocking code; when it sleeps, the worker due earliest gets the turn and the clock jumps to its wake-up
 * time. One thread runs at a time, in an order fixed by (wake-up time, arrival order), so the outcome does not
 * depend on the operating system's thread scheduling.
 *
 * <p>Workers must not sleep while holding a lock another worker may need: the other worker cannot run until
 * the sleeper gets its turn back. Non-blocking permits (bulkheads with no wait) are fine.
 */
public final class VirtualScheduler {
    private final VirtualClock clock;
    private final PriorityQueue<Worker> due = new PriorityQueue<>();
    private final ThreadLocal<Worker> current = new ThreadLocal<>();
    private long arrivals;
    private Worker running;
    private int active;

    VirtualScheduler(VirtualClock clock) {
        this.clock = clock;
    }

    /** Workers started and not finished yet. */
    public synchronized int active() {
        return active;
    }

    /**
     * Starts {@code body} as a worker on a new daemon thread. It runs when its turn comes, at the current
     * virtual time. The future completes when the body returns or throws.
     */
    public CompletableFuture<Void> spawn(String name, Runnable body) {
        return spawnAll(name, List.of(body)).get(0);
    }

    /**
     * Starts several workers at once: all are queued before any of them runs, so their order (the order of the
     * list) does not depend on how fast the caller's loop is.
     */
    public List<CompletableFuture<Void>> spawnAll(String namePrefix, List<Runnable> bodies) {
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Worker w = new Worker();
            Runnable body = bodies.get(i);
            Thread t = new Thread(() -> run(w, body, done), bodies.size() == 1 ? namePrefix : namePrefix + "-" + i);
            t.setDaemon(true);
            w.thread = t;
            futures.add(done);
            threads.add(t);
            workers.add(w);
        }
        synchronized (this) {
            for (Worker w : workers) {
                active++;
                w.wake = clock.nanos();
                w.order = arrivals++;
                due.add(w);
            }
            if (running == null) {
                handOff();
            }
        }
        threads.forEach(Thread::start);
        return futures;
    }

    private void run(Worker w, Runnable body, CompletableFuture<Void> done) {
        current.set(w);
        w.awaitTurn();
        Throwable failure = null;
        try {
            body.run();
        } catch (Throwable e) {
            failure = e;
        } finally {
            current.remove();
            leave();
        }
        if (failure == null) {
            done.complete(null);
        } else {
            done.completeExceptionally(failure);
        }
    }

    void sleep(long nanos) {
        Worker w = current.get();
        if (w == null) {
            clock.advanceTo(clock.nanos() + nanos);
            return;
        }
        synchronized (this) {
            long wake = clock.nanos() + nanos;
            Worker head = due.peek();
            if (head == null || wake < head.wake) {
                clock.advanceTo(wake);
                return;
            }
            w.wake = wake;
            w.order = arrivals++;
            w.go = false;
            due.add(w);
            handOff();
        }
        w.awaitTurn();
    }

    private synchronized void leave() {
        active--;
        handOff();
    }

    private void handOff() {
        Worker next = due.poll();
        running = next;
        if (next != null) {
            clock.advanceTo(next.wake);
            next.go = true;
            LockSupport.unpark(next.thread);
        }
    }

    private static final class Worker implements Comparable<Worker> {
        long wake;
        long order;
        volatile boolean go;
        Thread thread;

        void awaitTurn() {
            while (!go) {
                LockSupport.park(this);
            }
        }

        @Override
        public int compareTo(Worker o) {
            int c = Long.compare(wake, o.wake);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }
}
