package io.breakerboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows of a report grouped by one name (agent, pattern) followed by figures, printed as CSV or as an aligned
 * table: the one printing {@code report} and {@code report --quality} share.
 */
final class GroupedRows {
    private GroupedRows() {
    }

    /** RFC 4180 with {@code \n} between records; cells come already neutralised and redacted. */
    static void printCsv(PrintWriter out, List<String> header, List<List<String>> rows) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name left-aligned, every figure right-aligned. */
    static void printTable(PrintWriter out, List<String> header, List<List<String>> rows) {
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, 1, numeric.length, true);
        TextTable table = new TextTable(header, numeric);
        rows.forEach(table::row);
        table.print(out);
    }
}
