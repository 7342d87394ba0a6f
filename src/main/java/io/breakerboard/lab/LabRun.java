package io.breakerboard.lab;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one lab run: a table of rows by metrics, and what it was run with.
 *
 * @param id        unique id
 * @param kind      the tool that made it
 * @param seed      the seed it ran from: the same seed and settings give the same numbers
 * @param title     one line naming what was compared
 * @param settings  the settings it ran with, in words
 * @param createdAt when it ran (wall clock)
 * @param values    the table, row by row in display order
 * @param items     executions listed beside the table (a replay's saved, lost and not replayable ones), in order
 */
public record LabRun(String id, LabKind kind, long seed, String title, String settings, Instant createdAt,
                     List<LabValue> values, List<LabItem> items) {

    public LabRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A run that is only a table. */
    public LabRun(String id, LabKind kind, long seed, String title, String settings, Instant createdAt,
                  List<LabValue> values) {
        this(id, kind, seed, title, settings, createdAt, values, List.of());
    }

    /** The items of one list, in order. */
    public List<LabItem> items(String list) {
        return items.stream().filter(i -> i.list().equals(list)).toList();
    }

    /** The rows' labels in order. */
    public List<String> rows() {
        return List.copyOf(new LinkedHashSet<>(values.stream().map(LabValue::row).toList()));
    }

    /** The metric keys in order of first appearance. */
    public List<String> metrics() {
        return List.copyOf(new LinkedHashSet<>(values.stream().map(LabValue::metric).toList()));
    }

    public Optional<Interval> value(String row, String metric) {
        return values.stream().filter(v -> v.row().equals(row) && v.metric().equals(metric)).map(LabValue::value)
                .findFirst();
    }
}
