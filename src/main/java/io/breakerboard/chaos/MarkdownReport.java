package io.breakerboard.chaos;

import java.util.Objects;
import java.util.function.UnaryOperator;

/** An experiment report as a Markdown document: a heading, the verdict, and the Action / Expected / Actual / Fix table. */
public final class MarkdownReport {
    private final UnaryOperator<String> redactor;

    /** @param redactor masks secrets in every cell; must not be the identity in production */
    public MarkdownReport(UnaryOperator<String> redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    public String render(ExperimentReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Experiment report: ").append(inline(r.experiment())).append("\n\n");
        md.append("- **Status:** ").append(r.status().label()).append('\n');
        md.append("- **Deviations:** ").append(r.deviations()).append('\n');
        md.append("- **Seed:** ").append(r.seed()).append('\n');
        md.append("- **Run:** ").append(inline(r.id())).append(", ").append(r.startedAt()).append(" to ").append(r.endedAt())
                .append(" (engine clock)\n\n");
        md.append(inline(r.summary())).append("\n\n");
        md.append("| Phase | Action | Expected | Actual | Fix needed |\n");
        md.append("|---|---|---|---|---|\n");
        for (ReportRow row : r.rows()) {
            String actual = cell(row.actual());
            md.append("| ").append(row.phase().label())
                    .append(" | ").append(cell(row.action()))
                    .append(" | ").append(cell(row.expected()))
                    .append(" | ").append(row.deviated() ? "**Deviated:** " + actual : actual)
                    .append(" | ").append(cell(row.fix()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private String inline(String text) {
        return redactor.apply(text == null ? "" : text).replace("\r", " ").replace("\n", " ");
    }

    // A pipe would end the cell and a line break the row.
    private String cell(String text) {
        return inline(text).replace("\\", "\\\\").replace("|", "\\|");
    }
}
