package io.breakerboard.export;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.csv.CsvColumn;
import io.breakerboard.csv.ExecutionColumns;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Redactor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;

/**
 * CSV exports of executions, per-agent summaries and failures: RFC 4180, UTF-8 without byte-order mark, a
 * header row, ISO-8601 UTC times, plain numbers, dollars as plain decimals. Text cells pass through the
 * redactor (secrets never reach the file) and the formula guard of {@link CsvCells}.
 *
 * <p>Writing to a path goes through a temporary file in the same folder that replaces the target only when
 * the export completes, so a cancelled or failed export leaves no half-written file.
 */
public final class CsvExporter {
    private final CsvTableWriter table;

    /** An exporter masking secrets with {@link Redactor#DEFAULT}. */
    public CsvExporter() {
        this(Redactor.DEFAULT);
    }

    /** @param redactor masks secrets in text cells; must not be the identity in production */
    public CsvExporter(UnaryOperator<String> redactor) {
        this.table = new CsvTableWriter(Objects.requireNonNull(redactor, "redactor"));
    }

    /** One row per execution ({@link ExecutionColumns}); returns the rows written. */
    public long writeExecutions(Iterable<Execution> executions, Writer out, ExportControl control) throws IOException {
        return table.write(ExecutionColumns.all(), executions, out, control);
    }

    public long writeExecutions(Iterable<Execution> executions, Path file, ExportControl control) throws IOException {
        return toFile(file, out -> writeExecutions(executions, out, control));
    }

    /** One row per agent ({@link AgentSummaryColumns}). */
    public long writeAgentSummary(List<AgentStats> agents, Writer out, ExportControl control) throws IOException {
        return table.write(AgentSummaryColumns.all(), agents, out, control);
    }

    public long writeAgentSummary(List<AgentStats> agents, Path file, ExportControl control) throws IOException {
        return toFile(file, out -> writeAgentSummary(agents, out, control));
    }

    /** One row per execution that did not succeed ({@link FailureColumns}); successes in the input are skipped. */
    public long writeFailures(Iterable<Execution> executions, Writer out, ExportControl control) throws IOException {
        return table.write(FailureColumns.all(),
                () -> StreamSupport.stream(executions.spliterator(), false).filter(e -> !e.succeeded()).iterator(),
                out, control);
    }

    public long writeFailures(Iterable<Execution> executions, Path file, ExportControl control) throws IOException {
        return toFile(file, out -> writeFailures(executions, out, control));
    }

    /** Any table, e.g. alerts: the columns say how each row is read. */
    public <T> long writeTable(List<CsvColumn<T>> columns, Iterable<? extends T> rows, Writer out, ExportControl control)
            throws IOException {
        return table.write(columns, rows, out, control);
    }

    public <T> long writeTable(List<CsvColumn<T>> columns, Iterable<? extends T> rows, Path file, ExportControl control)
            throws IOException {
        return toFile(file, out -> writeTable(columns, rows, out, control));
    }

    @FunctionalInterface
    private interface Body {
        long write(Writer out) throws IOException;
    }

    private static long toFile(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        boolean done = false;
        try {
            long rows;
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                rows = body.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return rows;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
