package io.breakerboard.service;

import io.breakerboard.job.Job;
import io.breakerboard.metrics.MetricsFilter;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Writing what the workspace holds to files. */
public interface Exports {

    /**
     * Writes a CSV file in the background (RFC 4180, UTF-8, formula-injection safe, secrets redacted).
     *
     * @param rowsWritten told the running row count, for progress
     * @return a job completing with the number of rows written
     */
    Job<Long> export(ExportKind kind, MetricsFilter filter, Path target, LongConsumer rowsWritten);
}
