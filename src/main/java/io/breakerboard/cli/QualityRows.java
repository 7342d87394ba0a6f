package io.breakerboard.cli;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.metrics.QualityStats;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

/**
 * The quality rows of {@code report --quality}: per agent and ALL, the average score and the quality rates (0..1),
 * each empty when nothing in the range could say it. Agent names are treated as in {@link ReportRows}.
 */
final class QualityRows {
    static final List<String> HEADER = List.of("agent", "executions", "scored", "average_score", "tool_success_rate",
            "revision_rate", "root_cause_rate", "human_review_rate", "memory_recall_rate");

    private final List<QualityStats> rows;
    private final UnaryOperator<String> redaction;

    QualityRows(List<QualityStats> rows, UnaryOperator<String> redaction) {
        this.rows = rows;
        this.redaction = redaction;
    }

    void printCsv(PrintWriter out) {
        GroupedRows.printCsv(out, HEADER, rows.stream().map(this::cells).toList());
    }

    void printTable(PrintWriter out) {
        GroupedRows.printTable(out, HEADER, rows.stream().map(this::cells).toList());
        if (rows.stream().allMatch(q -> q.scored() == 0)) {
            out.println("No execution in this range has a score. Import Langfuse scores, LangSmith feedback, Phoenix "
                    + "annotations or OTel evaluation events, or run the engine: it scores its executions.");
        }
    }

    private List<String> cells(QualityStats q) {
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(CsvCells.neutralise(ConsoleText.escape(redaction.apply(q.agent()))));
        c.add(Long.toString(q.executions()));
        c.add(Long.toString(q.scored()));
        c.add(rate(q.averageScore()));
        c.add(rate(q.toolSuccessRate()));
        c.add(rate(q.revisionRate()));
        c.add(rate(q.rootCauseRate()));
        c.add(rate(q.humanReviewRate()));
        c.add(rate(q.memoryRecallRate()));
        return c;
    }

    private static String rate(OptionalDouble v) {
        return v.isPresent() ? BigDecimal.valueOf(v.getAsDouble()).setScale(4, RoundingMode.HALF_UP).toPlainString() : "";
    }
}
