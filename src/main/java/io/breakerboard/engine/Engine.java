package io.breakerboard.engine;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.engine.reliability.CallInterceptor;
import io.breakerboard.engine.reliability.ReliabilitySettings;
import io.breakerboard.engine.reliability.ReliabilitySnapshot;
import io.breakerboard.engine.reliability.internal.WrappingOrder;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.engine.workload.InstanceLoad;
import io.breakerboard.engine.workload.internal.AgentInstance;
import io.breakerboard.engine.workload.internal.AgentPools;
import io.breakerboard.engine.workload.internal.EngineCounters;
import io.breakerboard.engine.workload.internal.ExecutionPublisher;
import io.breakerboard.engine.workload.internal.WorkloadRun;
import io.breakerboard.job.Job;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The local agent engine: runs simulated agents under the reliability layers and hands every finished
 * execution to the pipeline's sink. No call blocks the caller: workloads, single runs and resumes run on the
 * engine's own threads (on a {@link VirtualClock}, as turn-taking workers of its scheduler, so a day of traffic
 * takes seconds and a seed gives the same executions every time).
 */
public final class Engine implements AutoCloseable {
    private final EngineClock clock;
    private final EngineRuntime rt;
    private final ExecutionRunner runner;
    private final ExecutionPublisher publisher;
    private final EngineCounters counters;
    private final AgentPools pools;
    private final ExecutorService threads;
    private volatile WorkloadRun current;
    private volatile ShutdownReport lastShutdown;

