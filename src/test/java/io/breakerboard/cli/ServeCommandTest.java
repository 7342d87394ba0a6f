package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.receiver.OtlpReceiver;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.testsupport.TestComponents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    private static final String TRACE = """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"support-bot"}}]},
              "scopeSpans":[{"spans":[{"traceId":"0000000000000000000000000000cafe","spanId":"00000000000000a0",
                "name":"chat","startTimeUnixNano":"1772359200000000000","endTimeUnixNano":"1772359201000000000",
                "attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
                  {"key":"gen_ai.usage.input_tokens","value":{"intValue":"42"}}]}]}]}]}
            """;

    @Test
    void serveListensWhereAskedStoresWhatArrivesAndStoresTheRestWhenStopped() throws Exception {
        CompletableFuture<Void> stop = new CompletableFuture<>();
        CompletableFuture<OtlpReceiver> started = new CompletableFuture<>();
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand(TestComponents.standard(), stop, started::complete));
        cl.setOut(new PrintWriter(out));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("--data-dir",
                dir.toString(), "--otlp", "127.0.0.1:0"));

        OtlpReceiver receiver = started.get();
        int port = receiver.address().getPort();
        assertThat(out.toString()).contains("Receiving OTLP/HTTP on http://127.0.0.1:" + port);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/traces")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TRACE)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);

        stop.complete(null);
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).contains("1 spans received, 0 rejected; 1 executions stored");
        try (LocalWorkspace ws = WorkspaceAssembler.open(dir, TestComponents.standard())) {
            assertThat(ws.queries().execution("otlp:0000000000000000000000000000cafe")).get()
                    .satisfies(e -> assertThat(e.inputTokens()).isEqualTo(42));
        }
    }

    @Test
    void aMalformedAddressIsRefusedWithAReason() {
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(TestComponents.standard());
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("serve", "--data-dir", dir.toString(), "--otlp", "localhost")).isEqualTo(2);
        assertThat(err.toString()).contains("HOST:PORT");
    }
}
