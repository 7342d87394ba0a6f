package io.breakerboard.receiver;

import io.breakerboard.model.Execution;
import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.testsupport.TestComponents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/** A workspace in a temporary folder with a receiver on an ephemeral loopback port, and raw HTTP to it. */
final class ReceiverFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    final LocalWorkspace workspace;
    final OtlpReceiver receiver;
    private final HttpClient http = HttpClient.newHttpClient();

    ReceiverFixture(Path dir) throws IOException {
        this(dir, s -> s);
    }

    ReceiverFixture(Path dir, java.util.function.UnaryOperator<ReceiverSettings> settings) throws IOException {
        this(dir, settings, null);
    }

    ReceiverFixture(Path dir, java.util.function.UnaryOperator<ReceiverSettings> settings, ExecutionSink sink)
            throws IOException {
        workspace = WorkspaceAssembler.open(dir.resolve("data"), TestComponents.standard());
        receiver = OtlpReceiver.start(settings.apply(ReceiverSettings.at(new InetSocketAddress("127.0.0.1", 0))),
                sink != null ? sink : workspace.pipeline(), clock);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + receiver.address().getPort() + path);
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body, boolean gzip) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType);
        if (gzip) {
            b.header("Content-Encoding", "gzip");
            body = gzip(body);
        }
        return http.send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Moves the clock past the grace period and waits until the complete traces are stored. */
    void settle() throws InterruptedException {
        clock.advance(ReceiverSettings.DEFAULT_GRACE.plusMillis(1));
        receiver.flush();
    }

    Execution stored(String traceId) {
        return workspace.queries().execution("otlp:" + OtlpSpans.hexId(traceId, 16)).orElseThrow();
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws Exception {
        receiver.close();
        workspace.close();
    }

}
