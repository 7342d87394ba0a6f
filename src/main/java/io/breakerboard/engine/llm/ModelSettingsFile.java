package io.breakerboard.engine.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The model settings file, {@value #FILE_NAME} in the data directory:
 *
 * <pre>{@code
 * {"client": "openai-compatible", "base_url": "https://api.openai.com/v1", "api_key_env": "OPENAI_API_KEY",
 *  "strong": {"model": "gpt-4o", "input_usd_per_million": 2.5, "output_usd_per_million": 10},
 *  "cheap": {"model": "gpt-4o-mini", "input_usd_per_million": 0.15, "output_usd_per_million": 0.6},
 *  "timeout_seconds": 60, "max_output_tokens": 512}
 * }</pre>
 *
 * {@code "client": "simulated"} (or no file) keeps the simulated models. A file holding something that looks
 * like a key instead of a variable's name is refused.
 */
public final class ModelSettingsFile {
    public static final String FILE_NAME = "model-settings.json";
    public static final String SIMULATED = "simulated";
    public static final String OPENAI_COMPATIBLE = "openai-compatible";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelSettingsFile() {
    }

    public static Path in(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * @return the settings of a real model, or empty when the file is absent or chooses the simulated models
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public static Optional<ModelSettings> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static Optional<ModelSettings> parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String client = root.path("client").asText(OPENAI_COMPATIBLE);
        if (SIMULATED.equals(client)) {
            return Optional.empty();
        }
        if (!OPENAI_COMPATIBLE.equals(client)) {
            throw new IllegalArgumentException("client must be '" + OPENAI_COMPATIBLE + "' or '" + SIMULATED + "', got '"
                    + client + "'");
        }
        if (root.has("api_key")) {
            throw new IllegalArgumentException("keys are not kept in files: remove api_key and name the environment"
                    + " variable that holds it in api_key_env");
        }
        return Optional.of(new ModelSettings(URI.create(required(root, "base_url")),
                root.path("api_key_env").asText(null), choice(root, "strong"), choice(root, "cheap"),
                Duration.ofMillis(Math.round(root.path("timeout_seconds").asDouble(60) * 1000)),
                root.path("max_output_tokens").asInt(512)));
    }

    /** Writes the settings (never a key: the record holds none). */
    public static void write(Path file, ModelSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("client", OPENAI_COMPATIBLE);
        root.put("base_url", s.baseUrl().toString());
        if (s.keyEnv() != null) {
            root.put("api_key_env", s.keyEnv());
        }
        put(root.putObject("strong"), s.strong());
        put(root.putObject("cheap"), s.cheap());
        root.put("timeout_seconds", s.timeout().toMillis() / 1000.0);
        root.put("max_output_tokens", s.maxOutputTokens());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Makes the simulated models the choice again. */
    public static void writeSimulated(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "{\"client\": \"" + SIMULATED + "\"}\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void put(ObjectNode o, ModelSettings.ModelChoice c) {
        o.put("model", c.name());
        o.put("input_usd_per_million", usd(c.price().inputMicrosPerMillion()));
        o.put("output_usd_per_million", usd(c.price().outputMicrosPerMillion()));
    }

    // Without the setScale, $10 would be written 1E+1: valid JSON, but not what a person editing the file expects.
    private static BigDecimal usd(long micros) {
        BigDecimal v = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static ModelSettings.ModelChoice choice(JsonNode root, String slot) {
        JsonNode n = root.path(slot);
        if (!n.isObject()) {
            throw new IllegalArgumentException("'" + slot + "' is required: {\"model\": …, \"input_usd_per_million\": …,"
                    + " \"output_usd_per_million\": …}");
        }
        return new ModelSettings.ModelChoice(required(n, "model"), Price.perMillionUsd(
                n.path("input_usd_per_million").asDouble(0), n.path("output_usd_per_million").asDouble(0)));
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return v;
    }
}
