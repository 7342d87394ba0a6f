package io.breakerboard.service;

import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.job.Job;
import io.breakerboard.model.QuarantinedRecord;
import java.nio.file.Path;
import java.util.List;

/** Bringing logs in: imports of files and folders, followed files, and the records an import could not read. */
public interface Imports {

    /** Imports files and folders in the background. */
    Job<List<FileSummary>> importPaths(List<Path> paths, ImportListener listener);

    /** Starts following a growing file; appended lines import as they arrive. */
    void watch(Path file);

    /** Stops following a file. */
    void unwatch(Path file);

    /** The files being followed. */
    List<Path> watched();

    /** Quarantined records of one source (or of all when null), newest first. Runs a query. */
    List<QuarantinedRecord> quarantine(String source, int limit);
}
