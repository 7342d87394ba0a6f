package io.breakerboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.csv.CsvCells;
import io.breakerboard.csv.CsvColumn;
import io.breakerboard.csv.ExecutionColumns;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DurationStats;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    private final CsvExporter exporter = new CsvExporter();

    private static Execution execution(String key, String task, Outcome outcome) {
        return Execution.builder(key).agent("approval-bot").task(task).startedAt(Instant.parse("2024-10-15T14:23:01.5Z"))
                .duration(Duration.ofMillis(1234)).outcome(outcome)
                .errorKind(outcome == Outcome.SUCCESS ? null : ErrorKind.PERMISSION_DENIED)
                .errorMessage(outcome == Outcome.SUCCESS ? null : "403 Forbidden").model("gpt-4o").costMicros(1_234_567)
                .inputTokens(12_000).outputTokens(800).build();
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void writesRfc4180WithHeaderPlainNumbersAndUtcTimes() throws IOException {
        StringWriter out = new StringWriter();
        exporter.writeExecutions(List.of(execution("ex-1", "Approve PR-1, \"urgent\"\nsecond line", Outcome.SUCCESS)),
                out, ExportControl.NONE);

        String csv = out.toString();
        List<CSVRecord> rows = read(csv);
        assertThat(csv).startsWith(String.join(",", ExecutionColumns.names()) + "\r\n");
        assertThat(rows).hasSize(2);
        CSVRecord row = rows.get(1);
        Map<String, Integer> col = new java.util.HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            col.put(rows.get(0).get(i), i);
        }
        assertThat(row.get(col.get("task"))).isEqualTo("Approve PR-1, \"urgent\"\nsecond line");
        assertThat(row.get(col.get("started_at"))).isEqualTo("2024-10-15T14:23:01.500Z");
        assertThat(row.get(col.get("ended_at"))).isEqualTo("2024-10-15T14:23:02.734Z");
        assertThat(row.get(col.get("duration_ms"))).isEqualTo("1234");
        assertThat(row.get(col.get("cost_usd"))).isEqualTo("1.234567");
        assertThat(row.get(col.get("input_tokens"))).isEqualTo("12000");
        assertThat(row.get(col.get("outcome"))).isEqualTo("success");
        assertThat(row.get(col.get("error"))).isEmpty();
    }

    @Test
    void theExecutionsExportHasThePatternColumnEmptyWhereNoneIsNamed() throws IOException {
        StringWriter out = new StringWriter();
        exporter.writeExecutions(List.of(execution("ex-v", "t", Outcome.SUCCESS).toBuilder().pattern("voting").build(),
                execution("ex-n", "t", Outcome.SUCCESS)), out, ExportControl.NONE);

        List<CSVRecord> rows = read(out.toString());
        int column = rows.get(0).toList().indexOf("pattern");
        assertThat(column).isEqualTo(rows.get(0).toList().indexOf("session_id") + 1);
        assertThat(rows.get(1).get(column)).isEqualTo("voting");
        assertThat(rows.get(2).get(column)).isEmpty();
    }

    @Test
    void neutralisesFormulasInTextButNotNegativeNumbers() throws IOException {
        Execution e = execution("=HYPERLINK(\"http://x\")", "-2+3", Outcome.FAILURE).toBuilder()
                .agent("@SUM(A1)").errorMessage("+cmd|' /C calc'!A0").model("\tgpt").userId("'=already").costMicros(-1_500_000)
                .build();
        StringWriter out = new StringWriter();
        exporter.writeExecutions(List.of(e), out, ExportControl.NONE);

        CSVRecord row = read(out.toString()).get(1);
        List<String> names = ExecutionColumns.names();
        assertThat(row.get(names.indexOf("execution_id"))).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get(names.indexOf("task"))).isEqualTo("'-2+3");
        assertThat(row.get(names.indexOf("agent"))).isEqualTo("'@SUM(A1)");
        assertThat(row.get(names.indexOf("error"))).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get(names.indexOf("model"))).isEqualTo("'\tgpt");
        assertThat(row.get(names.indexOf("user_id"))).isEqualTo("''=already");
        assertThat(row.get(names.indexOf("cost_usd"))).isEqualTo("-1.500000");
    }

    @Test
    void neverWritesSecrets() throws IOException {
        Execution e = execution("ex-s", "mail ceo@example.com with key sk-ant-api03-AAAAAAAAAAAAAAAA", Outcome.FAILURE)
                .toBuilder().errorMessage("401: Bearer abcdefghijklmnopqrstuvwxyz rejected").userId("ops@example.com")
                .addStep(Step.builder(StepKind.TOOL_ERROR).name("mailer").failure(ErrorKind.PERMISSION_DENIED,
                        "AKIAIOSFODNN7EXAMPLE lacks ses:SendEmail").build())
                .build();
        StringWriter all = new StringWriter();
        exporter.writeExecutions(List.of(e), all, ExportControl.NONE);
        exporter.writeFailures(List.of(e), all, ExportControl.NONE);

        assertThat(all.toString()).doesNotContain("ceo@example.com", "ops@example.com", "sk-ant-api03", "abcdefghijklmnop",
                "AKIAIOSFODNN7EXAMPLE").contains("[redacted-email]", "sk-ant-[redacted]", "Bearer [redacted]");
    }

    @Test
    void failuresExportKeepsOnlyWhatDidNotSucceedWithItsFailedStep() throws IOException {
        Execution failed = execution("bad", "t", Outcome.FAILURE).toBuilder()
                .addStep(Step.builder(StepKind.TOOL_CALL).name("approve_payment").build())
                .addStep(Step.builder(StepKind.TOOL_ERROR).name("approve_payment").failure(ErrorKind.PERMISSION_DENIED, "403").build())
                .build();
        StringWriter out = new StringWriter();
        long rows = exporter.writeFailures(List.of(execution("good", "t", Outcome.SUCCESS), failed,
                execution("partial", "t", Outcome.PARTIAL)), out, ExportControl.NONE);

        List<CSVRecord> records = read(out.toString());
        assertThat(rows).isEqualTo(2);
        assertThat(records.get(0).toList()).startsWith("execution_id", "agent", "started_at", "outcome", "error_kind", "error",
                "failed_step", "failed_step_kind");
        assertThat(records.get(1).toList()).startsWith("bad", "approval-bot", "2024-10-15T14:23:01.500Z", "failure",
                "PERMISSION_DENIED", "403 Forbidden", "approve_payment", "TOOL_ERROR");
        assertThat(records.get(2).get(0)).isEqualTo("partial");
    }

    @Test
    void agentSummaryHasRatesPercentilesCostAndErrorCounts() throws IOException {
        DurationStats d = new DurationStats(40, Duration.ofMillis(900), Duration.ofMillis(100), Duration.ofSeconds(9),
                Duration.ofMillis(750), Duration.ofMillis(2500), Duration.ofNanos(8_100_500_000L));
        AgentStats stats = new AgentStats("fraud-scorer", 40, 39, 1, 2, d, 50_000, 4_000, 123_456_789,
                Map.of(ErrorKind.RATE_LIMIT, 1L));
        StringWriter out = new StringWriter();
        exporter.writeAgentSummary(List.of(stats), out, ExportControl.NONE);

        List<CSVRecord> rows = read(out.toString());
        List<String> header = rows.get(0).toList();
        CSVRecord row = rows.get(1);
        assertThat(header).startsWith("agent", "executions", "successes", "failures", "success_rate")
                .contains("p50_ms", "p95_ms", "p99_ms", "avg_ms", "total_cost_usd", "errors_rate_limit", "errors_timeout");
        assertThat(row.get(header.indexOf("success_rate"))).isEqualTo("0.9750");
        assertThat(row.get(header.indexOf("p95_ms"))).isEqualTo("2500");
        assertThat(row.get(header.indexOf("p99_ms"))).isEqualTo("8100.5");
        assertThat(row.get(header.indexOf("total_cost_usd"))).isEqualTo("123.456789");
        assertThat(row.get(header.indexOf("errors_rate_limit"))).isEqualTo("1");
        assertThat(row.get(header.indexOf("errors_timeout"))).isEqualTo("0");
        assertThat(row.get(header.indexOf("recovery_rate"))).as("no recovery counts given").isEmpty();
    }

    @Test
    void agentSummaryHasRecoveryThroughputAndRanking() throws IOException {
        DurationStats d = new DurationStats(40, Duration.ofMillis(1500), Duration.ofMillis(100), Duration.ofSeconds(9),
                Duration.ofMillis(750), Duration.ofMillis(2500), Duration.ofSeconds(8));
        AgentStats stats = new AgentStats("fraud-scorer", 40, 30, 10, 8, d, 0, 0, 0, Map.of(), 6, 8,
                Duration.ofMinutes(20));
        StringWriter out = new StringWriter();
        exporter.writeAgentSummary(List.of(stats), out, ExportControl.NONE);

        List<CSVRecord> rows = read(out.toString());
        List<String> header = rows.get(0).toList();
        assertThat(rows.get(1).get(header.indexOf("recovery_rate"))).isEqualTo("0.7500");
        assertThat(rows.get(1).get(header.indexOf("throughput_per_min"))).isEqualTo("2.0000");
        // 0.75 success / (1.5 s + 1)
        assertThat(rows.get(1).get(header.indexOf("ranking_score"))).isEqualTo("0.3000");
    }

    @Test
    void reportsProgressAndWritesUtf8ToAFile(@TempDir Path dir) throws IOException {
        List<Execution> many = IntStream.range(0, 2_500).mapToObj(i -> execution("ex-" + i, "Prüfung ✓", Outcome.SUCCESS)).toList();
        List<Long> reports = new ArrayList<>();
        Path file = dir.resolve("out/executions.csv");

        long rows = exporter.writeExecutions(many, file, new ExportControl(reports::add, () -> false));

        assertThat(rows).isEqualTo(2_500);
        assertThat(reports).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Prüfung ✓");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aCancelledExportLeavesNoFileBehind(@TempDir Path dir) throws IOException {
        List<Execution> many = IntStream.range(0, 5_000).mapToObj(i -> execution("ex-" + i, "t", Outcome.SUCCESS)).toList();
        List<Long> reports = new ArrayList<>();
        Path file = dir.resolve("executions.csv");

        assertThatThrownBy(() -> exporter.writeExecutions(many, file,
                new ExportControl(reports::add, () -> !reports.isEmpty()))).isInstanceOf(CancellationException.class);

        assertThat(reports).containsExactly(1_000L);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void writesAnyTableThroughItsColumns() throws IOException {
        record Row(String name, long count) {
        }
        List<CsvColumn<Row>> columns = List.of(CsvColumn.text("name", Row::name),
                CsvColumn.number("count", r -> Long.toString(r.count())));
        StringWriter out = new StringWriter();

        exporter.writeTable(columns, List.of(new Row("=1+1", -3), new Row(null, 0)), out, ExportControl.NONE);

        // An empty first cell is quoted so the row is not mistaken for a blank line.
        assertThat(out.toString()).isEqualTo("name,count\r\n'=1+1,-3\r\n\"\",0\r\n");
    }

    @Test
    void neutraliseAndRestoreAreInverse() {
        for (String s : new String[] {"=A1", "+1", "-x", "@a", "\tx", "\rx", "'=A1", "''-1", "'plain", "plain", "''", "'", ""}) {
            assertThat(CsvCells.restore(CsvCells.neutralise(s))).as(s).isEqualTo(s);
        }
        assertThat(CsvCells.neutralise("plain")).isEqualTo("plain");
        assertThat(CsvCells.neutralise("'plain")).isEqualTo("'plain");
    }
}
