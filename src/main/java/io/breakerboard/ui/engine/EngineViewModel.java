package io.breakerboard.ui.engine;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancingStrategy;
import io.breakerboard.engine.workload.InstanceLoad;
import io.breakerboard.job.Job;
import io.breakerboard.model.Units;
import io.breakerboard.service.EngineChoice;
import io.breakerboard.service.EngineControl;
import io.breakerboard.service.EngineWorkload;
import io.breakerboard.ui.UiExecutor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Engine panel's state: the workload form (rate, concurrency, seed, how long, agent and pattern weights),
 * the commands start and stop, and the live counters the {@link EngineRefresher} brings. Lives on the FX thread.
 */
public final class EngineViewModel {
    private final EngineControl engine;
    private final UiExecutor ui;
    private final StringProperty rate = new SimpleStringProperty(this, "rate", "60");
    private final IntegerProperty concurrency = new SimpleIntegerProperty(this, "concurrency", 8);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final StringProperty minutes = new SimpleStringProperty(this, "minutes", "");
    private final ObservableList<MixEntry> agents = FXCollections.observableArrayList();
    private final ObservableList<MixEntry> patterns = FXCollections.observableArrayList();
    private final ObservableList<RunRow> recent = FXCollections.observableArrayList();
    private final ObservableList<RunRow> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");
    static final String IDLE = "Idle: set a workload and press Start";
    static final String OTHER_TRAFFIC = "Running a chaos experiment's traffic: it holds the engine until it ends;"
            + " cancel it on the Chaos tab to stop it";
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", IDLE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyLongWrapper inFlight = new ReadOnlyLongWrapper(this, "inFlight");
    private final ReadOnlyLongWrapper completed = new ReadOnlyLongWrapper(this, "completed");
    private final ReadOnlyLongWrapper perMinute = new ReadOnlyLongWrapper(this, "perMinute");
    private final ReadOnlyLongWrapper succeeded = new ReadOnlyLongWrapper(this, "succeeded");
    private final ReadOnlyLongWrapper partial = new ReadOnlyLongWrapper(this, "partial");
    private final ReadOnlyLongWrapper failed = new ReadOnlyLongWrapper(this, "failed");
    private final ReadOnlyStringWrapper successShare = new ReadOnlyStringWrapper(this, "successShare", "–");
    private final ReadOnlyStringWrapper partialShare = new ReadOnlyStringWrapper(this, "partialShare", "–");
    private final ReadOnlyStringWrapper failedShare = new ReadOnlyStringWrapper(this, "failedShare", "–");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper(this, "memory", "");
    private final ReadOnlyStringWrapper instances = new ReadOnlyStringWrapper(this, "instances", "");
    private final ObjectProperty<BalancingStrategy> strategy = new SimpleObjectProperty<>(this, "strategy");
    private final IntegerProperty instanceCapacity = new SimpleIntegerProperty(this, "instanceCapacity");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private String runDescription = "";
    /** True while a workload started here runs; other traffic on the one engine is a chaos experiment's. */
    private boolean ownRun;
    // Where the current run began (engine time, executions started by then), for the rate while its first
    // minute fills: the engine counts finished executions in the last minute, and those lag the starts by their
    // duration, so a workload of 60/min read 8 at first.
    private java.time.Instant runFrom;
    private long startedBefore;

    public EngineViewModel(EngineControl engine, UiExecutor ui) {
        this.engine = engine;
        this.ui = ui;
        for (EngineChoice a : engine.agents()) {
            agents.add(new MixEntry(a.name(), a.domain(), 1));
        }
        for (EngineChoice p : engine.patterns()) {
            patterns.add(new MixEntry(p.name(), p.domain(), 1));
        }
        BalancerSettings b = engine.balancer();
        strategy.set(b.strategy());
        instanceCapacity.set(b.instanceCapacity());
    }

    /** The balancer strategy the next workload uses; kept when a workload starts. */
    public ObjectProperty<BalancingStrategy> strategyProperty() {
        return strategy;
    }

    /** Executions one agent instance runs at once; kept when a workload starts. */
    public IntegerProperty instanceCapacityProperty() {
        return instanceCapacity;
    }

