package io.breakerboard.ui.export;

import io.breakerboard.job.Job;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Units;
import io.breakerboard.service.ExportKind;
import io.breakerboard.service.Exports;
import io.breakerboard.ui.UiExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A CSV export of what the dashboard shows now: kind, target, progress in rows, cancel. */
public final class ExportViewModel {
    private final Exports exports;
    private final UiExecutor ui;
    private final Supplier<MetricsFilter> currentFilter;
    private final Object progressKey = new Object();
    private Job<Long> job;
    private boolean cancelRequested;
    private final ReadOnlyObjectWrapper<ExportKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", ExportKind.EXECUTIONS);
    private final ReadOnlyObjectWrapper<Path> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");

    public ExportViewModel(Exports exports, UiExecutor ui, Supplier<MetricsFilter> currentFilter) {
        this.exports = exports;
        this.ui = ui;
        this.currentFilter = currentFilter;
    }

    /** What the kinds contain, for the chooser. */
    public static String describe(ExportKind k) {
        return switch (k) {
            case EXECUTIONS -> "Executions: one row per execution";
            case AGENT_SUMMARY -> "Agent summary: one row per agent";
            case FAILURES -> "Failures: failed executions, newest first";
            case ALERTS -> "Alerts: firing first";
            case SCORES -> "Scores: one row per quality score";
        };
    }

    /** A file name for the kind, e.g. {@code breakerboard-executions.csv}. */
    public static String defaultFileName(ExportKind k) {
        return "breakerboard-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv";
    }

    // Commands

    public void chooseKind(ExportKind k) {
        kind.set(k);
    }

    public void chooseTarget(Path file) {
        target.set(file);
    }

    /** Starts writing; refuses (with a message) when no file was chosen or an export runs already. */
    public void start() {
        if (running.get()) {
            return;
        }
        Path file = target.get();
        if (file == null) {
            outcome.set("Choose a file to write to first");
            return;
        }
        MetricsFilter filter = currentFilter.get();
        running.set(true);
        outcome.set("");
        progressText.set("Writing " + file.getFileName() + "…");
        cancelRequested = false;
        ExportKind chosen = kind.get();
        ui.query("start the export", () -> exports.export(chosen, filter, file, rows ->
                ui.fx().coalesce(progressKey, () -> progressText.set(Units.count(rows) + " rows written…"))), started -> {
            job = started;
            if (cancelRequested) {
                started.cancel().run();
            }
            started.result().whenComplete((rows, failure) -> ui.fx().post(() -> finish(file, rows, failure)));
        }, failure -> finish(file, null, failure));
    }

    /** Stops the export; the partial file is left for the workspace to clean up. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        progressText.set("Cancelling…");
        cancelRequested = true;
        if (job != null) {
            job.cancel().run();
        }
    }

    private void finish(Path file, Long rows, Throwable failure) {
        job = null;
        running.set(false);
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CancellationException) {
            outcome.set("Export cancelled");
        } else if (cause != null) {
            outcome.set("Export failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        } else {
            outcome.set("Wrote " + Units.count(rows == null ? 0 : rows) + " rows to " + file);
        }
        progressText.set("");
        ui.tell(outcome.get());
    }

    // Read-only state

    public ReadOnlyObjectProperty<ExportKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last export's result, or why it could not start. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The filter an export would use now, in words. */
    public MetricsFilter filter() {
        return currentFilter.get();
    }
}
