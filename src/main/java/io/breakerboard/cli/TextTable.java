package io.breakerboard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: numbers right-aligned, text left-aligned. Control characters in cells
 * are shown escaped ({@link ConsoleText}), so a cell can neither break a row nor drive the terminal.
 */
final class TextTable {
    private final List<String> headers;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, boolean... numeric) {
        this.headers = headers;
        this.numeric = numeric;
    }

    TextTable row(List<String> cells) {
        rows.add(cells.stream().map(ConsoleText::escape).toList());
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(out, headers, width);
        for (List<String> r : rows) {
            line(out, r, width);
        }
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            boolean last = i == cells.size() - 1;
            if (i < numeric.length && numeric[i]) {
                sb.append(pad).append(c);
            } else {
                sb.append(c).append(last ? "" : pad);
            }
        }
        out.println(sb);
    }
}
