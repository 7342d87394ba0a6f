package io.breakerboard.cli;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancingStrategy;
import io.breakerboard.job.Job;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Units;
import io.breakerboard.service.Components;
import io.breakerboard.service.EngineChoice;
import io.breakerboard.service.EngineWorkload;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.UnfinishedExecution;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code engine run}: runs a workload of simulated agents into the data directory, like the window's Engine
 * panel, and prints the counters and the reliability summary. On virtual time an hour of traffic takes seconds
 * and the same seed gives the same executions.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a workload of simulated agents; executions are stored like imported ones.")
final class EngineRunCommand implements Callable<Integer> {
    static final long DEFAULT_EXECUTIONS = 100;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    static final class Length {
        @Option(names = "--executions", paramLabel = "N", description = "Stop after N executions arrived (default: "
                + DEFAULT_EXECUTIONS + ").")
        Long executions;

        @Option(names = "--minutes", paramLabel = "M", description = "Stop after M minutes of engine time.")
        Double minutes;
    }

    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @ArgGroup(exclusive = true)
    private Length length;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "60",
            description = "Executions arriving per minute, on average (default: ${DEFAULT-VALUE}).")
    private double rate;

    @Option(names = "--concurrency", paramLabel = "C", defaultValue = "8",
            description = "Executions running at once (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of everything random (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private EngineTimeOption time;

    @Mixin
    private ModelConfigOption model;

    @Option(names = "--agent", paramLabel = "NAME=WEIGHT", split = ",",
            description = "Weight of an agent (repeatable; default: every agent, weight 1).")
    private Map<String, Integer> agents;

    @Option(names = "--pattern", paramLabel = "ID=WEIGHT", split = ",",
            description = "Weight of an orchestration pattern (repeatable; default: every pattern, weight 1).")
    private Map<String, Integer> patterns;

    @Option(names = "--balancer", paramLabel = "STRATEGY",
            description = "How executions are spread over an agent's instances: round-robin, least-loaded, weighted "
                    + "or random (default: the stored setting, else round-robin). Kept for later runs and the window.")
    private String balancer;

    @Option(names = "--capacity", paramLabel = "N",
            description = "Executions one agent instance runs at once (default: the stored setting, else 16). Kept.")
    private Integer capacity;

    @Option(names = "--queue", paramLabel = "N",
            description = "Arrivals that may wait for an instance with room; more are turned away and counted "
                    + "(default: the stored setting, else 1000). Kept.")
    private Integer queue;

    @Option(names = "--resume",
            description = "First continue the executions an earlier run left unfinished (see 'engine unfinished').")
    private boolean resume;

    @Spec
    private CommandSpec spec;

    EngineRunCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        EngineClock clock = time.clock(components.clock());
        long started = System.nanoTime();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.location(), components, clock)) {
            LocalEngine engine = ws.engine();
            model.apply(engine, spec.commandLine(), System::getenv);
            ws.alerting().start(engine, clock.asClock());
            // Ctrl+C: running executions pause at their next call; the console says what became of them.
            Thread closeOnExit = new Thread(() -> {
                ws.close();
                if (engine.lastShutdown() != null) {
                    out.println(engine.lastShutdown().describe());
                    out.flush();
                }
            }, "breakerboard-engine-exit");
            Runtime.getRuntime().addShutdownHook(closeOnExit);
            EngineWorkload workload = workload(engine);
            applyBalancer(engine);
            if (resume) {
                List<UnfinishedExecution> left = engine.unfinished();
                out.printf(Locale.ROOT, "Resuming %s left unfinished by an earlier run%n", Units.count(left.size()));
                if (!left.isEmpty()) {
                    UnfinishedResumer.resume(engine, left, out);
                }
                out.flush();
            }
            long before = ws.dashboards().snapshot(MetricsFilter.all()).total().executions();
            Job<EngineStats> job;
            try {
                job = engine.start(workload);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            out.println(describe(workload));
            out.flush();
            EngineStats stats = await(job, engine, out);
            long stored = ws.dashboards().snapshot(MetricsFilter.all()).total().executions();
            printSummary(out, stats, stored - before, stored, Duration.ofNanos(System.nanoTime() - started));
            out.println();
            new EngineRunDetails(stats, engine.balancer(), engine.reliability().toolFees(),
                    engine.reliability().cache()).print(out);
            out.println();
            new ReliabilityReport(engine.reliability()).print(out);
            printBudgets(out, engine.budgets());
            out.flush();
            Runtime.getRuntime().removeShutdownHook(closeOnExit);
        }
        return 0;
    }

    private void applyBalancer(LocalEngine engine) {
        if (balancer == null && capacity == null && queue == null) {
            return;
        }
        BalancerSettings b = engine.balancer();
        try {
            if (balancer != null) {
                b = b.withStrategy(BalancingStrategy.parse(balancer));
            }
            if (capacity != null) {
                b = b.withInstanceCapacity(capacity);
            }
            if (queue != null) {
                b = b.withQueueCapacity(queue);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        engine.balancer(b);
    }

    private EngineWorkload workload(LocalEngine engine) {
        Long executions = length == null || length.minutes == null
                ? (length == null || length.executions == null ? DEFAULT_EXECUTIONS : length.executions) : null;
        Duration duration = null;
        if (length != null && length.minutes != null) {
            if (!(length.minutes > 0)) {
                throw new ParameterException(spec.commandLine(), "--minutes must be above 0, got " + length.minutes);
            }
            duration = Duration.ofMillis(Math.round(length.minutes * 60_000));
        }
        if (executions != null && executions < 1) {
            throw new ParameterException(spec.commandLine(), "--executions must be at least 1, got " + executions);
        }
        return new EngineWorkload(rate, concurrency, mix(agents, engine.agents()), mix(patterns, engine.patterns()),
                seed, duration, executions);
    }

    private static Map<String, Integer> mix(Map<String, Integer> given, List<EngineChoice> all) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        Map<String, Integer> even = new LinkedHashMap<>();
        all.forEach(c -> even.put(c.name(), 1));
        return even;
    }

    private String describe(EngineWorkload w) {
        String length = w.executions() != null ? String.format(Locale.ROOT, "%,d executions", w.executions())
                : Units.duration(w.duration()) + " of traffic";
        return String.format(Locale.ROOT, "Running %s on %s: %s per minute, %d at once, seed %d", length,
                time.virtual() ? "virtual time" : "real time (Ctrl+C stops; running executions pause at their next call,"
                        + " and 'engine resume --all' or 'engine run --resume' continues them)",
                Units.number(w.executionsPerMinute()), w.concurrency(), w.seed());
    }

    // Real time can take minutes: a line every few seconds shows it is alive.
    private static EngineStats await(Job<EngineStats> job, LocalEngine engine, PrintWriter out)
            throws InterruptedException {
        while (true) {
            try {
                return job.result().get(PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                EngineStats s = engine.stats();
                out.printf(Locale.ROOT, "  %,d running, %,d completed, %,d in the last minute%n", s.inFlight(),
                        s.completed(), s.perMinute());
                out.flush();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new IllegalStateException("the engine workload failed: " + cause.getMessage(), cause);
            }
        }
    }

    // Every shared budget of the engine; a user's line only when it reached its warning share.
    private static void printBudgets(PrintWriter out, List<BudgetLine> lines) {
        out.println();
        out.println("Budgets:");
        for (BudgetLine l : lines) {
            if (!l.scope().startsWith("user ") || l.warning()) {
                out.println("  " + l.describe());
            }
        }
    }

    private static void printSummary(PrintWriter out, EngineStats s, long added, long total, Duration real) {
        out.printf(Locale.ROOT, "Finished %,d executions: %,d success (%s), %,d partial, %,d failed; %,d tool calls%n",
                s.completed(), s.succeeded(), Units.percent(s.succeeded(), s.completed()), s.partial(), s.failed(),
                s.toolCalls());
        if (s.turnedAway() > 0) {
            out.printf(Locale.ROOT, "%,d arrivals were turned away: every instance was full or unhealthy and the queue "
                    + "was full (or the run stopped while they waited)%n", s.turnedAway());
        }
        out.printf(Locale.ROOT, "Stored %,d new executions (the data directory holds %,d); took %s of real time%n",
                added, total, Units.duration(real));
    }
}
