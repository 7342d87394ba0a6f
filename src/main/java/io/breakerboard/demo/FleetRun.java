package io.breakerboard.demo;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.Redactor;
import io.breakerboard.pipeline.ExecutionSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * The demo fleet run by the engine on a virtual clock: executions arrive over {@link Arrivals#SPAN} as the working
 * day rises and falls, each runs through {@link ExecutionRunner} (tasks, tools, models, reliability, guards and
 * memory as the engine's own runs), side by side in virtual time, while the {@link Incidents} are chaos faults
 * on that time. The same seed and start give the same executions; a later start, the same executions later.
 */
final class FleetRun {
    private final long seed;
    private final Duration shift;

    /** @param shift moves the whole run (arrivals and incidents) in time; contents stay the same */
    FleetRun(long seed, Duration shift) {
        this.seed = seed;
        this.shift = shift;
    }

    /**
     * Runs {@code count} executions keyed by {@code key} (given the arrival's number, from 1) and returns them in
     * start order, as a log file holds them ({@link AsLogged}).
     */
    List<Execution> run(int count, LongFunction<String> key) {
        VirtualClock clock = new VirtualClock(Arrivals.FROM.plus(shift));
        EngineRuntime rt = Engine.builder(clock, DISCARD, Redactor.DEFAULT).runtime();
        rt.caller().interceptor(Incidents.injector(clock, Arrivals.FROM.plus(shift)));
        Arrivals arrivals = new Arrivals(Seeds.mix(seed, "arrivals"), count);
        int totalWeight = DemoFleet.agents().stream().mapToInt(DemoFleet.DemoAgent::weight).sum();
        ExecutionSpec[] specs = new ExecutionSpec[count];
        Instant[] starts = new Instant[count];
        for (int i = 0; i < count; i++) {
            starts[i] = arrivals.next().plus(shift);
            specs[i] = spec(key.apply(i + 1), Seeds.mix(seed, i + 1), totalWeight);
        }
        List<Execution> run = new ArrayList<>(count);
        for (Execution e : runAll(clock, new ExecutionRunner(rt), specs, starts)) {
            run.add(AsLogged.of(e));
        }
        return run;
    }

    private static List<Execution> runAll(VirtualClock clock, ExecutionRunner runner, ExecutionSpec[] specs,
                                            Instant[] starts) {
        Execution[] done = new Execution[specs.length];
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        // One dispatcher starts each execution at its arrival, so only executions that overlap hold a thread.
        CompletableFuture<Void> dispatcher = clock.scheduler().spawn("demo-dispatch", () -> {
            for (int i = 0; i < specs.length; i++) {
                int n = i;
                clock.sleepUntil(starts[n]);
                CompletableFuture<Void> w = clock.scheduler().spawn("demo-" + n, () -> done[n] = runner.run(specs[n]));
                synchronized (workers) {
                    workers.add(w);
                }
            }
        });
        dispatcher.join();
        synchronized (workers) {
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        }
        List<Execution> sorted = new ArrayList<>(Arrays.asList(done));
        sorted.sort(Comparator.comparing(Execution::startedAt).thenComparing(Execution::key));
        return sorted;
    }

    private static ExecutionSpec spec(String key, long seed, int totalWeight) {
        SplittableRandom r = new SplittableRandom(seed);
        DemoFleet.DemoAgent agent = pick(r.nextInt(totalWeight));
        String instance = agent.spec().name() + "-" + (1 + r.nextInt(agent.spec().instances()));
        String user = String.format(Locale.ROOT, "u-%04d", 1 + r.nextInt(400));
        return new ExecutionSpec(key, agent.spec(), instance, agent.pattern().id(),
                TaskCatalog.generate(agent.pattern().domain(), Seeds.mix(seed, "task")), Seeds.mix(seed, "execution"),
                user, "sess-" + key);
    }

    private static DemoFleet.DemoAgent pick(int u) {
        for (DemoFleet.DemoAgent a : DemoFleet.agents()) {
            u -= a.weight();
            if (u < 0) {
                return a;
            }
        }
        throw new IllegalStateException("weight beyond the fleet's total");
    }

    private static final ExecutionSink DISCARD = new ExecutionSink() {
        @Override
        public int write(List<Execution> batch) {
            return 0;
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) {
        }

        @Override
        public void flush() {
        }
    };
}
