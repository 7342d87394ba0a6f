package io.breakerboard.cli;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.model.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The report's rows, as CSV (plain numbers: rates 0..1, milliseconds, US dollars) or as a table for people.
 * Agent names pass through the text redaction, show control characters as escapes (in CSV too: it goes to a
 * terminal as often as to a file) and are kept from being read as spreadsheet formulas.
 */
final class ReportRows {
    static final List<String> HEADER = List.of("agent", "executions", "successes", "failures", "success_rate",
            "p50_ms", "p95_ms", "p99_ms", "avg_ms", "total_cost_usd", "avg_cost_usd", "retry_rate", "input_tokens",
            "output_tokens", "recovery_rate", "throughput_per_min", "ranking_score");

    private final List<String> header;
    private final List<AgentStats> rows;
    private final UnaryOperator<String> redaction;

    ReportRows(List<AgentStats> rows, UnaryOperator<String> redaction) {
        this("agent", rows, redaction);
    }

    /** @param grouping what each row is, the first column's name: {@code agent} or {@code pattern} */
    ReportRows(String grouping, List<AgentStats> rows, UnaryOperator<String> redaction) {
        this.header = new ArrayList<>(HEADER);
        this.header.set(0, grouping);
        this.rows = rows;
        this.redaction = redaction;
    }

    void printCsv(PrintWriter out) {
        GroupedRows.printCsv(out, header, rows.stream().map(this::cells).toList());
    }

    void printTable(PrintWriter out) {
        GroupedRows.printTable(out, header, rows.stream().map(this::cells).toList());
        if (rows.size() == 1 && rows.get(0).executions() == 0) {
            out.println("No executions in this range.");
        }
    }

    private List<String> cells(AgentStats a) {
        DurationStats d = a.durations();
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(CsvCells.neutralise(ConsoleText.escape(redaction.apply(a.agent()))));
        c.add(Long.toString(a.executions()));
        c.add(Long.toString(a.successes()));
        c.add(Long.toString(a.failures()));
        c.add(decimal(a.successRate(), 4));
        c.add(millis(d.p50()));
        c.add(millis(d.p95()));
        c.add(millis(d.p99()));
        c.add(millis(d.avg()));
        c.add(Money.toUsd(a.costMicros()).toPlainString());
        c.add(Money.toUsd(a.avgCostMicros()).toPlainString());
        c.add(decimal(a.retryRate(), 4));
        c.add(Long.toString(a.inputTokens()));
        c.add(Long.toString(a.outputTokens()));
        // Empty when no execution was retried: there was nothing to recover.
        c.add(a.recoveryRate().isPresent() ? decimal(a.recoveryRate().getAsDouble(), 4) : "");
        c.add(decimal(a.throughputPerMinute(), 4));
        c.add(decimal(a.rankingScore(), 4));
        return c;
    }

    /** Milliseconds to the microsecond, three places always, so the table's columns line up. */
    private static String millis(Duration d) {
        return BigDecimal.valueOf(d.toNanos(), 6).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private static String decimal(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
