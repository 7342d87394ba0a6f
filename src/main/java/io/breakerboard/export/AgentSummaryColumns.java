package io.breakerboard.export;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.csv.CsvColumn;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.model.ErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The per-agent summary export: counts, rates, duration percentiles in milliseconds, tokens, cost, and one
 * {@code errors_<kind>} column per {@link ErrorKind}.
 */
public final class AgentSummaryColumns {
    private static final List<CsvColumn<AgentStats>> COLUMNS = build();

    private AgentSummaryColumns() {
    }

    public static List<CsvColumn<AgentStats>> all() {
        return COLUMNS;
    }

    private static List<CsvColumn<AgentStats>> build() {
        List<CsvColumn<AgentStats>> c = new ArrayList<>(List.of(
                CsvColumn.text("agent", AgentStats::agent),
                CsvColumn.number("executions", a -> Long.toString(a.executions())),
                CsvColumn.number("successes", a -> Long.toString(a.successes())),
                CsvColumn.number("failures", a -> Long.toString(a.failures())),
                CsvColumn.number("success_rate", a -> CsvCells.ratio(a.successRate())),
                CsvColumn.number("error_rate", a -> CsvCells.ratio(a.errorRate())),
                CsvColumn.number("retried", a -> Long.toString(a.retried())),
                CsvColumn.number("retry_rate", a -> CsvCells.ratio(a.retryRate())),
                duration("p50_ms", DurationStats::p50),
                duration("p95_ms", DurationStats::p95),
                duration("p99_ms", DurationStats::p99),
                duration("avg_ms", DurationStats::avg),
                duration("min_ms", DurationStats::min),
                duration("max_ms", DurationStats::max),
                CsvColumn.number("input_tokens", a -> Long.toString(a.inputTokens())),
                CsvColumn.number("output_tokens", a -> Long.toString(a.outputTokens())),
                CsvColumn.number("total_cost_usd", a -> CsvCells.usd(a.costMicros())),
                CsvColumn.number("avg_cost_usd", a -> CsvCells.usd(a.avgCostMicros())),
                // Empty when no execution was retried: there was nothing to recover.
                CsvColumn.number("recovery_rate", a -> a.recoveryRate().isPresent()
                        ? CsvCells.ratio(a.recoveryRate().getAsDouble()) : null),
                CsvColumn.number("throughput_per_min", a -> CsvCells.ratio(a.throughputPerMinute())),
                CsvColumn.number("ranking_score", a -> CsvCells.ratio(a.rankingScore()))));
        for (ErrorKind kind : ErrorKind.values()) {
            c.add(CsvColumn.number("errors_" + kind.name().toLowerCase(Locale.ROOT),
                    a -> Long.toString(a.errors().getOrDefault(kind, 0L))));
        }
        return List.copyOf(c);
    }

    private static CsvColumn<AgentStats> duration(String name, Function<DurationStats, Duration> pick) {
        return CsvColumn.number(name, a -> a.durations() == null ? null : CsvCells.millis(pick.apply(a.durations())));
    }
}
