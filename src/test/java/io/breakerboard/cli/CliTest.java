package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.model.Outcome;
import io.breakerboard.service.Components;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.PipeFormat;
import io.breakerboard.testsupport.TestComponents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    private static final Instant T = Instant.parse("2024-10-15T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T.plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path data;
    private Path logs;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        data = dir.resolve("data");
        logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("agents.log"), String.join("\n",
                line("k1", "alpha", 0, 100, Outcome.SUCCESS, 1_000),
                line("k2", "alpha", 10, 300, Outcome.FAILURE, 2_000),
                line("k3", "beta", 20, 200, Outcome.SUCCESS, 500),
                line("k4", "=cmd", 1800, 50, Outcome.SUCCESS, 0),
                "exec|broken") + "\n");
    }

    private static String line(String key, String agent, long secondsAfterT, long ms, Outcome outcome, long cost) {
        return PipeFormat.line(key, agent, T.plusSeconds(secondsAfterT).toEpochMilli(), ms, outcome, cost);
    }

    private int run(String... args) {
        return runWith(new CountingMetrics(), args);
    }

    private int runWith(io.breakerboard.metrics.Metrics metrics, String... args) {
        Components components = TestComponents.with(metrics, CLOCK);
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private List<String> outLines() {
        return Arrays.asList(out.toString().split("\n"));
    }

    @Test
    void importPrintsOneAlignedRowPerFileAndTotals() throws IOException {
        Files.write(logs.resolve("blob.bin"), new byte[] {0, 1, 2, 0});

        int code = run("import", "--data-dir", data.toString(), logs.toString());

        assertThat(code).isEqualTo(ImportCommand.EXIT_INCOMPLETE);
        List<String> lines = outLines();
        assertThat(lines.get(0)).startsWith("FILE")
                .containsSubsequence("FORMAT", "READ", "NEW", "DUPLICATES", "UPDATED", "QUARANTINED");
        assertThat(lines.get(1)).contains("agents.log", "pipe", "ok").containsPattern("\\s5\\s+4\\s+0\\s+0\\s+1\\s");
        assertThat(lines.get(2)).contains("blob.bin", "not a log Breakerboard can read: blob.bin looks binary");
        assertThat(lines.get(3)).startsWith("TOTAL").contains("1 of 2 files read completely, 1 refused");
        assertThat(lines.get(4)).startsWith("READ = NEW + DUPLICATES + UPDATED + QUARANTINED");
        int newColumnEnd = lines.get(0).indexOf("NEW") + "NEW".length();
        assertThat(lines.get(1).charAt(newColumnEnd - 1)).isEqualTo('4');
        assertThat(lines.get(3).charAt(newColumnEnd - 1)).isEqualTo('4');
        assertThat(out.toString()).contains("agents.log:5: expected 7 fields");
    }

    @Test
    void importingAgainReportsDuplicatesAndStillSucceeds() {
        run("import", "--data-dir", data.toString(), logs.toString());
        out.getBuffer().setLength(0);

        int code = run("import", "--data-dir", data.toString(), logs.resolve("agents.log").toString());

        assertThat(code).isZero();
        assertThat(outLines().get(1)).containsPattern("\\s5\\s+0\\s+4\\s+0\\s+1\\s");
    }

    @Test
    void aRecordThatChangedIsCountedAsUpdated() throws IOException {
        run("import", "--data-dir", data.toString(), logs.toString());
        Files.writeString(logs.resolve("agents.log"), String.join("\n",
                line("k1", "alpha", 0, 100, Outcome.SUCCESS, 1_000),
                line("k2", "alpha", 10, 300, Outcome.SUCCESS, 2_500)) + "\n");
        out.getBuffer().setLength(0);

        run("import", "--data-dir", data.toString(), logs.resolve("agents.log").toString());

        List<String> lines = outLines();
        int updatedColumnEnd = lines.get(0).indexOf("UPDATED") + "UPDATED".length();
        assertThat(lines.get(0)).contains("DUPLICATES", "UPDATED");
        assertThat(lines.get(1)).containsPattern("\\s2\\s+0\\s+1\\s+1\\s");
        assertThat(lines.get(1).charAt(updatedColumnEnd - 1)).isEqualTo('1');
    }

    @Test
    void importFailsOnlyWhenNothingCouldBeRead() throws IOException {
        Path bin = Files.write(dir.resolve("only.bin"), new byte[] {0, 0, 0});

        assertThat(run("import", "--data-dir", data.toString(), bin.toString())).isEqualTo(1);
        assertThat(run("import", "--data-dir", data.toString(), dir.resolve("missing.log").toString())).isEqualTo(1);
    }

    @Test
    void aFileThatStopsEarlyIsReportedWithItsPlaceAndTheExitCodeSaysSo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.log"), String.join("\n",
                line("b1", "alpha", 0, 100, Outcome.SUCCESS, 1), line("b2", "alpha", 1, 100, Outcome.SUCCESS, 1),
                "exec|DISK-ERROR") + "\n");
        LogFormat stopsOnDiskError = new PipeFormat() {
            @Override
            public void parse(LogSource source, ParseSink sink) throws IOException {
                super.parse(source, new ParseSink() {
                    @Override
                    public void execution(io.breakerboard.model.Execution execution) {
                        sink.execution(execution);
                    }

                    @Override
                    public void reject(long line, String reason, String raw) {
                        if (raw.contains("DISK-ERROR")) {
                            throw new java.io.UncheckedIOException(new IOException("Input/output error"));
                        }
                        sink.reject(line, reason, raw);
                    }
                });
            }
        };
        CountingMetrics metrics = new CountingMetrics();
        Components components = new Components(() -> metrics, () -> List.of(stopsOnDiskError),
                java.util.function.UnaryOperator.identity(), java.util.function.UnaryOperator.identity(), CLOCK,
                Components.DEFAULT_TAIL_INTERVAL);
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("import", "--data-dir", data.toString(), broken.toString(),
                logs.resolve("agents.log").toString());

        assertThat(code).isEqualTo(ImportCommand.EXIT_INCOMPLETE);
        List<String> lines = outLines();
        assertThat(lines.get(1)).contains("broken.log").containsPattern("\\s2\\s+2\\s+0\\s+0\\s+0\\s")
                .contains("stopped early at line 3, byte ");
        assertThat(lines.get(2)).contains("agents.log", "ok");
        assertThat(lines.get(3)).contains("1 of 2 files read completely, 1 stopped early");
    }

    @Test
    void anUnusableDataDirectoryIsExplainedInOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        int code = run("import", "--data-dir", file.resolve("sub").toString(), logs.toString());

        assertThat(code).isEqualTo(Cli.EXIT_DATA_DIR);
        assertThat(err.toString()).startsWith("Cannot create the data directory").doesNotContain("Exception");
    }

    @Test
    void reportCsvHasTheHeaderOneRowPerAgentAndAll() {
        run("import", "--data-dir", data.toString(), logs.toString());
        out.getBuffer().setLength(0);

        assertThat(run("report", "--data-dir", data.toString(), "--format", "csv")).isZero();

        List<String> lines = outLines();
        assertThat(lines.get(0)).startsWith(
                "agent,executions,successes,failures,success_rate,p50_ms,p95_ms,p99_ms,avg_ms,total_cost_usd");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("'=cmd,1,1,0,1.0000,50.000,");
        assertThat(lines.get(2)).startsWith("alpha,2,1,1,0.5000,100.000,300.000,300.000,200.000,0.003000,");
        assertThat(lines.get(3)).startsWith("beta,1,1,0,1.0000,200.000,");
        assertThat(lines.get(4)).startsWith("ALL,4,3,1,0.7500,100.000,300.000,300.000,162.500,0.003500,");
    }

    @Test
    void reportEndsWithRecoveryThroughputAndTheRankingScore() {
        runWith(new io.breakerboard.metrics.RollupMetrics(CLOCK), "import", "--data-dir", data.toString(), logs.toString());
        out.getBuffer().setLength(0);

        assertThat(runWith(new io.breakerboard.metrics.RollupMetrics(CLOCK), "report", "--data-dir", data.toString(),
                "--format", "csv")).as(err.toString()).isZero();

        List<String> lines = outLines();
        assertThat(lines.get(0)).endsWith(",recovery_rate,throughput_per_min,ranking_score");
        // alpha: 1 of 2 succeeded, 200 ms on average: 0.5 / 1.2. Nothing was retried, so nothing to recover.
        assertThat(lines.get(2)).startsWith("alpha,").endsWith(",,0.0667,0.4167");
        // All: 4 executions from the first start to the last end, 30 min 0.05 s.
        assertThat(lines.get(4)).startsWith("ALL,").endsWith(",,0.1333,0.6452");
    }

    @Test
    void reportFiltersByAgentAndRelativeTime() {
        run("import", "--data-dir", data.toString(), logs.toString());
        out.getBuffer().setLength(0);

        run("report", "--data-dir", data.toString(), "--format", "csv", "--agent", "alpha", "--agent", "beta",
                "--since", "2h", "--until", "2024-10-15T12:10:00Z");

        assertThat(outLines()).extracting(l -> l.split(",")[0] + "," + l.split(",")[1])
                .containsExactly("agent,executions", "alpha,2", "beta,1", "ALL,3");
    }

    @Test
    void reportByPatternHasOneRowPerPatternAndThePatternFilterNarrowsTheAgentReport() throws IOException {
        Path lines = Files.createDirectories(dir.resolve("patterns")).resolve("runs.jsonl");
        Files.writeString(lines, String.join("\n",
                patternLine("p1", "alpha", 0, 100, "success", "0.001", "voting"),
                patternLine("p2", "alpha", 10, 300, "failure", "0.002", "voting"),
                patternLine("p3", "beta", 20, 200, "success", "0.0005", "sequential"),
                patternLine("p4", "beta", 30, 50, "success", "0", null)) + "\n");
        runCanonical("import", "--data-dir", data.toString(), lines.toString());
        out.getBuffer().setLength(0);

        assertThat(runCanonical("report", "--data-dir", data.toString(), "--format", "csv", "--by", "pattern"))
                .as(err.toString()).isZero();
        List<String> byPattern = outLines();
        out.getBuffer().setLength(0);
        runCanonical("report", "--data-dir", data.toString(), "--format", "csv", "--pattern", "voting");

        assertThat(byPattern.get(0)).startsWith("pattern,executions,successes,failures,success_rate,p50_ms,p95_ms");
        assertThat(byPattern).hasSize(5);
        assertThat(byPattern.get(1)).startsWith("(none),1,1,0,1.0000,50.000,50.000,50.000,50.000,0.000000,");
        assertThat(byPattern.get(2)).startsWith("sequential,1,1,0,1.0000,200.000,200.000,200.000,200.000,0.000500,");
        // Percentiles come from the rollups' sketch, within 1 % of the exact 300 ms; averages and costs are exact.
        assertThat(byPattern.get(3)).startsWith("voting,2,1,1,0.5000,100.000,299.749,299.749,200.000,0.003000,");
        assertThat(byPattern.get(4)).startsWith("ALL,4,3,1,0.7500,99.793,299.749,299.749,162.500,0.003500,");
        assertThat(outLines()).extracting(l -> l.split(",")[0] + "," + l.split(",")[1])
                .containsExactly("agent,executions", "alpha,2", "ALL,2");
    }

    // Breakerboard's own execution lines, which carry the pattern.
    private int runCanonical(String... args) {
        Components components = new Components(() -> new io.breakerboard.metrics.RollupMetrics(CLOCK),
                () -> List.of(new io.breakerboard.ingest.format.CanonicalJsonlFormat()), e -> e, s -> s, CLOCK,
                java.time.Duration.ofHours(1));
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String patternLine(String key, String agent, long secondsAfterT, long ms, String outcome,
                                      String cost, String pattern) {
        return "{\"execution_id\":\"" + key + "\",\"agent\":\"" + agent + "\",\"started_at\":\""
                + T.plusSeconds(secondsAfterT) + "\",\"duration_ms\":" + ms + ",\"outcome\":\"" + outcome
                + "\",\"cost_usd\":" + cost + (pattern == null ? "" : ",\"pattern\":\"" + pattern + "\"") + "}";
    }

    @Test
    void reportAsATableIsAligned() {
        run("import", "--data-dir", data.toString(), logs.toString());
        out.getBuffer().setLength(0);

        run("report", "--data-dir", data.toString());

        List<String> lines = outLines();
        assertThat(lines.get(0)).startsWith("agent").contains("success_rate");
        assertThat(lines).extracting(String::length).containsOnly(lines.get(0).length());
        assertThat(lines.get(lines.size() - 1)).startsWith("ALL");
    }

    @Test
    void aTimeThatIsNoTimeIsRefusedWithWhatIsAccepted() {
        int code = run("report", "--data-dir", data.toString(), "--since", "yesterday");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--since: 'yesterday' is not a time", "24h");
    }

    @Test
    void engineRunOnVirtualTimeStoresItsExecutionsAndPrintsEveryBreaker() {
        int code = run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--executions", "20",
                "--concurrency", "2", "--seed", "7");

        assertThat(code).isZero();
        String text = out.toString();
        assertThat(text).contains("Running 20 executions on virtual time: 60 per minute, 2 at once, seed 7");
        java.util.regex.Matcher finished = java.util.regex.Pattern.compile("Finished (\\d+) executions").matcher(text);
        assertThat(finished.find()).isTrue();
        assertThat(text).contains("Stored " + finished.group(1) + " new executions");
        assertThat(text).contains("BREAKER", "atlas-pro", "swift-mini", "get_pod_logs", "Tool-result cache:",
                "fallback > retry > circuitBreaker");
        out.getBuffer().setLength(0);

        run("report", "--data-dir", data.toString(), "--format", "csv");

        assertThat(outLines()).last().asString().startsWith("ALL," + finished.group(1) + ",");
    }

    @Test
    void engineRunRefusesAPatternWithoutAnAgentOfItsDomain() {
        int code = run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--agent", "sre-triage=1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("pattern sequential needs an agent of domain FINANCE");
    }

    @Test
    void chaosRunPrintsTheReportStoresItAndExitsNonZeroOnADeviation() {
        assertThat(run("chaos", "run", "--data-dir", data.toString())).isZero();
        assertThat(outLines()).containsExactly("Kill a tool mid-execution  (classic)", "Timeout on one agent  (classic)",
                "Malformed data  (classic)");
        out.getBuffer().setLength(0);

        int passed = run("chaos", "run", "--data-dir", data.toString(), "--virtual-time", "Malformed data");

        assertThat(passed).isZero();
        assertThat(out.toString()).contains("Running experiment 'Malformed data' on virtual time",
                "Passed: The hypothesis held", "Phase ", "Action ", "Expected ", "Actual ", "Fix needed", "Stored as report run-");
        out.getBuffer().setLength(0);

        int deviated = run("chaos", "run", "--data-dir", data.toString(), "--virtual-time", "Timeout on one agent");

        assertThat(deviated).as(err.toString()).isEqualTo(3);
        assertThat(out.toString()).contains("Deviated: 1 check(s) fell outside tolerance", "DEVIATED: ");
    }

    @Test
    void chaosRunNamesTheExperimentsItKnows() {
        int code = run("chaos", "run", "--data-dir", data.toString(), "Unplug everything");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no experiment named 'Unplug everything'; known: Kill a tool mid-execution,"
                + " Timeout on one agent, Malformed data");
    }
}
