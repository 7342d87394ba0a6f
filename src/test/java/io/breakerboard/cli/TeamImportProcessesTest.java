package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.receiver.OtlpReceiver;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.service.StoreLocation;
import io.breakerboard.service.StoredReport;
import io.breakerboard.testsupport.TeamPostgres;
import io.breakerboard.testsupport.TestComponents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Three importing processes and a receiver write one team store at once, with overlapping files; the store then
 * holds the union of the inputs, each execution once, and the report's totals are those of the stored rows.
 */
class TeamImportProcessesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final int TRACES = 40;
    /** Keys per file step: file f holds keys STEP·f .. STEP·f + 2·STEP − 1. */
    private static final int STEP = 400;

    @TempDir
    Path dir;

    // The first half of file 2's keys are in file 1 too, with a longer duration there (updated executions).
    private Path file(int f, Map<String, Long> costs) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int k = STEP * f; k < STEP * f + 2 * STEP; k++) {
            long durationMs = 100 + k % 50 + (f == 2 && k < 2 * STEP + STEP / 2 ? 7 : 0);
            long micros = 1_000 + k;
            costs.put("ex-" + k, micros);
            lines.append("{\"execution_id\":\"ex-").append(k).append("\",\"agent\":\"agent-").append(k % 4)
                    .append("\",\"started_at\":\"").append(T0.plusSeconds(k)).append("\",\"duration_ms\":")
                    .append(durationMs).append(",\"outcome\":\"").append(k % 9 == 0 ? "failure" : "success")
                    .append("\",\"cost_usd\":").append(micros / 1_000_000.0).append("}\n");
        }
        Path file = dir.resolve("part-" + f + ".jsonl");
        Files.writeString(file, lines);
        return file;
    }

    private static String trace(int i) {
        long start = T0.plusSeconds(10_000 + i).getEpochSecond() * 1_000_000_000L;
        return """
                {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"receiver-bot"}}]},
                  "scopeSpans":[{"spans":[{"traceId":"%032x","spanId":"00000000000000a0",
                    "name":"chat","startTimeUnixNano":"%d","endTimeUnixNano":"%d",
                    "attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}}]}]}]}]}
                """.formatted(0xbeef0000L + i, start, start + 500_000_000L);
    }

    @Test
    void threeImportProcessesAndAReceiverStoreTheUnionOfTheirInputsOnce() throws Exception {
        String url = TeamPostgres.newDatabase();
        Map<String, Long> costs = new HashMap<>();
        List<Path> files = List.of(file(0, costs), file(1, costs), file(2, costs));

        CompletableFuture<Void> stop = new CompletableFuture<>();
        CompletableFuture<OtlpReceiver> started = new CompletableFuture<>();
        StringWriter serveOut = new StringWriter();
        CommandLine serve = new CommandLine(new ServeCommand(TestComponents.standard(), stop, started::complete));
        serve.setOut(new PrintWriter(serveOut));
        CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> serve.execute("--database", url,
                "--data-dir", dir.resolve("serve").toString(), "--otlp", "127.0.0.1:0"));
        int port = started.get(60, TimeUnit.SECONDS).address().getPort();

        List<Process> importers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            // Every process imports two of the files, so each file is imported twice at the same time.
            importers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xmx256m", "io.breakerboard.App", "import",
                    "--database", url, "--data-dir", dir.resolve("importer-" + p).toString(),
                    files.get(p).toString(), files.get((p + 1) % 3).toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("importer-" + p + ".log").toFile()).start());
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < TRACES; i++) {
            for (int repeat = 0; repeat < (i % 5 == 0 ? 2 : 1); repeat++) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/v1/traces")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(trace(i))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
            }
        }
        for (int p = 0; p < 3; p++) {
            assertThat(importers.get(p).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(importers.get(p).exitValue()).as(Files.readString(dir.resolve("importer-" + p + ".log"))).isZero();
        }
        stop.complete(null);
        assertThat(served.get(60, TimeUnit.SECONDS)).isZero();

        StoreLocation team = StoreLocation.of(dir.resolve("check"), url);
        try (LocalWorkspace ws = WorkspaceAssembler.open(team, TestComponents.standard())) {
            Map<String, Integer> stored = new HashMap<>();
            long storedCost = 0;
            for (Execution e : ws.queries().executions(MetricsFilter.all(), false, 100_000)) {
                stored.merge(e.key(), 1, Integer::sum);
                storedCost += e.costMicros();
            }
            assertThat(stored).hasSize(4 * STEP + TRACES).allSatisfy((key, n) -> assertThat(n).isOne());
            assertThat(stored.keySet()).containsAll(costs.keySet());
            assertThat(ws.queries().execution("ex-" + (2 * STEP + 1))).get().satisfies(e -> assertThat(e.duration().toMillis()).isIn(101L, 108L));
            AgentStats total = ws.dashboards().snapshot(MetricsFilter.all()).total();
            assertThat(total.executions()).isEqualTo(4 * STEP + TRACES);
            assertThat(total.costMicros()).isEqualTo(storedCost);
        }
        AgentStats reported = StoredReport.snapshot(team, TestComponents.standard(), MetricsFilter.all()).total();
        assertThat(reported.executions()).isEqualTo(4 * STEP + TRACES);
    }

    @Test
    void aPasswordInTheDatabaseAddressIsRefusedAndNotRepeated() {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(TestComponents.standard());
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("report", "--data-dir", dir.toString(), "--database",
                "postgresql://writer:s3cret@localhost:5432/fleet")).isEqualTo(2);
        assertThat(err.toString()).contains("PGPASSWORD").doesNotContain("s3cret");
    }
}
