package io.breakerboard.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on loopback: answers with the scripted statuses (then 200) and keeps every body. */
public final class HookServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A scripted answer. */
    public record Answer(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    public HookServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            bodies.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
            paths.add(ex.getRequestURI().getPath());
            Answer a;
            synchronized (script) {
                a = script.isEmpty() ? new Answer(200, null) : script.poll();
            }
            if (a.retryAfter() != null) {
                ex.getResponseHeaders().add("Retry-After", a.retryAfter());
            }
            byte[] body = (a.status() == 200 ? "ok" : "{\"error\":\"status " + a.status() + "\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public HookServer then(int status, String retryAfter) {
        synchronized (script) {
            script.add(new Answer(status, retryAfter));
        }
        return this;
    }

    public List<JsonNode> bodies() {
        return bodies;
    }

    public List<String> paths() {
        return paths;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
