package io.breakerboard.service;

import io.breakerboard.chaos.ActiveFault;
import io.breakerboard.chaos.ChaosCatalog;
import io.breakerboard.chaos.ClassicExperiments;
import io.breakerboard.chaos.Experiment;
import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentJson;
import io.breakerboard.chaos.ExperimentProgress;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentRepository;
import io.breakerboard.chaos.ExperimentRunner;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.FaultEvent;
import io.breakerboard.chaos.FaultInjector;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.MarkdownReport;
import io.breakerboard.chaos.ReportColumns;
import io.breakerboard.chaos.ReportRepository;
import io.breakerboard.engine.Engine;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.export.CsvExporter;
import io.breakerboard.export.ExportControl;
import io.breakerboard.job.Job;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The chaos panel's side of a workspace: a fault injector installed on the workspace's one engine (the engine the
 * Engine and Reliability panels show), the experiment runner on that engine, and the stores of saved experiments
 * and reports. One experiment runs at a time, and only while no other workload runs: it holds the engine
 * ({@link LocalEngine#hold}) for its whole length, so its probes judge its own traffic alone.
 */
public final class LocalChaosControl implements ChaosControl, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LocalChaosControl.class.getName());

    private final LocalEngine engine;
    private final FaultInjector injector;
    private final ExperimentRunner runner;
    private final ExperimentRepository experiments;
    private final ReportRepository reports;
    private final ChaosCatalog catalog;
    private final Executor jobs;
    private final UnaryOperator<String> redactor;
    private final Clock clock;
    private final AtomicReference<String> running = new AtomicReference<>();
    private final AtomicBoolean cancelRunning = new AtomicBoolean();

    /**
     * Installs a new fault injector on {@code engine}, running on the engine's own clock.
     *
     * @param jobs     where experiments run (each blocks a thread for its length)
     * @param redactor masks secrets in exported reports
     * @param clock    stamps saved experiments
     */
    public LocalChaosControl(LocalEngine engine, ExperimentRepository experiments, ReportRepository reports,
                             Executor jobs, UnaryOperator<String> redactor, Clock clock) {
        Engine core = engine.engine();
        EngineClock engineClock = core.clock();
        this.engine = engine;
        this.catalog = ChaosCatalog.standard();
        this.injector = new FaultInjector(engineClock, catalog);
        this.runner = new ExperimentRunner(core, injector, engineClock);
        this.experiments = experiments;
        this.reports = reports;
        this.jobs = jobs;
        this.redactor = redactor;
        this.clock = clock;
        core.interceptor(injector);
    }

    @Override
    public ChaosCatalog catalog() {
        return catalog;
    }

    @Override
    public ActiveFault inject(FaultSpec spec) {
        return injector.inject(spec);
    }

    @Override
    public List<ActiveFault> activeFaults() {
        return injector.active();
    }

    @Override
    public boolean remove(String faultId) {
        return injector.remove(faultId).isPresent();
    }

    @Override
    public int stopAll() {
        return injector.stopAll().size();
    }

    @Override
    public List<FaultEvent> faultEvents() {
        return injector.events();
    }

    @Override
    public boolean trafficRunning() {
        return engine.stats().running();
    }

    @Override
    public List<ExperimentEntry> experiments() {
        List<ExperimentEntry> out = new ArrayList<>();
        ClassicExperiments.all().forEach(x -> out.add(new ExperimentEntry(x, true)));
        for (Map.Entry<String, String> saved : experiments.all().entrySet()) {
            try {
                out.add(new ExperimentEntry(ExperimentJson.read(saved.getValue(), "saved experiment '" + saved.getKey()
                        + "'", catalog), false));
            } catch (IllegalArgumentException e) {
                // One experiment that no longer reads (say, a tool was renamed) must not hide the others.
                LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; it is left out of the list");
            }
        }
        return out;
    }

    @Override
    public String experimentJson(String name, String renamedTo) {
        Experiment x = find(name);
        if (renamedTo != null) {
            x = new Experiment(renamedTo, x.description(), x.seed(), x.steadyState(), x.hypothesis(), x.method(),
                    x.guards(), x.rollbacks());
        }
        return ExperimentJson.write(x);
    }

    @Override
    public Experiment saveExperiment(String json) {
        Experiment x = ExperimentJson.read(json, "the experiment", catalog);
        if (ClassicExperiments.isClassic(x.name())) {
            throw new IllegalArgumentException("the experiment: name '" + x.name() + "' belongs to a classic experiment;"
                    + " choose another name");
        }
        experiments.save(x.name(), json, clock.instant());
        return x;
    }

    @Override
    public boolean deleteExperiment(String name) {
        if (ClassicExperiments.isClassic(name)) {
            throw new IllegalArgumentException("'" + name + "' is a classic experiment and cannot be deleted");
        }
        return experiments.delete(name);
    }

    @Override
    public Job<ExperimentReport> run(String name, Consumer<ExperimentProgress> progress) {
        Experiment x = find(name);
        if (!running.compareAndSet(null, x.name())) {
            throw new IllegalStateException("experiment '" + running.get() + "' is running; wait for it or cancel it");
        }
        LocalEngine.Hold hold;
        try {
            hold = engine.hold("experiment '" + x.name() + "'");
        } catch (IllegalStateException e) {
            running.set(null);
            throw new IllegalStateException("Experiment '" + x.name() + "' brings its own traffic and needs the engine to"
                    + " itself, but " + e.getMessage(), e);
        }
        cancelRunning.set(false);
        CompletableFuture<ExperimentReport> result = new CompletableFuture<>();
        result.whenComplete((r, t) -> {
            if (result.isCancelled()) {
                cancelRunning.set(true);
            }
        });
        jobs.execute(() -> {
            ExperimentReport report = null;
            Throwable failure = null;
            try {
                report = runner.run(x, progress, cancelRunning::get);
                reports.save(report);
            } catch (Throwable t) {
                failure = t;
            } finally {
                // Given back before anyone hears of the end, so a new run or workload may start at once.
                hold.close();
                running.set(null);
            }
            if (failure != null) {
                result.completeExceptionally(failure);
            } else if (report.status() == ExperimentStatus.CANCELLED) {
                result.completeExceptionally(new CancellationException("experiment '" + x.name()
                        + "' cancelled; its faults were rolled back and its report saved"));
            } else {
                result.complete(report);
            }
        });
        return new Job<>("Experiment " + x.name(), result, () -> cancelRunning.set(true));
    }

    @Override
    public List<ExperimentReport> reports(int limit) {
        return reports.recent(limit);
    }

    @Override
    public void exportReport(String reportId, ReportFormat format, Path target) {
        ExperimentReport r = reports.find(reportId)
                .orElseThrow(() -> new IllegalArgumentException("no experiment report with id " + reportId));
        try {
            if (format == ReportFormat.CSV) {
                new CsvExporter(redactor).writeTable(ReportColumns.all(), r.rows(), target, ExportControl.NONE);
            } else {
                Path dir = target.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                Files.writeString(target, new MarkdownReport(redactor).render(r), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }

    private Experiment find(String name) {
        for (ExperimentEntry e : experiments()) {
            if (e.name().equals(name)) {
                return e.experiment();
            }
        }
        throw new IllegalArgumentException("no experiment named '" + name + "'");
    }

    /** Asks a running experiment to stop and removes every fault. */
    @Override
    public void close() {
        cancelRunning.set(true);
        injector.stopAll();
    }
}
