package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.llm.FakeChatServer;
import io.breakerboard.engine.llm.ModelSettingsFile;
import io.breakerboard.service.Components;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.TestComponents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelConfigCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private FakeChatServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        server = new FakeChatServer();
        server.otherwise(req -> FakeChatServer.Answer.json(200, FakeChatServer.text("Nothing wrong found.", 300, 12)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        Components components = TestComponents.with(new CountingMetrics(), CLOCK);
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path config(String keyEnvLine) throws Exception {
        return Files.writeString(dir.resolve("model.json"), "{\"client\": \"openai-compatible\", \"base_url\": \""
                + server.baseUrl() + "\"," + keyEnvLine + " \"strong\": {\"model\": \"local-big\", \"input_usd_per_million\": 1,"
                + " \"output_usd_per_million\": 2}, \"cheap\": {\"model\": \"local-small\"}, \"timeout_seconds\": 5}");
    }

    @Test
    void engineRunWithAModelConfigSendsEveryModelCallToTheEndpoint() throws Exception {
        int code = run("engine", "run", "--data-dir", dir.resolve("data").toString(), "--virtual-time", "--executions",
                "4", "--concurrency", "1", "--model-config", config("").toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Model: " + server.baseUrl() + " (strong local-big, cheap local-small)",
                "Stored 4 new executions");
        assertThat(server.received()).isNotEmpty()
                .allMatch(r -> r.body().path("model").asText().startsWith("local-"))
                .allMatch(r -> r.header("Authorization") == null);
        assertThat(Files.exists(dir.resolve("data").resolve(ModelSettingsFile.FILE_NAME))).isFalse();
    }

    @Test
    void aKeyVariableThatIsNotSetStopsTheRunBeforeAnyCallSayingWhatToSet() throws Exception {
        int code = run("engine", "run", "--data-dir", dir.resolve("data").toString(), "--virtual-time", "--executions",
                "2", "--model-config", config(" \"api_key_env\": \"BB_UNSET_TEST_KEY_VARIABLE\",").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("set BB_UNSET_TEST_KEY_VARIABLE to the API key of " + server.baseUrl());
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aKeyWrittenIntoTheFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("model.json"), "{\"base_url\": \"" + server.baseUrl()
                + "\", \"api_key\": \"abc123\", \"strong\": {\"model\": \"a\"}, \"cheap\": {\"model\": \"b\"}}");

        int code = run("engine", "run", "--data-dir", dir.resolve("data").toString(), "--virtual-time", "--executions",
                "2", "--model-config", file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("keys are not kept in files").doesNotContain("abc123");
    }
}
