package io.breakerboard.lab;

import io.breakerboard.csv.CsvColumn;
import io.breakerboard.export.CsvTableWriter;
import io.breakerboard.export.ExportControl;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A lab run as CSV, one line per row and metric with plain numbers (rates 0..1, dollars, seconds) and the 95 %
 * interval, so a spreadsheet can chart it without parsing units. A run that lists executions (a replay's saved,
 * lost and not replayable ones) adds them after a blank line, as a second table with its own header.
 */
public final class LabCsv {
    private final CsvTableWriter writer;

    /** @param redactor masks secrets in text cells */
    public LabCsv(UnaryOperator<String> redactor) {
        this.writer = new CsvTableWriter(redactor);
    }

    public long write(LabRun run, Writer out) throws IOException {
        List<CsvColumn<LabValue>> columns = List.of(
                CsvColumn.text("run_id", v -> run.id()),
                CsvColumn.text("tool", v -> run.kind().id()),
                CsvColumn.number("seed", v -> Long.toString(run.seed())),
                CsvColumn.text("row", LabValue::row),
                CsvColumn.text("metric", LabValue::metric),
                CsvColumn.text("unit", v -> LabMetric.unitOf(v.metric()).name().toLowerCase(Locale.ROOT)),
                CsvColumn.number("value", v -> number(v.value().value())),
                CsvColumn.number("low_95", v -> number(v.value().low())),
                CsvColumn.number("high_95", v -> number(v.value().high())));
        long lines = writer.write(columns, run.values(), out, ExportControl.NONE);
        if (run.items().isEmpty()) {
            return lines;
        }
        out.write("\r\n");
        List<CsvColumn<LabItem>> items = List.of(
                CsvColumn.text("run_id", i -> run.id()),
                CsvColumn.text("list", LabItem::list),
                CsvColumn.text("execution_key", LabItem::executionKey),
                CsvColumn.text("agent", LabItem::agent),
                CsvColumn.text("detail", LabItem::detail));
        return lines + writer.write(items, run.items(), out, ExportControl.NONE);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? null : Double.toString(v);
    }
}
