package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentProgress;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ReportRow;
import io.breakerboard.job.Job;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.service.ReportFormat;
import io.breakerboard.ui.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Experiments on the chaos panel: the list, one run at a time with progress and cancel, and the reports of the
 * selected experiment with the rows of the chosen one.
 */
public final class ExperimentsViewModel {
    static final int REPORTS = 200;

    private final ChaosControl chaos;
    private final UiExecutor ui;
    private final Object progressKey = new Object();
    private final ObservableList<ExperimentEntry> experiments = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ExperimentReport> allReports = FXCollections.observableArrayList();
    private final ObservableList<ExperimentReport> runs = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableList<ReportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ObservableList<ExperimentEntry> experimentsView = FXCollections.unmodifiableObservableList(experiments);
    private final ObservableList<ExperimentReport> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<ReportRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private Job<ExperimentReport> job;
    private boolean cancelRequested;

    public ExperimentsViewModel(ChaosControl chaos, UiExecutor ui) {
        this.chaos = chaos;
        this.ui = ui;
        selected.addListener((obs, old, now) -> showRunsOf(now));
        report.addListener((obs, old, now) -> {
            rows.setAll(now == null ? List.of() : now.rows());
            summary.set(now == null ? "" : now.status().label() + ": " + now.summary());
        });
    }

    // Commands

    /** Reads the experiments and reports; keeps the selection by name. */
    public void load() {
        load(null, null);
    }

    /** Reads the experiments and reports, then selects the experiment of this name. */
    public void loadAndSelect(String experiment) {
        load(experiment, null);
    }

    private void load(String selectExperiment, String selectReport) {
        ui.query("read the experiments", () -> new Loaded(chaos.experiments(), chaos.reports(REPORTS)), read -> {
            String keep = selectExperiment != null ? selectExperiment : selected.get() == null ? null : selected.get().name();
            allReports.setAll(read.reports());
            experiments.setAll(read.experiments());
            ExperimentEntry again = experiments.stream().filter(e -> e.name().equals(keep)).findFirst()
                    .orElse(experiments.isEmpty() ? null : experiments.get(0));
            selected.set(again);
            // An equal entry fires no change, yet the reports may be new.
            showRunsOf(again);
            if (selectReport != null) {
                runs.stream().filter(r -> r.id().equals(selectReport)).findFirst().ifPresent(report::set);
            }
            this.loaded.set(true);
        });
    }

    private record Loaded(List<ExperimentEntry> experiments, List<ExperimentReport> reports) {
    }

    /** "Passed" or "Deviated" for the newest run of an experiment, or empty when it never ran. */
    public String lastStatus(String experiment) {
        return allReports.stream().filter(r -> r.experiment().equals(experiment)).findFirst()
                .map(r -> r.status().label()).orElse("");
    }

    public void select(String name) {
        experiments.stream().filter(e -> e.name().equals(name)).findFirst().ifPresent(selected::set);
    }

    /** Runs the selected experiment on the workspace's engine; its traffic and faults show on every panel. */
    public void run() {
        ExperimentEntry x = selected.get();
        if (x == null || running.get()) {
            return;
        }
        running.set(true);
        cancelRequested = false;
        progress.set(0);
        progressText.set("Starting " + x.name() + "…");
        ui.query("start the experiment", () -> chaos.run(x.name(), p -> ui.fx().coalesce(progressKey, () -> show(p))),
                started -> {
                    job = started;
                    if (cancelRequested) {
                        started.cancel().run();
                    }
                    started.result().whenComplete((r, failure) -> ui.fx().post(() -> finish(x.name(), r, failure)));
                }, failure -> finish(x.name(), null, failure));
    }

    /** Stops the running experiment: its traffic stops and its faults roll back. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelRequested = true;
        progressText.set("Cancelling: stopping the traffic and rolling the faults back…");
        if (job != null) {
            job.cancel().run();
        }
    }

    /** Writes the shown report to a file. */
    public void export(ReportFormat format, Path target) {
        ExperimentReport r = report.get();
        if (r == null) {
            ui.tell("Choose a report to export first");
            return;
        }
        ui.query("export the report", () -> {
            chaos.exportReport(r.id(), format, target);
            return target;
        }, file -> ui.tell("Wrote the report of " + r.experiment() + " to " + file));
    }

    /** Deletes the selected experiment when it is a saved one. */
    public void deleteSelected() {
        ExperimentEntry x = selected.get();
        if (x == null) {
            return;
        }
        if (x.builtIn()) {
            ui.tell("'" + x.name() + "' is a classic experiment and stays; duplicate it to change it");
            return;
        }
        ui.query("delete the experiment", () -> chaos.deleteExperiment(x.name()), deleted -> {
            ui.tell("Deleted experiment " + x.name());
            selected.set(null);
            load();
        });
    }

    private void show(ExperimentProgress p) {
        if (running.get()) {
            progress.set(p.fraction());
            if (!cancelRequested) {
                progressText.set(p.message());
            }
        }
    }

    private void finish(String name, ExperimentReport r, Throwable failure) {
        job = null;
        running.set(false);
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String outcome;
        if (cause instanceof CancellationException) {
            outcome = "Experiment " + name + " cancelled; its faults were rolled back";
        } else if (cause != null) {
            outcome = "Experiment " + name + " could not run: " + Objects.requireNonNullElse(cause.getMessage(),
                    cause.getClass().getSimpleName());
        } else {
            outcome = "Experiment " + name + ": " + r.status().label() + " ("
                    + r.deviations() + (r.deviations() == 1 ? " deviation)" : " deviations)");
        }
        progress.set(cause == null ? 1 : 0);
        progressText.set(outcome);
        ui.tell(outcome);
        load(null, r == null ? null : r.id());
    }

    private void showRunsOf(ExperimentEntry x) {
        List<ExperimentReport> mine = x == null ? List.of()
                : allReports.stream().filter(r -> r.experiment().equals(x.name())).toList();
        runs.setAll(mine);
        report.set(mine.isEmpty() ? null : mine.get(0));
    }

    // State

    public ObservableList<ExperimentEntry> experiments() {
        return experimentsView;
    }

    public ObjectProperty<ExperimentEntry> selectedProperty() {
        return selected;
    }

    /** Reports of the selected experiment, newest first. */
    public ObservableList<ExperimentReport> runs() {
        return runsView;
    }

    /** The report shown. */
    public ObjectProperty<ExperimentReport> reportProperty() {
        return report;
    }

    /** Its rows: Action / Expected / Actual / Fix needed. */
    public ObservableList<ReportRow> rows() {
        return rowsView;
    }

    /** Status and one sentence on the shown report. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True once the experiments were read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
