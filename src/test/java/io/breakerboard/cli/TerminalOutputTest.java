package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the command line prints of names and texts from logs: never a raw control character. */
class TerminalOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-15T00:00:00Z"), ZoneOffset.UTC);
    private static final String CLEAR_SCREEN = "evil\u001b[2J\u001b[31mred";
    private static final String FORGED_ROW = "ok\nALL  999  999  0  1.0000\rX";
    private static final String REORDERED = "abc\u202edcba\u0007\u0000";

    @TempDir
    Path dir;
    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void importNames() throws IOException {
        Path log = dir.resolve("runs.jsonl");
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (String agent : List.of(CLEAR_SCREEN, FORGED_ROW, REORDERED)) {
            sb.append(JSON.writeValueAsString(Map.of("execution_id", "ex-" + i, "agent", agent,
                    "started_at", "2024-10-14T00:0" + i++ + ":00Z", "duration_ms", 1000))).append('\n');
        }
        sb.append(JSON.writeValueAsString(Map.of("execution_id", "ex-bad", "started_at", "2024-10-14\u001b[2J")))
                .append('\n');
        Files.writeString(log, sb.toString());
        data = dir.resolve("data");
        assertThat(run("import", "--data-dir", data.toString(), log.toString())).isZero();
    }

    @Test
    void theImportSummaryShowsControlCharactersAsEscapes() {
        assertNoControlCharacters(out.toString());
        assertThat(out.toString()).contains("\\x1b[2J");
    }

    @Test
    void theReportTableShowsEachAgentOnOneLineWithItsControlCharactersEscaped() {
        out.getBuffer().setLength(0);

        assertThat(run("report", "--data-dir", data.toString())).isZero();

        String text = out.toString();
        assertNoControlCharacters(text);
        assertThat(text.split("\n")).hasSize(1 + 3 + 1);
        assertThat(text).contains("evil\\x1b[2J\\x1b[31mred", "ok\\nALL  999  999  0  1.0000\\rX",
                "abc\\u202edcba\\x07\\x00");
    }

    @Test
    void theCsvReportAndTheCsvExportKeepOneRecordPerAgent() throws IOException {
        out.getBuffer().setLength(0);
        assertThat(run("report", "--data-dir", data.toString(), "--format", "csv")).isZero();
        assertNoControlCharacters(out.toString());
        assertThat(out.toString().split("\n")).hasSize(1 + 3 + 1);

        Path csv = dir.resolve("executions.csv");
        assertThat(run("export", "--data-dir", data.toString(), "-o", csv.toString())).isZero();
        try (CSVParser parser = CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records).extracting(r -> r.get("agent")).containsExactlyInAnyOrder(CLEAR_SCREEN, FORGED_ROW,
                    REORDERED);
        }
    }

    private static void assertNoControlCharacters(String text) {
        for (char c : text.toCharArray()) {
            assertThat(c == '\n' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && !(c >= '\u202a' && c <= '\u202e')))
                    .as("printable: U+%04X in %s", (int) c, text).isTrue();
        }
    }

    private int run(String... args) {
        Components components = Components.of(RollupMetrics::new, Formats::all, Redactor.DEFAULT::redact,
                Redactor.DEFAULT::redact);
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
