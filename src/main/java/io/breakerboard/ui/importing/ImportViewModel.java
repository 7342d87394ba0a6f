package io.breakerboard.ui.importing;

import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.ingest.ImportProgress;
import io.breakerboard.job.Job;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.model.Units;
import io.breakerboard.service.Imports;
import io.breakerboard.ui.UiExecutor;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Imports in the background: progress (bytes, files), cancel, and what each file gave. Files dropped while an
 * import runs wait for it and then import in turn.
 */
public final class ImportViewModel {
    /** Quarantined lines shown per file; the rest stay in the store. */
    public static final int QUARANTINE_LIMIT = 500;

    private final Imports imports;
    private final UiExecutor ui;
    private final Object progressKey = new Object();
    private final Deque<List<Path>> waiting = new ArrayDeque<>();
    private Job<List<FileSummary>> job;
    private boolean cancelRequested;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyIntegerWrapper finishedImports = new ReadOnlyIntegerWrapper(this, "finishedImports");
    private final ObservableList<FileSummary> results = FXCollections.observableArrayList();
    private final ObservableList<FileSummary> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper quarantineTitle = new ReadOnlyStringWrapper(this, "quarantineTitle",
            "Select a file to see its quarantined lines");
    private final ObservableList<QuarantinedRecord> quarantined = FXCollections.observableArrayList();
    private final ObservableList<QuarantinedRecord> quarantinedView = FXCollections.unmodifiableObservableList(quarantined);

    public ImportViewModel(Imports imports, UiExecutor ui) {
        this.imports = imports;
        this.ui = ui;
    }

    // Commands

    /** Imports files and folders; waits for a running import first. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        if (running.get()) {
            waiting.add(List.copyOf(paths));
            progressText.set(progressText.get() + " (" + waiting.size() + " more waiting)");
            return;
        }
        start(List.copyOf(paths));
    }

    /** Stops the running import at its next check; what it finished stays imported. Waiting imports are dropped. */
    public void cancel() {
        waiting.clear();
        if (!running.get()) {
            return;
        }
        progressText.set("Cancelling…");
        cancelRequested = true;
        if (job != null) {
            job.cancel().run();
        }
    }

    /** Loads the quarantined lines of one file (or of every file when null) in the background. */
    public void showQuarantine(String file) {
        quarantineTitle.set("Loading quarantined lines…");
        ui.query("read the quarantined lines", () -> inReadingOrder(imports.quarantine(file, QUARANTINE_LIMIT)), records -> {
            quarantined.setAll(records);
            String of = file == null ? "all files" : Path.of(file).getFileName().toString();
            quarantineTitle.set(records.isEmpty() ? "No quarantined lines in " + of
                    : Units.count(records.size()) + (records.size() == QUARANTINE_LIMIT ? "+" : "")
                            + " quarantined lines in " + of);
        });
    }

    private void start(List<Path> paths) {
        running.set(true);
        progress.set(-1);
        results.clear();
        outcome.set("");
        progressText.set("Starting import of " + describe(paths) + "…");
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                ui.fx().coalesce(progressKey, () -> showProgress(p));
            }

            @Override
            public void fileFinished(FileSummary summary) {
                ui.fx().post(() -> {
                    if (results.stream().noneMatch(r -> r.file().equals(summary.file()))) {
                        results.add(summary);
                    }
                });
            }
        };
        cancelRequested = false;
        // Starting may list folders, so even that happens off the FX thread.
        ui.query("start the import", () -> imports.importPaths(paths, listener), started -> {
            job = started;
            if (cancelRequested) {
                started.cancel().run();
            }
            started.result().whenComplete((summaries, failure) -> ui.fx().post(() -> finish(summaries, failure)));
        }, failure -> finish(List.of(), failure));
    }

    private void showProgress(ImportProgress p) {
        if (!running.get()) {
            return;
        }
        progress.set(p.fraction());
        String file = p.file() == null ? "" : " · " + Path.of(p.file()).getFileName();
        progressText.set(Bytes.of(p.bytesDone()) + " of " + Bytes.of(p.bytesTotal()) + " · file "
                + Math.min(p.filesDone() + 1, p.filesTotal()) + " of " + p.filesTotal() + " · "
                + Units.count(p.executions()) + " executions" + file);
    }

    private void finish(List<FileSummary> summaries, Throwable failure) {
        job = null;
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (summaries != null) {
            results.setAll(summaries);
        }
        List<FileSummary> done = new ArrayList<>(results);
        String counts = counts(done);
        if (cause instanceof CancellationException) {
            outcome.set("Import cancelled after " + done.size() + " files: " + counts + " (kept)");
        } else if (cause != null) {
            outcome.set("Import failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        } else {
            outcome.set("Imported " + done.size() + (done.size() == 1 ? " file: " : " files: ") + counts);
        }
        progress.set(1);
        progressText.set(outcome.get());
        // Counted before it stops running: what follows the count (the window's "filled" waits for the data the
        // import ended at) is in place by the time anything sees the import no longer running.
        finishedImports.set(finishedImports.get() + 1);
        running.set(false);
        List<Path> next = waiting.poll();
        if (next != null) {
            start(next);
        }
    }

    // Every record read is accounted for, so the totals are shown as the sum they make.
    private static String counts(List<FileSummary> done) {
        long read = 0, imported = 0, duplicates = 0, updated = 0, quarantinedRecords = 0;
        for (FileSummary f : done) {
            read += f.recordsRead();
            imported += f.imported();
            duplicates += f.duplicates();
            updated += f.updated();
            quarantinedRecords += f.quarantined();
        }
        long stopped = done.stream().filter(FileSummary::stoppedEarly).count();
        long refused = done.stream().filter(FileSummary::refused).count();
        return Units.count(imported) + " new executions + " + Units.count(duplicates) + " duplicates + "
                + Units.count(updated) + " updated + " + Units.count(quarantinedRecords) + " quarantined = "
                + Units.count(read) + " records read"
                + (stopped == 0 ? "" : "; " + stopped + (stopped == 1 ? " file" : " files") + " stopped early")
                + (refused == 0 ? "" : "; " + refused + (refused == 1 ? " file" : " files") + " refused");
    }

    /** The problem column of one file: why it stopped or was refused, else its first rejected record. */
    /** By file, then by line number as a number: line 41 before 42, 100 after both. */
    static List<QuarantinedRecord> inReadingOrder(List<QuarantinedRecord> records) {
        return records.stream().sorted(java.util.Comparator.comparing(QuarantinedRecord::source,
                java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder()))
                .thenComparingLong(QuarantinedRecord::line)).toList();
    }

    /** The problem column of one file on one line: why it stopped or was refused, else its first rejected record. */
    static String problemLine(FileSummary f) {
        return problemOf(f).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static String problemOf(FileSummary f) {
        if (!f.ok()) {
            return f.problem();
        }
        return f.messages().isEmpty() ? "" : f.messages().get(0);
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " items";
    }

    // Read-only state

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the size is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** {@code 12.3 MB of 40.0 MB · file 2 of 5 · 1,234 executions · app.jsonl}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last import's result in one line, empty before the first. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Counts finished imports, so a view can react to each one. */
    public ReadOnlyIntegerProperty finishedImportsProperty() {
        return finishedImports.getReadOnlyProperty();
    }

    /** Per file of the running or last import. */
    public ObservableList<FileSummary> results() {
        return resultsView;
    }

    public ReadOnlyStringProperty quarantineTitleProperty() {
        return quarantineTitle.getReadOnlyProperty();
    }

    public ObservableList<QuarantinedRecord> quarantined() {
        return quarantinedView;
    }
}
