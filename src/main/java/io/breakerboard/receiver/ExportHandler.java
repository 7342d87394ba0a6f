package io.breakerboard.receiver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * {@code POST /v1/traces} and {@code POST /v1/logs} as OTLP/HTTP defines them: protobuf or JSON bodies, optionally
 * gzip-compressed; 200 with the export response (partial success naming rejected items), 400 with a status for a
 * body that cannot be decoded, 415 for another content type or encoding, 503 with {@code Retry-After} while the
 * store is behind. Log records of agent CLIs' telemetry become executions as spans do; other log records are
 * reported as rejected, since only agent runs are stored.
 */
final class ExportHandler implements HttpHandler {
    /** The largest body accepted, after decompression; the SDKs' default batches are far smaller. */
    static final int MAX_BODY = 32 << 20;
    /** Seconds a client is asked to wait before retrying while the store is behind. */
    static final String RETRY_AFTER_SECONDS = "1";

    enum Signal { TRACES, LOGS }

    private final Signal signal;
    private final ReceivedTraces traces;
    private final AtomicLong requestNumber = new AtomicLong();

    ExportHandler(Signal signal, ReceivedTraces traces) {
        this.signal = signal;
        this.traces = traces;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, "text/plain", "use POST\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (!path.equals(signal == Signal.TRACES ? "/v1/traces" : "/v1/logs")) {
                send(exchange, 404, "text/plain",
                        ("no OTLP endpoint at " + path + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            OtlpEncoding encoding = OtlpEncoding.of(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (encoding == null) {
                send(exchange, 415, "text/plain", ("Content-Type must be application/x-protobuf or "
                        + "application/json, was " + exchange.getRequestHeaders().getFirst("Content-Type")
                        + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String contentEncoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            boolean gzip = contentEncoding != null && contentEncoding.trim().toLowerCase(Locale.ROOT).equals("gzip");
            if (contentEncoding != null && !gzip && !contentEncoding.trim().equalsIgnoreCase("identity")) {
                fail(exchange, 415, encoding, "Content-Encoding must be gzip or none, was " + contentEncoding);
                return;
            }
            byte[] body;
            try {
                body = read(exchange.getRequestBody(), gzip);
            } catch (ZipException e) {
                fail(exchange, 400, encoding, "body is not valid gzip: " + e.getMessage());
                return;
            }
            if (body == null) {
                fail(exchange, 413, encoding, "body is larger than " + (MAX_BODY >> 20) + " MiB once decompressed; "
                        + "send smaller batches");
                return;
            }
            if (signal == Signal.TRACES) {
                exportTraces(exchange, encoding, body);
            } else {
                exportLogs(exchange, encoding, body);
            }
        }
    }

    private void exportTraces(HttpExchange exchange, OtlpEncoding encoding, byte[] body) throws IOException {
        ReceivedSpans spans;
        try {
            spans = TraceRequestDecoder.decode(body, encoding, requestNumber.incrementAndGet());
        } catch (UndecodableBodyException e) {
            fail(exchange, 400, encoding, e.getMessage());
            return;
        }
        offer(exchange, encoding, spans);
    }

    private void exportLogs(HttpExchange exchange, OtlpEncoding encoding, byte[] body) throws IOException {
        ReceivedSpans events;
        try {
            events = LogRequestDecoder.decode(body, encoding, requestNumber.incrementAndGet());
        } catch (UndecodableBodyException e) {
            fail(exchange, 400, encoding, e.getMessage());
            return;
        }
        offer(exchange, encoding, events);
    }

    private void offer(HttpExchange exchange, OtlpEncoding encoding, ReceivedSpans spans) throws IOException {
        ReceivedTraces.Offer offer = traces.offer(spans);
        if (offer.busy()) {
            exchange.getResponseHeaders().set("Retry-After", RETRY_AFTER_SECONDS);
            send(exchange, 503, encoding.contentType,
                    OtlpResponses.status(encoding, OtlpResponses.UNAVAILABLE, offer.message()));
            return;
        }
        byte[] response = signal == Signal.TRACES ? OtlpResponses.traces(encoding, offer.rejected(), offer.message())
                : OtlpResponses.logs(encoding, offer.rejected(), offer.message());
        send(exchange, 200, encoding.contentType, response);
    }

    private static void fail(HttpExchange exchange, int code, OtlpEncoding encoding, String message)
            throws IOException {
        send(exchange, code, encoding.contentType, OtlpResponses.status(encoding, OtlpResponses.INVALID_ARGUMENT,
                message));
    }

    /** The body, decompressed, or null when it exceeds {@link #MAX_BODY}. */
    private static byte[] read(InputStream raw, boolean gzip) throws IOException {
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private static void send(HttpExchange exchange, int code, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
