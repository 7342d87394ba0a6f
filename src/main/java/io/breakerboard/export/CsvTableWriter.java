package io.breakerboard.export;

import io.breakerboard.csv.CellType;
import io.breakerboard.csv.CsvCells;
import io.breakerboard.csv.CsvColumn;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes any table as RFC 4180 CSV (comma, double quotes, CRLF, a header row): text cells redacted then
 * guarded against formula injection ({@link CsvCells#neutralise}), number and time cells as they are. Every
 * table our exports write goes through here, so alerts or experiment reports need only their columns.
 */
public final class CsvTableWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final UnaryOperator<String> redactor;

    /** @param redactor masks secrets in text cells; use {@link io.breakerboard.model.Redactor#DEFAULT} */
    public CsvTableWriter(UnaryOperator<String> redactor) {
        this.redactor = redactor;
    }

    /**
     * Writes the header and one row per element; does not close {@code out}.
     *
     * @return the number of data rows written
     * @throws CancellationException when {@code control} says so; rows written so far stay in {@code out}
     */
    public <T> long write(List<CsvColumn<T>> columns, Iterable<? extends T> rows, Writer out, ExportControl control)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        Object[] header = new Object[columns.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = columns.get(i).name();
        }
        printer.printRecord(header);
        checkCancelled(control);
        String[] cells = new String[columns.size()];
        long n = 0;
        for (T row : rows) {
            for (int i = 0; i < cells.length; i++) {
                CsvColumn<T> c = columns.get(i);
                String v = c.value().apply(row);
                cells[i] = v == null ? "" : c.type() == CellType.TEXT ? CsvCells.neutralise(redactor.apply(v)) : v;
            }
            printer.printRecord((Object[]) cells);
            if (++n % ExportControl.REPORT_EVERY == 0) {
                control.rowsWritten().accept(n);
                checkCancelled(control);
            }
        }
        printer.flush();
        control.rowsWritten().accept(n);
        return n;
    }

    private static void checkCancelled(ExportControl control) {
        if (control.cancelled().getAsBoolean()) {
            throw new CancellationException("export cancelled");
        }
    }
}
