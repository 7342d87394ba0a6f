package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.model.Redactor;
import io.breakerboard.service.Components;
import io.breakerboard.service.ExportKind;
import io.breakerboard.testsupport.PlantedSecrets;
import io.breakerboard.testsupport.PlantedSecrets.Planted;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Plants every kind of secret in every import format, in agent names, tasks, inputs, outputs, errors, models,
 * users, step payloads and attributes, and in malformed records that go to the quarantine; imports them with
 * the command line as a user would, then looks for each secret in the bytes of every file of the data directory
 * (the store keeps texts uncompressed: execution blocks hold plain UTF-8 and H2 does not compress pages, which
 * the canaries planted beside the secrets prove by being found), in every CSV export and in the console output.
 */
class SecretsNeverStoredTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRETS = PlantedSecrets.allInOne();
    private static final Set<String> FREE_TEXT = Set.of("name", "message", "input", "output", "content",
            "statusMessage", "text", "thinking", "command", "toolUseResult", "summary", "arguments", "stderr",
            "question", "answer", "error", "reasoning_content", "function_name", "model", "model_name",
            "ls_model_name", "userId", "user_id");
    private static final List<String> FORMATS = List.of("canonical-jsonl", "audit-jsonl", "pipe-log", "cost-json",
            "csv", "otlp-json", "langfuse", "langsmith", "claude-code", "codex", "atif");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void noPlantedSecretIsFoundInTheDataDirectoryTheExportsOrTheConsole() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        writeLogs(logs);
        Path data = dir.resolve("data");

        assertThat(run("import", "--data-dir", data.toString(), logs.toString())).isZero();

        Map<String, byte[]> files = new java.util.TreeMap<>();
        for (ExportKind kind : ExportKind.values()) {
            Path csv = dir.resolve(kind.name().toLowerCase() + ".csv");
            assertThat(run("export", "--data-dir", data.toString(), "--kind", kind.name(), "-o", csv.toString()))
                    .as(kind.name() + ": " + err).isZero();
            files.put("export " + kind, Files.readAllBytes(csv));
        }
        try (Stream<Path> all = Files.walk(data)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(data.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        files.put("console", (out.toString() + err).getBytes(StandardCharsets.UTF_8));

        Set<String> formats = new HashSet<>();
        try (CSVParser csv = CSVParser.parse(dir.resolve("executions.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().get())) {
            for (CSVRecord r : csv) {
                formats.add(r.get("format"));
            }
        }
        assertThat(formats).as("every planted file was imported").containsAll(FORMATS);
        String stored = files.entrySet().stream().filter(e -> !e.getKey().startsWith("export") && !e.getKey().equals("console"))
                .map(e -> new String(e.getValue(), StandardCharsets.ISO_8859_1)).reduce("", String::concat);
        for (String format : FORMATS) {
            assertThat(stored).as("the planted text of " + format + " reached the store as plain bytes")
                    .contains(canary(format));
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.ISO_8859_1);
            for (Planted p : PlantedSecrets.ALL) {
                for (String form : forms(p.secret())) {
                    int at = text.indexOf(form);
                    if (at >= 0) {
                        found.add(p.kind() + " in " + f.getKey() + " after: "
                                + text.substring(Math.max(0, at - 80), at).replace("\n", "\\n"));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(out.toString()).doesNotContain("\u001b");
    }

    // The secret as plain text, UTF-8 bytes read as Latin-1 (so a byte search finds it) and JSON-escaped.
    private static List<String> forms(String secret) throws IOException {
        String json = JSON.writeValueAsString(secret);
        return List.of(secret, json.substring(1, json.length() - 1));
    }

    private static String canary(String format) {
        return "canary-" + format.replace("-", "");
    }

    private static String planted(String format) {
        return canary(format) + " \u001b[2J " + SECRETS;
    }

    private int run(String... args) {
        Components components = Components.of(RollupMetrics::new, Formats::all, Redactor.DEFAULT::redact,
                Redactor.DEFAULT::redact);
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private void writeLogs(Path logs) throws IOException {
        writeCanonical(logs.resolve("canonical.jsonl"));
        writeAudit(logs.resolve("audit.jsonl"));
        writePipe(logs.resolve("agents.log"));
        writeCost(logs.resolve("costs.json"));
        writeCsv(logs.resolve("executions.csv"));
        writeTrace("otlp/agent-trace.json", logs.resolve("otlp.json"), "otlp-json", false);
        writeTrace("langfuse/trace.json", logs.resolve("langfuse.json"), "langfuse", false);
        writeTrace("langsmith/payload.json", logs.resolve("langsmith.json"), "langsmith", false);
        writeTrace("claude-code/session.jsonl", logs.resolve("claude.jsonl"), "claude-code", true);
        writeTrace("codex/rollout.jsonl", logs.resolve("rollout-codex.jsonl"), "codex", true);
        writeTrace("atif/trajectory.json", logs.resolve("atif.json"), "atif", false);
    }

    private void writeCanonical(Path file) throws IOException {
        String s = planted("canonical-jsonl");
        ObjectNode e = JSON.createObjectNode().put("execution_id", "ex-planted-1").put("agent", "agent " + s)
                .put("task", s).put("started_at", "2024-10-14T00:00:00Z").put("duration_ms", 3_600_000)
                .put("outcome", "failure").put("error", s).put("model", "model " + s).put("user_id", s)
                .put("session_id", s).put("iterations", 500).put("cost_usd", 900);
        ObjectNode step = e.putArray("steps").addObject().put("kind", "TOOL_CALL").put("name", "tool " + s)
                .put("at", "2024-10-14T00:00:01Z").put("input", s).put("output", s);
        step.putObject("attributes").put("note", s).put("password", "hunter2-plain").put(s, "v");
        String broken = "{\"execution_id\":\"ex-broken\",\"agent\":" + JSON.writeValueAsString(s) + ",\"started_at\":";
        ObjectNode badTime = JSON.createObjectNode().put("execution_id", "ex-bad-time").put("started_at", s);
        Files.writeString(file, JSON.writeValueAsString(e) + "\n" + broken + "\n" + JSON.writeValueAsString(badTime)
                + "\n");
    }

    private void writeAudit(Path file) throws IOException {
        String s = planted("audit-jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("timestamp", "2024-10-14T00:0" + i + ":00Z")
                    .put("user_id", s).put("session_id", "sess-planted").put("agent", "agent " + s)
                    .put("agent_step", "tool_call").put("tool_name", "tool " + s).put("tool_args", s)
                    .put("tool_result_summary", s).put("success", false).put("error", s).put("model", "m " + s)
                    .put("extra", s)));
        }
        lines.add("{\"timestamp\":\"2024-10-14T00:05:00Z\",\"session_id\":" + JSON.writeValueAsString(s) + ",\"tool_name\":");
        Files.write(file, lines);
    }

    private void writePipe(Path file) throws IOException {
        String s = pipeQuoted(planted("pipe-log"));
        Files.writeString(file, String.join("\n",
                "2024-10-15 14:22:59 | TOOL_CALL | tool=early | args=" + s,
                "2024-10-15 14:23:01 | AGENT_START | agent=" + s + " | task=" + s,
                "[14:23:02] LLM_CALL | model=" + s + " | tokens=1200/320 | cost=$0.0007 | latency=1.2s",
                "[14:23:03] TOOL_CALL | tool=get_order | args=" + s,
                "[14:23:04] TOOL_RESULT | tool=get_order | latency=120ms | status=error | result=" + s,
                "[14:23:05] CUSTOM_EVENT | note=" + s + " | " + s,
                "[14:23:15] AGENT_DONE | status=failure | error=" + s + " | cost=$0.03 | duration=14s") + "\n");
    }

    private static String pipeQuoted(String s) {
        return "\"" + s.replace("\n", " ; ").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void writeCost(Path file) throws IOException {
        String s = planted("cost-json");
        ObjectNode doc = JSON.createObjectNode().put("execution_id", "cost-planted").put("timestamp", "2024-10-14T00:00:00Z")
                .put("agent", "agent " + s).put("task", s).put("outcome", "failure").put("error", s).put("user_id", s)
                .put("session_id", s);
        ObjectNode costs = doc.putObject("costs");
        costs.putObject("planner").put("model", "model " + s).put("tokens", 700).put("cost", 0.002);
        costs.putObject("agent " + s).put("tokens", 10).put("cost", 0.001);
        doc.put("total_cost", 0.003);
        ObjectNode noTime = JSON.createObjectNode().put("execution_id", "cost-no-time").put("agent", s);
        noTime.putObject("costs").putObject("planner").put("cost", 0.1);
        noTime.put("total_cost", 0.1);
        Files.writeString(file, JSON.writeValueAsString(doc) + "\n" + JSON.writeValueAsString(noTime) + "\n");
    }

    private void writeCsv(Path file) throws IOException {
        String s = planted("csv");
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(sb, CSVFormat.DEFAULT)) {
            csv.printRecord("execution_id", "agent", "task", "started_at", "duration_ms", "outcome", "error", "model",
                    "user_id", "session_id");
            csv.printRecord("csv-planted", "agent " + s, s, "2024-10-14T00:00:00Z", "1200", "failure", s, "m " + s, s, s);
            csv.printRecord("csv-bad", s);
        }
        Files.writeString(file, sb.toString());
    }

    // A fixture of a trace format with the planted text appended to every free-text value, and for line formats a
    // broken line carrying it.
    private void writeTrace(String fixture, Path file, String format, boolean lines) throws IOException {
        String s = planted(format);
        String text;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + fixture)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder();
        if (lines) {
            for (String line : text.split("\n")) {
                JsonNode n = parseOrNull(line);
                sb.append(n == null ? line : JSON.writeValueAsString(plant(n, s))).append('\n');
            }
            sb.append("{\"type\":\"assistant\",\"text\":").append(JSON.writeValueAsString(s)).append(",\n");
        } else {
            sb.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plant(JSON.readTree(text), s)));
        }
        Files.writeString(file, sb.toString());
    }

    private static JsonNode parseOrNull(String line) {
        try {
            return line.isBlank() ? null : JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode plant(JsonNode node, String s) {
        if (node instanceof ObjectNode o) {
            boolean enumAttribute = o.path("key").asText("").matches(".*(operation\\.name|\\.type|\\.system|kind)$");
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isTextual() && FREE_TEXT.contains(f.getKey())) {
                    f.setValue(TextNode.valueOf(f.getValue().asText() + " " + s));
                } else if (f.getValue().isTextual() && f.getKey().equals("stringValue") && !enumAttribute) {
                    f.setValue(TextNode.valueOf(f.getValue().asText() + " " + s));
                } else {
                    plant(f.getValue(), s);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(x -> plant(x, s));
        }
        return node;
    }
}
