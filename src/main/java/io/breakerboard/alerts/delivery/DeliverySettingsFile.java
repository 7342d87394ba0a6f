package io.breakerboard.alerts.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The webhooks file, {@value #FILE_NAME} in the data directory:
 *
 * <pre>{@code
 * {"webhooks": [
 *    {"name": "ops", "kind": "slack", "url": "https://hooks.slack.com/services/…"},
 *    {"name": "on-call", "kind": "pagerduty", "routing_key": "…"},
 *    {"name": "audit", "kind": "generic", "url": "https://example.org/hook", "anomalies": true}],
 *  "max_attempts": 4, "first_backoff_seconds": 2, "timeout_seconds": 10}
 * }</pre>
 *
 * Error messages name the webhook and the field, never a URL or key.
 */
public final class DeliverySettingsFile {
    public static final String FILE_NAME = "alert-webhooks.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DeliverySettingsFile() {
    }

    public static Path in(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * @return the settings; {@link DeliverySettings#NONE} when there is no file
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public static DeliverySettings read(Path file) {
        if (!Files.exists(file)) {
            return DeliverySettings.NONE;
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static DeliverySettings parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        List<Webhook> hooks = new ArrayList<>();
        int n = 0;
        for (JsonNode h : root.path("webhooks")) {
            String name = h.path("name").asText("webhook " + (n + 1));
            n++;
            hooks.add(new Webhook(name, WebhookKind.parse(h.path("kind").asText("generic")), url(name, h),
                    h.path("routing_key").asText(null), h.path("anomalies").asBoolean(false)));
        }
        DeliverySettings d = DeliverySettings.NONE;
        return new DeliverySettings(hooks, root.path("max_attempts").asInt(d.maxAttempts()),
                Duration.ofMillis(Math.round(root.path("first_backoff_seconds").asDouble(d.firstBackoff().toMillis() / 1000.0) * 1000)),
                Duration.ofMillis(Math.round(root.path("timeout_seconds").asDouble(d.timeout().toMillis() / 1000.0) * 1000)));
    }

    private static URI url(String name, JsonNode h) {
        String u = h.path("url").asText("");
        if (u.isBlank()) {
            return null;
        }
        try {
            return new URI(u.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook '" + name + "': url is not a valid address");
        }
    }

    public static void write(Path file, DeliverySettings s) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode hooks = root.putArray("webhooks");
        for (Webhook w : s.webhooks()) {
            ObjectNode h = hooks.addObject();
            h.put("name", w.name());
            h.put("kind", w.kind().id());
            h.put("url", w.url().toString());
            if (w.routingKey() != null) {
                h.put("routing_key", w.routingKey());
            }
            h.put("anomalies", w.anomalies());
        }
        root.put("max_attempts", s.maxAttempts());
        root.put("first_backoff_seconds", s.firstBackoff().toMillis() / 1000.0);
        root.put("timeout_seconds", s.timeout().toMillis() / 1000.0);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
