package io.breakerboard.ui.testing;

import io.breakerboard.chaos.ActiveFault;
import io.breakerboard.chaos.ChaosCatalog;
import io.breakerboard.chaos.ClassicExperiments;
import io.breakerboard.chaos.Experiment;
import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentJson;
import io.breakerboard.chaos.ExperimentProgress;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.FaultEvent;
import io.breakerboard.chaos.FaultInjector;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.MarkdownReport;
import io.breakerboard.chaos.ReportColumns;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.export.CsvExporter;
import io.breakerboard.export.ExportControl;
import io.breakerboard.job.Job;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.service.ReportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Chaos control for window tests: a real fault injector on a virtual clock the test moves, the classic and saved
 * experiments read and checked like the real ones, and experiment runs the test drives by hand.
 */
public final class FakeChaosControl implements ChaosControl {
    private final VirtualClock clock;
    private final FaultInjector injector;
    private final Map<String, String> saved = new TreeMap<>();
    private final List<ExperimentReport> reports = new CopyOnWriteArrayList<>();
    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private volatile boolean traffic;

    /** A run the test finishes: it reports progress and completes or fails the job. */
    public record Run(String experiment, Consumer<ExperimentProgress> progress, CompletableFuture<ExperimentReport> result,
                      AtomicBoolean cancelRequested) {
    }

    public FakeChaosControl(Instant start) {
        this.clock = new VirtualClock(start);
        this.injector = new FaultInjector(clock, ChaosCatalog.standard());
    }

    /**
     * A chaos control with a past: three faults over the last hours (so the dashboard's time charts carry their
     * markers) and the report of each classic experiment, run for real on a private engine on virtual time.
     */
    public static FakeChaosControl demo(Instant now) {
        FakeChaosControl c = withPastFaults(now);
        for (Experiment x : ClassicExperiments.all()) {
            VirtualClock virtual = new VirtualClock(now.minus(Duration.ofMinutes(30)));
            try (io.breakerboard.engine.Engine engine = io.breakerboard.engine.Engine.builder(virtual,
                    new io.breakerboard.engine.ListSink(), s -> s).build()) {
                FaultInjector faults = new FaultInjector(virtual, ChaosCatalog.standard());
                engine.interceptor(faults);
                c.addReport(new io.breakerboard.chaos.ExperimentRunner(engine, faults, virtual).run(x, p -> { }, () -> false));
            }
        }
        return c;
    }

    /** Three faults that started and ended over the five hours before {@code now}: tool down, latency, outage. */
    public static FakeChaosControl withPastFaults(Instant now) {
        FakeChaosControl c = new FakeChaosControl(now.minus(Duration.ofHours(5)));
        c.advance(Duration.ofMinutes(60));
        c.inject(FaultSpec.of(io.breakerboard.chaos.FaultKind.TOOL_DOWN, io.breakerboard.chaos.FaultTarget.tool("get_pod_logs"),
                Duration.ofMinutes(25)));
        c.advance(Duration.ofMinutes(90));
        c.inject(FaultSpec.of(io.breakerboard.chaos.FaultKind.LATENCY, io.breakerboard.chaos.FaultTarget.model("swift-mini"),
                Duration.ofMinutes(20)));
        c.advance(Duration.ofMinutes(100));
        c.inject(FaultSpec.of(io.breakerboard.chaos.FaultKind.MODEL_OUTAGE, io.breakerboard.chaos.FaultTarget.model("atlas-pro"),
                Duration.ofMinutes(15)));
        c.advance(Duration.between(c.clock.now(), now));
        return c;
    }

    /** Moves the clock faults roll back on. */
    public void advance(Duration d) {
        clock.advance(d);
    }

    public void setTrafficRunning(boolean running) {
        traffic = running;
    }

    public List<Run> runs() {
        return runs;
    }

    public void addReport(ExperimentReport r) {
        reports.add(0, r);
    }

    @Override
    public ChaosCatalog catalog() {
        return ChaosCatalog.standard();
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
        return traffic;
    }

    @Override
    public synchronized List<ExperimentEntry> experiments() {
        List<ExperimentEntry> out = new ArrayList<>();
        ClassicExperiments.all().forEach(x -> out.add(new ExperimentEntry(x, true)));
        saved.values().forEach(json -> out.add(new ExperimentEntry(ExperimentJson.read(json, "saved", catalog()), false)));
        return out;
    }

    @Override
    public String experimentJson(String name, String renamedTo) {
        Experiment x = experiments().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().experiment();
        if (renamedTo != null) {
            x = new Experiment(renamedTo, x.description(), x.seed(), x.steadyState(), x.hypothesis(), x.method(), x.guards(),
                    x.rollbacks());
        }
        return ExperimentJson.write(x);
    }

    @Override
    public synchronized Experiment saveExperiment(String json) {
        Experiment x = ExperimentJson.read(json, "the experiment", catalog());
        if (ClassicExperiments.isClassic(x.name())) {
            throw new IllegalArgumentException("the experiment: name '" + x.name() + "' belongs to a classic experiment");
        }
        saved.put(x.name(), json);
        return x;
    }

    @Override
    public synchronized boolean deleteExperiment(String name) {
        if (ClassicExperiments.isClassic(name)) {
            throw new IllegalArgumentException("'" + name + "' is a classic experiment and cannot be deleted");
        }
        return saved.remove(name) != null;
    }

    @Override
    public Job<ExperimentReport> run(String name, Consumer<ExperimentProgress> progress) {
        if (runs.stream().anyMatch(r -> !r.result().isDone())) {
            throw new IllegalStateException("an experiment is running; wait for it or cancel it");
        }
        Run run = new Run(name, progress, new CompletableFuture<>(), new AtomicBoolean());
        runs.add(run);
        return new Job<>("Experiment " + name, run.result(), () -> run.cancelRequested().set(true));
    }

    @Override
    public List<ExperimentReport> reports(int limit) {
        return reports.stream().limit(limit).toList();
    }

    @Override
    public void exportReport(String reportId, ReportFormat format, Path target) {
        ExperimentReport r = reports.stream().filter(x -> x.id().equals(reportId)).findFirst().orElseThrow();
        try {
            if (format == ReportFormat.CSV) {
                new CsvExporter().writeTable(ReportColumns.all(), r.rows(), target, ExportControl.NONE);
            } else {
                Files.writeString(target, new MarkdownReport(s -> s).render(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
