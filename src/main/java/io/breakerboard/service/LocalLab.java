package io.breakerboard.service;

import io.breakerboard.job.Job;
import io.breakerboard.lab.BenchmarkSettings;
import io.breakerboard.lab.CostBreakdown;
import io.breakerboard.lab.CostExperiment;
import io.breakerboard.lab.LabCsv;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.LabRunRepository;
import io.breakerboard.lab.LabTables;
import io.breakerboard.lab.PatternBenchmark;
import io.breakerboard.lab.ReplayScenario;
import io.breakerboard.lab.TrafficReplay;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The lab of a workspace: runs on the workspace's job threads, runs kept in its database. */
public final class LocalLab implements LabControl {
    private final LabRunRepository runs;
    private final Executor jobs;
    private final UnaryOperator<String> redactor;
    private final Clock clock;
    private final IntFunction<List<Execution>> recorded;
    private final BiFunction<MetricsFilter, Integer, List<Execution>> recordedIn;

    /** @param recorded the newest n recorded executions, with their steps */
    public LocalLab(LabRunRepository runs, IntFunction<List<Execution>> recorded, Executor jobs,
                    UnaryOperator<String> redactor, Clock clock) {
        this(runs, recorded, (filter, n) -> recorded.apply(n), jobs, redactor, clock);
    }

    /**
     * @param recorded   the newest n recorded executions, with their steps
     * @param recordedIn the newest n recorded executions a filter selects, with their steps
     */
    public LocalLab(LabRunRepository runs, IntFunction<List<Execution>> recorded,
                    BiFunction<MetricsFilter, Integer, List<Execution>> recordedIn, Executor jobs,
                    UnaryOperator<String> redactor, Clock clock) {
        this.runs = runs;
        this.recorded = recorded;
        this.recordedIn = recordedIn;
        this.jobs = jobs;
        this.redactor = redactor;
        this.clock = clock;
    }

    @Override
    public Job<LabRun> benchmarkPatterns(BenchmarkSettings settings, IntConsumer progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        return job("Pattern benchmark (seed " + settings.seed() + ")", cancelled,
                () -> new PatternBenchmark(clock).run(settings, progress, cancelled::get));
    }

    @Override
    public Job<LabRun> compareCost(CostExperiment.Settings settings, IntConsumer progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        return job("Cost before / after (seed " + settings.seed() + ")", cancelled,
                () -> new CostExperiment(clock).run(settings, progress, cancelled::get));
    }

    @Override
    public Job<LabRun> costBreakdown(int recent) {
        if (recent < 1) {
            throw new IllegalArgumentException("the breakdown needs at least 1 execution, got " + recent);
        }
        return job("Cost breakdown of " + recent + " executions", new AtomicBoolean(),
                () -> CostBreakdown.of(recorded.apply(recent), clock.instant()));
    }

    @Override
    public Job<LabRun> replay(ReplaySelection selection, ReplayScenario scenario, IntConsumer progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        return job("What-if replay (seed " + scenario.seed() + ")", cancelled, () -> {
            List<Execution> chosen = recordedIn.apply(selection.filter(), selection.limit()).stream()
                    .filter(selection::includes).toList();
            return new TrafficReplay(clock).run(chosen, scenario, progress, cancelled::get);
        });
    }

    private Job<LabRun> job(String title, AtomicBoolean cancelled, Supplier<LabRun> body) {
        CompletableFuture<LabRun> result = CompletableFuture.supplyAsync(() -> {
            LabRun r = body.get();
            runs.save(r);
            return r;
        }, jobs);
        return new Job<>(title, result, () -> cancelled.set(true));
    }

    @Override
    public List<LabRun> runs(int limit) {
        return runs.recent(limit);
    }

    @Override
    public Optional<LabRun> run(String id) {
        return runs.find(id);
    }

    @Override
    public void export(String runId, ReportFormat format, Path target) {
        LabRun r = runs.find(runId).orElseThrow(() -> new IllegalArgumentException("no lab run with id " + runId));
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (format == ReportFormat.CSV) {
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    new LabCsv(redactor).write(r, w);
                }
            } else {
                Files.writeString(target, redactor.apply(LabTables.markdown(r)), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }
}
