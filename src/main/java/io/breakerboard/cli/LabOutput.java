package io.breakerboard.cli;

import io.breakerboard.lab.LabMetric;
import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.LabTables;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a lab run for a terminal (metrics down and arms across, so five patterns fit; a breakdown's many groups
 * one per line) and exports it.
 */
final class LabOutput {
    private LabOutput() {
    }

    /** More arms than this are printed one per line, as the window shows them. */
    static final int ACROSS = 6;

    static void print(PrintWriter out, LabRun r) {
        out.println(ConsoleText.safe(r.title()));
        out.println("  " + ConsoleText.safe(r.settings()));
        if (r.rows().size() > ACROSS) {
            List<String> header = LabTables.header(r);
            boolean[] numeric = new boolean[header.size()];
            java.util.Arrays.fill(numeric, 1, numeric.length, true);
            TextTable table = new TextTable(header, numeric);
            LabTables.rows(r).forEach(row -> table.row(row.stream().map(ConsoleText::safe).toList()));
            table.print(out);
            out.println("Lab run " + r.id() + " ('lab runs' lists the stored runs).");
            out.flush();
            return;
        }
        List<String> header = new ArrayList<>();
        header.add("metric (95 % interval)");
        r.rows().forEach(row -> header.add(ConsoleText.safe(row)));
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        TextTable table = new TextTable(header, numeric);
        for (String m : r.metrics()) {
            List<String> cells = new ArrayList<>();
            cells.add(LabMetric.labelOf(m));
            for (String row : r.rows()) {
                cells.add(LabTables.cell(r, row, m));
            }
            table.row(cells);
        }
        table.print(out);
        out.println("Lab run " + r.id() + " ('lab runs' lists the stored runs).");
        out.flush();
    }

    /** Writes the run to a .csv or .md file, by its extension. */
    static void export(PrintWriter out, LabControl lab, LabRun r, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        ReportFormat format = name.endsWith(".csv") ? ReportFormat.CSV : name.endsWith(".md") ? ReportFormat.MARKDOWN
                : null;
        if (format == null) {
            throw new IllegalArgumentException("--export needs a file ending in .csv or .md, got " + target);
        }
        lab.export(r.id(), format, target);
        out.println("Wrote " + target);
        out.flush();
    }
}
