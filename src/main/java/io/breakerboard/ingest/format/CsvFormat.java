package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV executions, one per row, read by header so column order does not matter. Our executions export
 * ({@link io.breakerboard.csv.ExecutionColumns}) reads back to the same executions, minus their steps. Other
 * CSVs import best-effort when they have a time column ({@code started_at}, {@code timestamp}, …) and an agent
 * column ({@code agent}, {@code agent_name}); see {@link CsvRole} for every name understood.
 *
 * <p>A row that cannot be read is rejected as {@code row N: column 'x': reason} at the line it starts on; a
 * quoting error ends the file there, since the parser cannot tell where the next row starts. Detected from the
 * header line: 95 for our own export, 70 for other CSVs with a time and an agent column.
 */
public final class CsvFormat implements LogFormat {
    public static final String ID = "csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "CSV executions";
    }

    @Override
    public int sniff(Sample sample) {
        String first = sample.firstLine().strip();
        if (sample.binary() || first.isEmpty() || first.charAt(0) == '{' || first.charAt(0) == '['
                || first.indexOf(',') < 0) {
            return 0;
        }
        CsvHeader header = new CsvHeader(List.of(first.split(",", -1)));
        if (header.isOurExport()) {
            return 95;
        }
        return header.has(CsvRole.STARTED_AT) && header.has(CsvRole.AGENT) && header.size() >= 3 ? 70 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        // Read by lines, so a line that is not UTF-8 is quarantined by its number instead of decoded with U+FFFD.
        try (Reader reader = source.openLines(sink).asReader(); CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) {
                return;
            }
            List<String> names = rows.next().toList();
            CsvHeader header = new CsvHeader(names);
            if (!header.has(CsvRole.STARTED_AT) || !header.has(CsvRole.AGENT)) {
                throw new MalformedLogException(1, "the CSV header needs a time column (started_at or timestamp) and an "
                        + "agent column (agent); it has: " + String.join(", ", names));
            }
            CsvRowReader rowReader = new CsvRowReader(header);
            long row = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!rows.hasNext()) {
                        return;
                    }
                    record = rows.next();
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof CSVException)) {
                        throw e.getCause(); // the file could not be read, not parsed: the import stopped early
                    }
                    long line = parser.getCurrentLineNumber() + 1;
                    sink.reject(line, "row " + (row + 1) + ": unreadable CSV (" + rootMessage(e)
                            + "); check the quotes; the rest of the file cannot be read", "");
                    return;
                }
                row++;
                String[] cells = record.values();
                String raw = FORMAT.format((Object[]) cells);
                long line = parser.getCurrentLineNumber() - newlines(cells);
                if (cells.length != header.size()) {
                    sink.reject(line, "row " + row + ": has " + cells.length + " cells but the header has "
                            + header.size(), raw);
                    continue;
                }
                try {
                    sink.execution(rowReader.read(cells, raw));
                } catch (RecordProblem e) {
                    sink.reject(line, "row " + row + ": " + e.getMessage(), raw);
                }
            }
        }
    }

    private static int newlines(String[] cells) {
        int n = 0;
        for (String c : cells) {
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (ch == '\n' || (ch == '\r' && (i + 1 == c.length() || c.charAt(i + 1) != '\n'))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
