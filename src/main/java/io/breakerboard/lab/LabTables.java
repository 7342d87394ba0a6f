package io.breakerboard.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A lab run as a plain table of text cells: one row per compared arm, one column per metric. */
public final class LabTables {
    private LabTables() {
    }

    /** The header: the row column, then each metric's label. */
    public static List<String> header(LabRun r) {
        List<String> h = new ArrayList<>();
        h.add(switch (r.kind()) {
            case PATTERNS -> "pattern";
            case COST, REPLAY -> "arm";
            case BREAKDOWN -> "share of cost";
        });
        r.metrics().forEach(m -> h.add(LabMetric.labelOf(m)));
        return h;
    }

    /** The rows, each value with its 95 % interval where it has one. */
    public static List<List<String>> rows(LabRun r) {
        List<List<String>> out = new ArrayList<>();
        for (String row : r.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row);
            for (String m : r.metrics()) {
                cells.add(cell(r, row, m));
            }
            out.add(cells);
        }
        return out;
    }

    /** A cell; a failure kind a row never met is a count of 0, any other missing value a dash. */
    public static String cell(LabRun r, String row, String metric) {
        Optional<Interval> v = r.value(row, metric);
        if (v.isEmpty()) {
            return LabMetric.unitOf(metric) == LabMetric.Unit.COUNT ? "0" : "–";
        }
        return LabMetric.format(metric, v.get());
    }

    /** The run as a Markdown document: title, settings, the table. */
    public static String markdown(LabRun r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(r.title())).append("\n\n");
        md.append("- **Settings:** ").append(inline(r.settings())).append('\n');
        md.append("- **Seed:** ").append(r.seed()).append('\n');
        md.append("- **Run:** ").append(inline(r.id())).append(", ").append(r.createdAt()).append("\n\n");
        md.append("Intervals are 95 %: Wilson for rates, Student's t for means.\n\n");
        List<String> header = header(r);
        md.append("| ").append(String.join(" | ", header.stream().map(LabTables::cellText).toList())).append(" |\n");
        md.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows(r)) {
            md.append("| ").append(String.join(" | ", row.stream().map(LabTables::cellText).toList())).append(" |\n");
        }
        for (String list : List.of(LabItem.SAVED, LabItem.LOST, LabItem.NOT_REPLAYABLE)) {
            List<LabItem> items = r.items(list);
            if (!items.isEmpty()) {
                md.append("\n## ").append(Character.toUpperCase(list.charAt(0))).append(list.substring(1))
                        .append(" (").append(items.size()).append(")\n\n");
                items.forEach(i -> md.append("- `").append(inline(i.executionKey()).replace("`", "'")).append("` (")
                        .append(inline(i.agent())).append("): ").append(inline(i.detail())).append('\n'));
            }
        }
        return md.toString();
    }

    private static String inline(String text) {
        return text == null ? "" : text.replace("\r", " ").replace("\n", " ");
    }

    // A pipe would end the cell.
    private static String cellText(String text) {
        return inline(text).replace("\\", "\\\\").replace("|", "\\|");
    }
}
