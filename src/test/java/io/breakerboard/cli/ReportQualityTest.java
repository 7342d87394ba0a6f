package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.Formats;
import io.breakerboard.service.Components;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.TestComponents;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code report --quality}: the quality row of imported scores, per agent and for ALL. */
class ReportQualityTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importedScoresGiveTheQualityRowAndAStoreWithoutScoresSaysWhatToDo() throws IOException {
        Path data = dir.resolve("data");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        copy("scores/langfuse-scores.json", logs.resolve("langfuse.json"));
        copy("scores/otlp-evaluation.json", logs.resolve("otlp.json"));
        Path empty = dir.resolve("empty");

        int imported = run("import", "--data-dir", data.toString(), logs.toString());
        assertThat(imported).as(err + "\n" + out).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("report", "--data-dir", data.toString(), "--quality", "--format", "csv"))
                .as(err.toString()).isZero();

        List<String> lines = Arrays.asList(out.toString().split("\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", QualityRows.HEADER));
        // Langfuse: 0.8, true, false (the categorical score has no number); OTel: root_cause_found 1.0.
        assertThat(lines).contains("sre-agent,1,1,1.0000,,,1.0000,0.0000,",
                "ALL,2,2,0.7000,,,1.0000,0.5000,");

        out.getBuffer().setLength(0);
        run("report", "--data-dir", empty.toString(), "--quality");
        assertThat(out.toString()).contains("No execution in this range has a score.");
    }

    private int run(String... args) {
        Components base = TestComponents.with(new CountingMetrics(), CLOCK);
        Components components = new Components(base.metrics(), Formats::all, base.redaction(), base.textRedaction(),
                CLOCK, Duration.ofHours(1));
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static void copy(String fixture, Path to) throws IOException {
        try (InputStream in = ReportQualityTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            Files.copy(in, to);
        }
    }
}
