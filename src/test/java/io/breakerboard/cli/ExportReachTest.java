package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.Formats;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.model.Redactor;
import io.breakerboard.service.Components;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Whatever the importer stores, {@code report} and {@code export} reach with their default range, steps counted. */
class ExportReachTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Components components = new Components(() -> new RollupMetrics(CLOCK), Formats::all, Redactor.DEFAULT::redact,
                Redactor.DEFAULT::redact, CLOCK, Duration.ofHours(1));
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String line(String key, String startedAt, String steps) {
        return "{\"execution_id\":\"" + key + "\",\"agent\":\"a\",\"started_at\":\"" + startedAt + "\",\"duration_ms\":5,"
                + "\"outcome\":\"success\"" + steps + "}\n";
    }

    private List<String> exportWithDefaults(Path data) throws IOException {
        Path csv = dir.resolve("out.csv");
        assertThat(run("export", "--data-dir", data.toString(), "--kind", "EXECUTIONS", "-o", csv.toString()))
                .as(err.toString()).isZero();
        return Files.readAllLines(csv);
    }

    @Test
    void everyStoredTimeFromTheFirstToTheLastAcceptedIsExportedAndTheRestIsQuarantined() throws IOException {
        Path data = dir.resolve("data");
        Path log = Files.writeString(dir.resolve("ends.jsonl"), line("year-1", "0001-01-01T00:00:00Z", "")
                + line("before", "1999-12-31T23:59:59.999Z", "")
                + line("first", "2000-01-01T00:00:00Z", "")
                + line("last", "2199-12-31T23:59:59.999999999Z", "")
                + line("year-9999", "9999-12-31T23:59:59Z", "")
                + line("year-10000", "+10000-01-01T00:00:00Z", ""));

        assertThat(run("import", "--data-dir", data.toString(), log.toString())).isZero();
        List<String> rows = exportWithDefaults(data);

        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).anySatisfy(r -> assertThat(r).startsWith("last,"))
                .anySatisfy(r -> assertThat(r).startsWith("first,"));
        assertThat(out.toString()).contains("ends.jsonl:1: started_at 0001-01-01T00:00:00Z is outside "
                + "2000-01-01T00:00:00Z..2199-12-31T23:59:59.999999999Z");
    }

    @Test
    void theStepsColumnCountsTheStoredSteps() throws IOException {
        Path data = dir.resolve("data");
        StringBuilder steps = new StringBuilder(",\"steps\":[");
        for (int i = 0; i < 10; i++) {
            steps.append(i == 0 ? "" : ",").append("{\"kind\":\"REASONING\",\"output\":\"thought ").append(i).append("\"}");
        }
        steps.append(']');
        Path log = Files.writeString(dir.resolve("steps.jsonl"), line("ten", "2024-10-15T10:00:00Z", steps.toString())
                + line("none", "2024-10-15T10:00:01Z", ""));

        assertThat(run("import", "--data-dir", data.toString(), log.toString())).isZero();
        List<String> rows = exportWithDefaults(data);

        int column = List.of(rows.get(0).split(",")).indexOf("steps");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.split(",")[0] + "=" + r.split(",")[column])
                .containsExactly("none=0", "ten=10");
    }
}
