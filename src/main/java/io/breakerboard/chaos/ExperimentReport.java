package io.breakerboard.chaos;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one experiment run, row by row in the form Action / Expected / Actual / Fix needed.
 *
 * @param id         unique id of the run
 * @param experiment the experiment's name
 * @param seed       the seed its traffic ran with
 * @param status     how it ended
 * @param startedAt  engine-clock time of the start
 * @param endedAt    engine-clock time of the end, after the rollback
 * @param summary    one sentence for people
 * @param rows       before, method, guard, after and rollback rows, in that order
 */
public record ExperimentReport(String id, String experiment, long seed, ExperimentStatus status, Instant startedAt,
                               Instant endedAt, String summary, List<ReportRow> rows) {
    public ExperimentReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        summary = summary == null ? "" : summary;
        rows = List.copyOf(rows);
    }

    /** Rows outside their tolerance. */
    public long deviations() {
        return rows.stream().filter(ReportRow::deviated).count();
    }

    /** The rows of one phase. */
    public List<ReportRow> rows(ReportPhase phase) {
        return rows.stream().filter(r -> r.phase() == phase).toList();
    }
}
