package io.breakerboard.export;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.csv.CsvColumn;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The scores export: one row per score of each execution under the filter, with the execution it judges. Values
 * are on 0..1 where the source declared its range; a flag is {@code true}/{@code false}; comments pass the
 * redactor like every text cell.
 */
public final class ScoreColumns {
    /** One score with the execution it belongs to. */
    public record Row(Execution execution, Score score) {
    }

    private static final List<CsvColumn<Row>> COLUMNS = List.of(
            CsvColumn.text("execution_id", r -> r.execution().key()),
            CsvColumn.text("agent", r -> r.execution().agent()),
            CsvColumn.time("started_at", r -> CsvCells.time(r.execution().startedAt())),
            CsvColumn.text("name", r -> r.score().name()),
            CsvColumn.number("value", r -> r.score().value() == null ? null : CsvCells.ratio(r.score().value())),
            CsvColumn.text("label", r -> r.score().label()),
            CsvColumn.text("flag", r -> r.score().flag() == null ? null : r.score().flag().toString()),
            CsvColumn.text("source", r -> r.score().source().name().toLowerCase(Locale.ROOT)),
            CsvColumn.text("comment", r -> r.score().comment()),
            CsvColumn.time("scored_at", r -> CsvCells.time(r.score().at())),
            CsvColumn.text("outcome", r -> r.execution().outcome().name().toLowerCase(Locale.ROOT)));

    private ScoreColumns() {
    }

    public static List<CsvColumn<Row>> all() {
        return COLUMNS;
    }

    /** The scores of {@code executions} as rows, read lazily in the executions' order; unscored ones give none. */
    public static Iterable<Row> rows(Iterable<Execution> executions) {
        return () -> new Iterator<>() {
            private final Iterator<Execution> source = executions.iterator();
            private final List<Row> pending = new ArrayList<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (next >= pending.size() && source.hasNext()) {
                    pending.clear();
                    next = 0;
                    Execution e = source.next();
                    for (Score s : e.scores()) {
                        pending.add(new Row(e, s));
                    }
                }
                return next < pending.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.get(next++);
            }
        };
    }
}
