package io.breakerboard.export;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.csv.CsvColumn;
import io.breakerboard.model.Alert;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The alerts export: one row per alert, in the order given (firing first). */
public final class AlertColumns {
    private static final List<CsvColumn<Alert>> COLUMNS = List.of(
            CsvColumn.text("alert_id", Alert::id),
            CsvColumn.text("rule", Alert::rule),
            CsvColumn.text("severity", a -> a.severity().name().toLowerCase(Locale.ROOT)),
            CsvColumn.text("state", a -> a.state().name().toLowerCase(Locale.ROOT)),
            CsvColumn.text("subject", Alert::subject),
            CsvColumn.number("value", a -> number(a.value())),
            CsvColumn.number("threshold", a -> number(a.threshold())),
            CsvColumn.text("unit", Alert::unit),
            CsvColumn.text("message", Alert::message),
            CsvColumn.time("since", a -> CsvCells.time(a.since())),
            CsvColumn.time("fired_at", a -> a.firedAt() == null ? null : CsvCells.time(a.firedAt())),
            CsvColumn.time("resolved_at", a -> a.resolvedAt() == null ? null : CsvCells.time(a.resolvedAt())),
            CsvColumn.text("acknowledged", a -> Boolean.toString(a.acknowledged())),
            CsvColumn.text("executions", a -> String.join(" ", a.executionKeys())));

    private AlertColumns() {
    }

    public static List<CsvColumn<Alert>> all() {
        return COLUMNS;
    }

    private static String number(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : null;
    }
}
