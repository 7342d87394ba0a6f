package io.breakerboard.service;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.job.Job;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.QualityReport;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Alert;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.MonthProjection;
import io.breakerboard.model.QuarantinedRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.LongConsumer;

/**
 * What the window (and the command line) may ask of the core. Every method is safe to call from any thread
 * and none blocks for long, except where it says it runs a query; the UI calls those off the FX thread.
 */
public interface Workspace extends AutoCloseable {

    /** The OTLP/HTTP receiver inside this process, off until started. */
    ReceiverControl receiver();

    /**
     * Aggregates for a filter, from the in-memory rollups: milliseconds, no database scan. A filter naming
     * orchestration patterns, which rollups do not carry, runs a query over the range's executions instead.
     */
    DashboardSnapshot snapshot(MetricsFilter filter);

    /**
     * The orchestration patterns the filter offers: the engine's five and those of executions recorded since the
     * workspace opened.
     */
    default SortedSet<String> patterns() {
        SortedSet<String> all = new java.util.TreeSet<>();
        for (PatternKind p : PatternKind.values()) {
            all.add(p.id());
        }
        return all;
    }

    /**
     * The cost of the calendar month {@code now} falls in (in {@code zone}), projected at its month-to-date rate,
     * for the filter's agents and patterns (its range is replaced by the month).
     */
    default MonthProjection monthProjection(MetricsFilter filter, Instant now, ZoneId zone) {
        MonthProjection empty = MonthProjection.at(now, zone, 0);
        MetricsFilter month = new MetricsFilter(new TimeRange(empty.monthStart(), empty.monthEnd()), filter.agents(),
                filter.patterns());
        return MonthProjection.at(now, zone, snapshot(month).total().costMicros());
    }

    /** Grows whenever new executions were recorded; cheap, for polling. */
    long dataVersion();

    /** Every agent seen. */
    SortedSet<String> agents();

    /** From the earliest execution's start to the latest's end, empty when there is no data. */
    Optional<TimeRange> dataSpan();

    /** Executions in the filter, newest first, without their steps. Runs a query. */
    List<Execution> executions(MetricsFilter filter, boolean failuresOnly, int limit);

    /**
     * The quality figures of the filter (scores, tool success, revisions, root causes, reviews, memory recall),
     * computed from the stored executions of the range. Runs queries over the range: poll it seldom.
     */
    QualityReport quality(MetricsFilter filter);

    /** One execution with all its steps. Runs a query. */
    Optional<Execution> execution(String key);

    /** Quarantined records of one source (or of all when null), newest first. Runs a query. */
    List<QuarantinedRecord> quarantine(String source, int limit);

    /** Imports files and folders in the background. */
    Job<List<FileSummary>> importPaths(List<Path> paths, ImportListener listener);

    /** Starts following a growing file; appended lines import as they arrive. */
    void watch(Path file);

    /** Stops following a file. */
    void unwatch(Path file);

    /** The files being followed. */
    List<Path> watched();

    /** The local agent engine, whose executions are stored like imported ones. */
    EngineControl engine();

    /**
     * Writes a CSV file in the background (RFC 4180, UTF-8, formula-injection safe, secrets redacted).
     *
     * @param rowsWritten told the running row count, for progress
     * @return a job completing with the number of rows written
     */
    Job<Long> export(ExportKind kind, MetricsFilter filter, Path target, LongConsumer rowsWritten);

    /** Current alerts: firing first, then pending, then recently resolved. */
    List<Alert> alerts();

    /** Marks an alert as seen by a person. */
    void acknowledge(String alertId);

    /** The thresholds, windows and limits the alert rules judge by now. Reads the database when alerting is off. */
    AlertSettings alertSettings();

    /**
     * Judges by these settings from the next evaluation on and keeps them for later starts. Writes the database.
     *
     * @throws io.breakerboard.alerts.AlertStoreException when they could not be stored (they are not applied then)
     */
    void saveAlertSettings(AlertSettings settings);

    /** The webhooks firing and resolved alerts are delivered to. */
    DeliverySettings deliverySettings();

    /** Delivers the alerts that happen from now on to these webhooks and keeps them for later starts. Writes a file. */
    void saveDeliverySettings(DeliverySettings settings);

    /** The latest deliveries of alerts to webhooks, newest first. Reads the database. */
    List<Delivery> deliveries(int limit);

    /** Which store the window opens on its next start: the embedded one or a team store (saved, never a password). */
    StoreSettings storeSettings();

    /** Faults and experiments on the local agent engine. */
    ChaosControl chaos();

    /** Pattern benchmarks and other comparisons on engine runtimes of their own, and their stored runs. */
    LabControl lab();

    @Override
    void close();
}
