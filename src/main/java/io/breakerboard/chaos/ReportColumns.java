package io.breakerboard.chaos;

import io.breakerboard.csv.CsvColumn;
import java.util.List;

/** The CSV export of an experiment report: one row per report row, Action / Expected / Actual / Fix needed. */
public final class ReportColumns {
    private static final List<CsvColumn<ReportRow>> COLUMNS = List.of(
            CsvColumn.text("phase", r -> r.phase().label()),
            CsvColumn.text("action", ReportRow::action),
            CsvColumn.text("expected", ReportRow::expected),
            CsvColumn.text("actual", ReportRow::actual),
            CsvColumn.text("deviated", r -> r.deviated() ? "yes" : "no"),
            CsvColumn.text("fix_needed", ReportRow::fix));

    private ReportColumns() {
    }

    public static List<CsvColumn<ReportRow>> all() {
        return COLUMNS;
    }
}
