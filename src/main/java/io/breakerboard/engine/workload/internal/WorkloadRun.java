package io.breakerboard.engine.workload.internal;

import io.breakerboard.engine.Workload;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One running workload: its workers take arrivals in order, wait for each arrival's time, place it on an agent
 * instance and run it. An arrival that finds every instance full or unhealthy waits in a bounded queue until one
 * has room; when the queue is full it is turned away and counted, never dropped unseen. Stopping lets running
 * executions finish; arrivals still queued then are counted as turned away.
 */
public final class WorkloadRun {
    private static final Logger LOG = Logger.getLogger(WorkloadRun.class.getName());
    /** How often a queued arrival looks for an instance with room, in engine time. */
    static final Duration QUEUE_POLL = Duration.ofMillis(250);

    private final Workload workload;
    private final EngineClock clock;
    private final ExecutionRunner runner;
    private final AgentPools pools;
    private final EngineCounters counters;
    private final ExecutionPublisher publisher;
    private final ArrivalSchedule schedule;
    private final LoadBalancer balancer;
    private final String keyPrefix;
    private final Consumer<Execution> observer;
    private volatile boolean stopped;

    public WorkloadRun(Workload workload, EngineClock clock, ExecutionRunner runner, AgentPools pools,
                       EngineCounters counters, ExecutionPublisher publisher) {
        this(workload, clock, runner, pools, counters, publisher, e -> { });
    }

    /**
     * @param observer told of every execution of this workload as it finishes, on the worker that ran it and
     *                 before the execution is handed to the sink; it must be quick and thread-safe
     */
    public WorkloadRun(Workload workload, EngineClock clock, ExecutionRunner runner, AgentPools pools,
                       EngineCounters counters, ExecutionPublisher publisher, Consumer<Execution> observer) {
        this.observer = observer;
        this.workload = workload;
        this.clock = clock;
        this.runner = runner;
        this.pools = pools;
        this.counters = counters;
        this.publisher = publisher;
        Instant start = clock.now();
        this.schedule = new ArrivalSchedule(workload, start);
        this.balancer = workload.balancing().create();
        this.keyPrefix = "engine-" + Long.toHexString(workload.seed()) + "-" + start.toEpochMilli() + "-";
    }

    public Workload workload() {
        return workload;
    }

    public boolean stopped() {
        return stopped;
    }

    public void stop() {
        stopped = true;
        synchronized (this) {
            notifyAll();
        }
    }

    /** The body of one worker; returns when the workload ends or is stopped. */
    public void work() {
        while (!stopped) {
            Arrival a = schedule.next();
            if (a == null || !waitUntil(a.at())) {
                return;
            }
            run(a);
        }
    }

    private void run(Arrival a) {
        Optional<AgentInstance> placed = place(a);
        if (placed.isEmpty()) {
            if (!counters.enqueue(pools.queueCapacity())) {
                LOG.log(Level.FINE, "arrival " + a.number() + " of " + a.agent().name() + " turned away: the queue is full");
                return;
            }
            while (placed.isEmpty() && !stopped) {
                clock.sleep(QUEUE_POLL);
                placed = place(a);
            }
            counters.dequeue(placed.isPresent());
            if (placed.isEmpty()) {
                return;
            }
        }
        AgentInstance instance = placed.get();
        ExecutionSpec spec = new ExecutionSpec(keyPrefix + a.number(), a.agent(), instance.id(), a.pattern().id(),
                TaskCatalog.generate(a.pattern().domain(), a.taskSeed()), a.seed(), a.userId(),
                "sess-" + Long.toHexString(Seeds.mix(a.seed(), keyPrefix)));
        instance.acquire();
        counters.started();
        Execution e;
        try {
            e = runner.run(spec);
        } catch (RuntimeException ex) {
            counters.abandoned();
            instance.release(ex instanceof java.util.concurrent.CancellationException);
            if (ex instanceof java.util.concurrent.CancellationException) {
                LOG.log(Level.FINE, "engine execution " + spec.key() + " interrupted by closing; its checkpoint is kept");
            } else {
                LOG.log(Level.WARNING, "engine execution " + spec.key() + " ended abnormally; its checkpoint is kept", ex);
            }
            return;
        }
        instance.release(!AgentInstance.infrastructureFailure(e.outcome(), e.errorKind()));
        counters.finished(e);
        observer.accept(e);
        publisher.publish(e);
    }

    /** An instance of the arrival's agent with room, by the workload's strategy; empty when every one is full or down. */
    private Optional<AgentInstance> place(Arrival a) {
        return balancer.pick(pools.of(a.agent().name()), new SplittableRandom(Seeds.mix(a.seed(), "balance")));
    }

    /** Waits for an arrival; false when stopped meanwhile. */
    private boolean waitUntil(Instant at) {
        if (clock instanceof VirtualClock) {
            clock.sleepUntil(at);
            return !stopped;
        }
        synchronized (this) {
            while (!stopped) {
                long millis = Duration.between(clock.now(), at).toMillis();
                if (millis <= 0) {
                    return true;
                }
                try {
                    wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }
}
