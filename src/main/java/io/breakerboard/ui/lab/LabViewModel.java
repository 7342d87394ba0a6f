package io.breakerboard.ui.lab;

import io.breakerboard.job.Job;
import io.breakerboard.lab.BenchmarkSettings;
import io.breakerboard.lab.CostChange;
import io.breakerboard.lab.CostExperiment;
import io.breakerboard.lab.InvoiceSuite;
import io.breakerboard.lab.LabItem;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.ReplayScenario;
import io.breakerboard.service.ReplaySelection;
import java.time.Clock;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.ReportFormat;
import io.breakerboard.ui.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Lab tab: the settings of the next pattern benchmark, the run in progress, the stored runs and the one
 * shown. Runs happen on engine runtimes of their own in virtual time; the live engine is never touched.
 */
public final class LabViewModel {
    /** The model choice that keeps the agent's own model. */
    public static final String AGENT_MODEL = "agent's own";
    static final int LISTED = 50;
    /** Executions a day the window's monthly projection assumes. */
    static final long PER_DAY = 1_000;
    /** Recorded executions the window's cost breakdown reads. */
    static final int BREAKDOWN_RECENT = 1_000;

    private final LabControl lab;
    private final UiExecutor ui;
    private final IntegerProperty tasks = new SimpleIntegerProperty(this, "tasks", InvoiceSuite.DEMO);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final StringProperty model = new SimpleStringProperty(this, "model", AGENT_MODEL);
    private final StringProperty change = new SimpleStringProperty(this, "change", "model=swift-mini,cache=on");
    private final IntegerProperty toolAttempts = new SimpleIntegerProperty(this, "toolAttempts", 3);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<LabRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<LabRun> shown = new SimpleObjectProperty<>(this, "shown");
    private final ObservableList<LabItem> items = FXCollections.observableArrayList();
    private final ReplayControls replay = new ReplayControls();
    private final Clock clock;
    private Job<LabRun> job;

    public LabViewModel(LabControl lab, UiExecutor ui) {
        this(lab, ui, Clock.systemUTC());
    }

    /** @param clock the now a replay's "since" counts back from */
    public LabViewModel(LabControl lab, UiExecutor ui, Clock clock) {
        this.lab = lab;
        this.ui = ui;
        this.clock = clock;
        shown.addListener((o, was, now) -> items.setAll(now == null ? List.of() : now.items()));
    }

    /** The model tiers to pick from, the agent's own first. */
    public List<String> models() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(AGENT_MODEL),
                BenchmarkSettings.models().stream()).toList();
    }

    /** Reads the stored runs and shows the newest. */
    public void load() {
        ui.query("read the lab runs", () -> lab.runs(LISTED), list -> {
            runs.setAll(list);
            if (shown.get() == null && !list.isEmpty()) {
                shown.set(list.get(0));
            }
        });
    }

    /** Starts a pattern benchmark with the current settings; refused while one runs. */
    public void runPatterns() {
        if (running.get()) {
            return;
        }
        BenchmarkSettings settings;
        try {
            settings = BenchmarkSettings.defaults(seed.get()).withTasks(tasks.get())
                    .withModel(AGENT_MODEL.equals(model.get()) ? null : model.get())
                    .withToolAttempts(toolAttempts.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        int total = settings.tasks() * settings.patterns().size();
        running.set(true);
        status.set("Running " + settings.describe());
        job = lab.benchmarkPatterns(settings, n -> {
            // Told after every execution; the label changes once a hundred, not thousands of times.
            if (n % 100 == 0) {
                ui.fx().coalesce(status, () -> status.set("Running: " + n + " of " + total + " executions"));
            }
        });
        job.result().whenComplete((run, failure) -> ui.fx().post(() -> finished(run, failure)));
    }

    /** Starts a cost comparison of the current change on a workload of the chosen size and seed. */
    public void runCost() {
        if (running.get()) {
            return;
        }
        CostExperiment.Settings settings;
        try {
            settings = new CostExperiment.Settings(tasks.get(), seed.get(), BenchmarkSettings.DEFAULT_AGENT,
                    CostChange.parse(change.get()), PER_DAY);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        running.set(true);
        status.set("Running the workload before and after " + settings.change().describe());
        job = lab.compareCost(settings, n -> { });
        job.result().whenComplete((run, failure) -> ui.fx().post(() -> finished(run, failure)));
    }

    /** Breaks down the cost of the newest recorded executions in the store. */
    public void runBreakdown() {
        if (running.get()) {
            return;
        }
        running.set(true);
        status.set("Reading the cost of the newest " + BREAKDOWN_RECENT + " recorded executions");
        job = lab.costBreakdown(BREAKDOWN_RECENT);
        job.result().whenComplete((run, failure) -> ui.fx().post(() -> finished(run, failure)));
    }

    /**
     * Replays the recorded executions the replay controls select under their scenario; refused while a run goes
     * on, and with a message naming the part it cannot read.
     */
    public void runReplay() {
        if (running.get()) {
            return;
        }
        ReplayScenario scenario;
        ReplaySelection selection;
        try {
            scenario = replay.scenario(seed.get());
            selection = replay.selection(clock.instant());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        running.set(true);
        status.set("Replaying recorded executions: " + scenario.describe());
        job = lab.replay(selection, scenario, n -> {
            if (n % 50 == 0) {
                ui.fx().coalesce(status, () -> status.set("Replaying: " + n + " executions replayed"));
            }
        });
        job.result().whenComplete((run, failure) -> ui.fx().post(() -> finished(run, failure)));
    }

    private void finished(LabRun run, Throwable failure) {
        running.set(false);
        job = null;
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            status.set(cause instanceof CancellationException ? "Cancelled" : "The run failed: " + cause.getMessage());
            return;
        }
        runs.add(0, run);
        shown.set(run);
        status.set("Done: " + run.title());
    }

    /** Asks the running benchmark to stop after its current execution. */
    public void cancel() {
        Job<LabRun> j = job;
        if (j != null) {
            j.cancel().run();
        }
    }

    /** Writes the shown run to a file. */
    public void export(ReportFormat format, Path target) {
        LabRun r = shown.get();
        if (r == null) {
            return;
        }
        ui.query("export the lab run", () -> {
            lab.export(r.id(), format, target);
            return target;
        }, p -> status.set("Wrote " + p));
    }

    public IntegerProperty tasksProperty() {
        return tasks;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty changeProperty() {
        return change;
    }

    public IntegerProperty toolAttemptsProperty() {
        return toolAttempts;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<LabRun> runs() {
        return runs;
    }

    public ObjectProperty<LabRun> shownProperty() {
        return shown;
    }

    /** The executions the shown run lists: a replay's saved, lost and not replayable ones. */
    public ObservableList<LabItem> items() {
        return items;
    }

    /** The scenario and selection of the next replay. */
    public ReplayControls replay() {
        return replay;
    }
}