    /** Each agent instance's load, one per line: "sre-investigator#1  3 / 16 running · 120 placed". */
    public ReadOnlyStringProperty instancesProperty() {
        return instances.getReadOnlyProperty();
    }

    static String instanceLines(List<InstanceLoad> loads) {
        StringBuilder sb = new StringBuilder();
        for (InstanceLoad l : loads) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l.id()).append("  ").append(l.inFlight()).append(" / ").append(l.capacity()).append(" running · ")
                    .append(Units.count(l.placed())).append(" placed").append(l.healthy() ? "" : " · out of rotation");
        }
        return sb.toString();
    }

    // Commands

    /** Starts the workload the form describes; a form that does not make sense is explained in {@link #problemProperty()}. */
    public void start() {
        EngineWorkload workload;
        try {
            workload = workload();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        starting.set(true);
        BalancerSettings balancer = engine.balancer().withStrategy(strategy.get())
                .withInstanceCapacity(instanceCapacity.get());
        ui.query("start the engine", () -> {
            engine.balancer(balancer);
            return engine.start(workload);
        }, job -> started(job, workload), failure -> {
            starting.set(false);
            problem.set(failure.getMessage());
        });
    }

    private void started(Job<EngineStats> job, EngineWorkload w) {
        starting.set(false);
        running.set(true);
        ownRun = true;
        runDescription = String.format(Locale.ROOT, "%s per minute, %d at once, seed %d%s",
                number(w.executionsPerMinute()), w.concurrency(), w.seed(),
                w.duration() == null ? ", until stopped" : ", for " + Units.duration(w.duration()));
        status.set("Running: " + runDescription);
        job.result().whenComplete((stats, failure) -> ui.fx().post(() -> finished(stats, failure)));
    }

    private void finished(EngineStats stats, Throwable failure) {
        running.set(false);
        ownRun = false;
        if (failure == null) {
            apply(stats);
            status.set("Finished: " + Units.count(stats.completed()) + " executions so far (" + runDescription + ")");
            ui.tell("The engine workload finished; its executions are on the dashboard");
        } else {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            status.set(cause instanceof CancellationException ? "Stopped" : "Stopped: " + cause.getMessage());
        }
    }

    /** Stops the running workload: running executions finish, no new ones start. */
    public void stop() {
        status.set("Stopping: running executions finish first");
        ui.run("stop the engine", engine::stop);
    }

    /** The workload the form describes. */
    EngineWorkload workload() {
        double perMinute;
        try {
            perMinute = Double.parseDouble(rate.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Executions per minute must be a number above 0, e.g. 60");
        }
        if (!(perMinute > 0)) {
            throw new IllegalArgumentException("Executions per minute must be a number above 0, e.g. 60");
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed must be a whole number, e.g. 42");
        }
        Duration duration = null;
        String m = minutes.get() == null ? "" : minutes.get().strip();
        if (!m.isEmpty()) {
            double value;
            try {
                value = Double.parseDouble(m);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (!(value > 0)) {
                throw new IllegalArgumentException("Stop after must be empty (run until stopped) or minutes above 0, e.g. 10");
            }
            duration = Duration.ofMillis(Math.round(value * 60_000));
        }
        Map<String, Integer> agentMix = weights(agents);
        if (agentMix.values().stream().allMatch(w -> w == 0)) {
            throw new IllegalArgumentException("Give at least one agent a weight above 0");
        }
        return new EngineWorkload(perMinute, concurrency.get(), agentMix, weights(patterns), seedValue, duration, null);
    }

    private static Map<String, Integer> weights(List<MixEntry> entries) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        entries.forEach(e -> mix.put(e.name(), e.weightProperty().get()));
        return mix;
    }

    /**
     * Executions per minute: in a run's first minute the starts over the time elapsed (the rate the workload
     * sets), afterwards the executions finished in the last minute.
     */
    private long rate(EngineStats s) {
        if (!s.running() || s.now() == null) {
            runFrom = null;
            return s.perMinute();
        }
        if (runFrom == null) {
            runFrom = s.now();
            startedBefore = s.started();
        }
        double seconds = java.time.Duration.between(runFrom, s.now()).toMillis() / 1000.0;
        if (seconds >= 60) {
            return s.perMinute();
        }
        if (seconds < 5) {
            return Math.max(s.perMinute(), s.started() - startedBefore);
        }
        return Math.round((s.started() - startedBefore) * 60 / seconds);
    }

    /** Takes in the engine's counters (on the FX thread). */
    public void apply(EngineStats s) {
        inFlight.set(s.inFlight());
        completed.set(s.completed());
        perMinute.set(rate(s));
        succeeded.set(s.succeeded());
        partial.set(s.partial());
        failed.set(s.failed());
        successShare.set(share(s.succeeded(), s.completed()));
        partialShare.set(share(s.partial(), s.completed()));
        failedShare.set(share(s.failed(), s.completed()));
        detail.set(Units.count(s.started()) + " started · " + Units.count(s.toolCalls()) + " tool calls"
                + (s.queued() > 0 ? " · " + Units.count(s.queued()) + " queued for an instance" : "")
                + (s.turnedAway() > 0 ? " · " + Units.count(s.turnedAway()) + " turned away (queue full)" : ""));
        memory.set(memoryLine(s.memory()));
        instances.set(instanceLines(s.instances()));
        if (!starting.get()) {
            running.set(s.running());
        }
        if (!starting.get() && !ownRun) {
            if (s.running()) {
                status.set(OTHER_TRAFFIC);
            } else if (status.get().equals(OTHER_TRAFFIC)) {
                status.set(IDLE);
            }
        }
        headline.set(running.get() || s.inFlight() > 0
                ? "Engine: " + Units.count(s.inFlight()) + " running · " + Units.count(perMinute.get()) + " per minute · "
                        + Units.count(s.completed()) + " completed"
                : "");
        loaded.set(true);
    }

    /** Takes in the newest finished executions (on the FX thread). */
    public void applyRecent(List<io.breakerboard.model.Execution> newest) {
        recent.setAll(newest.stream().map(RunRow::of).toList());
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "–" : Units.percent((double) part / whole);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    // Form

    public StringProperty rateProperty() {
        return rate;
    }

    public IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Minutes to run; empty runs until stopped. */
    public StringProperty minutesProperty() {
        return minutes;
    }

    public ObservableList<MixEntry> agents() {
        return agents;
    }

    public ObservableList<MixEntry> patterns() {
        return patterns;
    }

    // Read-only state

    /** The engine's newest finished executions, newest first. */
    public ObservableList<RunRow> recent() {
        return recentView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True between pressing Start and the engine accepting the workload. */
    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last Start did not start, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty inFlightProperty() {
        return inFlight.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty completedProperty() {
        return completed.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty perMinuteProperty() {
        return perMinute.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty succeededProperty() {
        return succeeded.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty partialProperty() {
        return partial.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successShareProperty() {
        return successShare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partialShareProperty() {
        return partialShare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failedShareProperty() {
        return failedShare.getReadOnlyProperty();
    }

    /** One line for the status bar while the engine works, else empty. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** True once the first counters arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Recall rate of past incidents and the iterations a relevant recall saved, or empty before any investigation. */
    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    static String memoryLine(EngineStats.MemoryBenefit m) {
        if (m.investigations() == 0) {
            return "";
        }
        String line = "Memory: " + Units.percent(m.recallRate()) + " of investigations recalled a past incident ("
                + Units.count(m.relevant()) + " of " + Units.count(m.hinted()) + " relevant)";
        if (!Double.isNaN(m.iterationsSaved())) {
            line += String.format(java.util.Locale.ROOT, " · %.1f iterations with a relevant recall, %.1f without",
                    m.iterationsRelevant(), m.iterationsUnhinted());
        }
        return line;
    }

    /** Started, tool calls, queued and turned-away arrivals in one line. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The Model dialog's fields, on this engine; read from and saved to it in the background. */
    public ModelSettingsViewModel modelSettings() {
        return new ModelSettingsViewModel(engine::model, engine::modelProblem, engine::saveModel, System::getenv, ui);
    }
}