    Engine(EngineRuntime rt, ExecutionPublisher publisher, BalancerSettings balancer) {
        this.clock = rt.clock();
        this.rt = rt;
        this.runner = new ExecutionRunner(rt);
        this.publisher = publisher;
        this.counters = new EngineCounters(clock);
        this.pools = new AgentPools(clock, balancer);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "engine-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A builder with the required parts.
     *
     * @param clock    real time in the application, a {@link VirtualClock} in tests and benchmarks
     * @param sink     where finished executions go
     * @param redactor masks secrets in step text and audit lines (wire the shared redactor here)
     */
    public static EngineBuilder builder(EngineClock clock, io.breakerboard.pipeline.ExecutionSink sink,
                                        java.util.function.UnaryOperator<String> redactor) {
        return new EngineBuilder(clock, sink, redactor);
    }

    /**
     * Starts a workload. Returns at once; the job completes with the final counters when the workload's duration
     * is over (or it was stopped) and every execution reached the sink.
     *
     * @throws IllegalStateException when a workload is already running
     */
    public synchronized Job<EngineStats> start(Workload workload) {
        return start(workload, e -> { });
    }

    /**
     * As {@link #start(Workload)}, telling {@code observer} of each execution of this workload as it finishes
     * (on the engine worker that ran it, before the sink gets it): how a chaos experiment reads the executions
     * of its own traffic. The observer must be quick and thread-safe.
     *
     * @throws IllegalStateException when a workload is already running
     */
    public synchronized Job<EngineStats> start(Workload workload, java.util.function.Consumer<Execution> observer) {
        if (running()) {
            throw new IllegalStateException("a workload is already running; stop it before starting another");
        }
        WorkloadRun run = new WorkloadRun(workload, clock, runner, pools, counters, publisher, observer);
        current = run;
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        List<Runnable> bodies = java.util.Collections.nCopies(workload.concurrency(), run::work);
        if (clock instanceof VirtualClock v) {
            workers.addAll(v.scheduler().spawnAll("engine-worker", bodies));
        } else {
            for (Runnable body : bodies) {
                workers.add(CompletableFuture.runAsync(body, threads));
            }
        }
        CompletableFuture<EngineStats> done = CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new))
                .thenApplyAsync(v -> {
                    publisher.awaitDrained();
                    synchronized (this) {
                        if (current == run) {
                            current = null;
                        }
                    }
                    return stats();
                }, threads);
        return new Job<>("Engine workload (seed " + workload.seed() + ")", done, run::stop);
    }

    /** Stops the running workload; running executions finish, no new ones start. */
    public void stop() {
        WorkloadRun run = current;
        if (run != null) {
            run.stop();
        }
    }

    public boolean running() {
        WorkloadRun run = current;
        return run != null && !run.stopped();
    }

    public EngineStats stats() {
        return counters.snapshot(running(), pools.loads());
    }

    /** Every circuit breaker now; lighter than {@link #reliability()}, for polling every second. */
    public List<io.breakerboard.engine.reliability.BreakerView> breakers() {
        return rt.registry().breakers();
    }

    /** The live reliability panel's data. */
    public ReliabilitySnapshot reliability() {
        return rt.registry().snapshot();
    }

    /** The wrapping order of every call, outermost first. */
    public List<String> wrappingOrder() {
        return WrappingOrder.LAYERS;
    }

    /** A manual breaker control; see {@link io.breakerboard.engine.reliability.ReliabilityRegistry#control}. */
    public void control(String breaker, BreakerCommand command) {
        rt.registry().control(breaker, command);
    }

    public ReliabilitySettings reliabilitySettings() {
        return rt.registry().settings();
    }

    public void updateReliability(ReliabilitySettings settings) {
        rt.registry().update(settings);
    }

    /** The clock everything in this engine runs on; a fault injector on this engine must use the same one. */
    public EngineClock clock() {
        return clock;
    }

    /** Installs the hook every model and tool attempt passes through (chaos faults); null removes it. */
    public void interceptor(CallInterceptor interceptor) {
        rt.caller().interceptor(interceptor);
    }

    /** The editable price table. */
    public PriceTable prices() {
        return rt.prices();
    }

    /** The balancer settings: strategy of the next workload, instance capacities and queue bound. */
    public BalancerSettings balancer() {
        return pools.settings();
    }

    /** Applies balancer settings: capacities and the queue bound at once, the strategy from the next workload. */
    public void balancer(BalancerSettings settings) {
        pools.apply(settings);
    }

    /** Every agent instance's load now. */
    public List<InstanceLoad> instanceLoads() {
        return pools.loads();
    }

    /** The instances of an agent, to mark one down or read its load. */
    public List<AgentInstance> instances(String agent) {
        return pools.of(agent);
    }

    /** Executions begun and not finished (cut short by a crash, or paused by the last close), oldest first. */
    public List<CheckpointHeader> unfinished() {
        return rt.checkpoints().unfinished();
    }

    /** Where the shared budgets stand: the engine today and this month, then each user who spent today. */
    public List<io.breakerboard.engine.guard.BudgetLine> budgets() {
        return rt.spend().lines();
    }

    /**
     * Resumes an unfinished execution in the background; it reaches the sink when done.
     *
     * @throws IllegalArgumentException when no unfinished execution has that key
     */
    public CompletableFuture<Execution> resume(String executionKey) {
        CheckpointHeader h = unfinished().stream().filter(c -> c.executionKey().equals(executionKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unfinished execution with key " + executionKey));
        return spawn("engine-resume", () -> tracked(() -> runner.resume(h)));
    }

    /**
     * Gives up an unfinished execution: its checkpoint is dropped and it will not be offered for resuming again.
     *
     * @throws IllegalArgumentException when no unfinished execution has that key
     */
    public void discard(String executionKey) {
        if (unfinished().stream().noneMatch(c -> c.executionKey().equals(executionKey))) {
            throw new IllegalArgumentException("no unfinished execution with key " + executionKey);
        }
        rt.checkpoints().finish(executionKey);
    }

    /** Runs one execution in the background, outside any workload. */
    public CompletableFuture<Execution> runOnce(String agent, PatternKind pattern, long seed) {
        ExecutionSpec spec = new ExecutionSpec("engine-once-" + Long.toHexString(seed) + "-" + clock.now().toEpochMilli(),
                AgentCatalog.get(agent), pools.of(agent).get(0).id(), pattern.id(),
                TaskCatalog.generate(pattern.domain(), Seeds.mix(seed, "task")), seed, "u-once",
                "sess-once-" + Long.toHexString(seed));
        return spawn("engine-once", () -> tracked(() -> runner.run(spec)));
    }

    /** Waits until every finished execution has reached the sink. For the command line and tests. */
    public void awaitPublished() {
        publisher.awaitDrained();
    }

    private Execution tracked(Supplier<Execution> run) {
        counters.started();
        Execution e;
        try {
            e = run.get();
        } catch (RuntimeException | Error ex) {
            counters.abandoned();
            throw ex;
        }
        counters.finished(e);
        publisher.publish(e);
        return e;
    }

    private <T> CompletableFuture<T> spawn(String name, Supplier<T> body) {
        if (clock instanceof VirtualClock v) {
            CompletableFuture<T> result = new CompletableFuture<>();
            v.scheduler().spawn(name, () -> result.complete(body.get())).whenComplete((x, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                }
            });
            return result;
        }
        return CompletableFuture.supplyAsync(body, threads);
    }

    /** How long a normal close waits for running executions to finish or reach a call boundary. */
    public static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    /**
     * Closes the engine, letting what runs end cleanly: no new execution starts, every running one stops at its
     * next call boundary (paused, with a complete checkpoint, continued at the next start) or finishes if it makes
     * no further call. After {@code grace} on the engine clock, executions still inside a call are cut short
     * and keep their checkpoints like after a crash. Then the finished executions reach the sink and the audit
     * log is closed.
     */
    public ShutdownReport shutdown(Duration grace) {
        stop();
        EngineStats before = counters.snapshot(false, pools.loads());
        int pausedBefore = rt.pause().paused();
        rt.pause().request();
        Instant deadline = clock.now().plus(grace);
        // A virtual clock may stand still while nothing runs; real time bounds the wait too, generously, since a
        // loaded machine may take seconds to bring an execution to its next call boundary.
        long realDeadline = System.nanoTime() + grace.plusSeconds(30).toNanos();
        // On a virtual clock nothing can be cut: its sleeps are not cancelled, so a call in flight ends (the clock
        // jumps to its end, possibly past the deadline) and the execution pauses at its next boundary at once in
        // real time. Giving up at the virtual deadline would only race that pause and report it as cut.
        boolean virtual = clock instanceof VirtualClock;
        int running = before.inFlight();
        try {
            while (running > 0 && (virtual || clock.now().isBefore(deadline)) && System.nanoTime() < realDeadline) {
                running = counters.awaitFewerRunning(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        EngineStats after = counters.snapshot(false, pools.loads());
        // An arrival a worker was already placing when arrivals stopped starts after the first count: it ran too.
        int ran = before.inFlight() + (int) (after.started() - before.started());
        ShutdownReport report = new ShutdownReport(ran, (int) (after.completed() - before.completed()),
                rt.pause().paused() - pausedBefore, after.inFlight(), grace);
        lastShutdown = report;
        closeNow();
        return report;
    }

    /** What the last {@link #shutdown} did; null before it. */
    public ShutdownReport lastShutdown() {
        return lastShutdown;
    }

    /** {@link #shutdown} with {@link #CLOSE_GRACE}. */
    @Override
    public void close() {
        if (lastShutdown == null) {
            shutdown(CLOSE_GRACE);
        }
    }

    private void closeNow() {
        clock.cancelSleeps();
        threads.shutdown();
        try {
            threads.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        threads.shutdownNow();
        rt.audit().close();
    }
}
