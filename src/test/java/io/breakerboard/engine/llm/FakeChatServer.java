package io.breakerboard.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * A small OpenAI-compatible chat-completions server on loopback: scripted answers first, then a default one
 * chosen by the request. Keeps every request it received.
 */
public final class FakeChatServer implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: status, headers and body; {@code hang} makes the handler wait until the server closes. */
    public record Answer(int status, Map<String, String> headers, String body, boolean hang) {
        public static Answer json(int status, String body) {
            return new Answer(status, Map.of(), body, false);
        }

        public static Answer hanging() {
            return new Answer(200, Map.of(), "{}", true);
        }
    }

    /** A request as received. */
    public record Received(Map<String, List<String>> headers, JsonNode body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Function<JsonNode, Answer> fallback = r -> Answer.json(200, text("done", 10, 5));

    public FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    public synchronized FakeChatServer then(Answer a) {
        script.add(a);
        return this;
    }

    public FakeChatServer otherwise(Function<JsonNode, Answer> f) {
        this.fallback = f;
        return this;
    }

    public List<Received> received() {
        return received;
    }

    public static String text(String content, long promptTokens, long completionTokens) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"test-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + JSON.valueToTree(content) + "},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":"
                + completionTokens + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}";
    }

    public static String toolCall(String id, String tool, String argumentsJson, long promptTokens, long completionTokens) {
        return "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion\",\"model\":\"test-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"" + id + "\",\"type\":"
                + "\"function\",\"function\":{\"name\":\"" + tool + "\",\"arguments\":" + JSON.valueToTree(argumentsJson)
                + "}}]},\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":" + promptTokens
                + ",\"completion_tokens\":" + completionTokens + "}}";
    }

    private void handle(HttpExchange ex) throws IOException {
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        received.add(new Received(Map.copyOf(ex.getRequestHeaders()), body));
        Answer a;
        synchronized (this) {
            a = script.isEmpty() ? null : script.poll();
        }
        if (a == null) {
            a = fallback.apply(body);
        }
        if (a.hang()) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
        a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(a.status(), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            ex.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
