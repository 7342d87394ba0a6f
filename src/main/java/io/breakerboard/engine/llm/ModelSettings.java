package io.breakerboard.engine.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where a real model answers: an OpenAI-compatible chat-completions endpoint, the models standing in the
 * engine's two slots and their prices. The API key is never held here, only the name of the environment
 * variable that holds it, read at call time.
 *
 * @param baseUrl         the API root, e.g. {@code https://api.openai.com/v1} or {@code http://127.0.0.1:11434/v1};
 *                        requests go to {@code baseUrl + "/chat/completions"}
 * @param keyEnv          name of the environment variable holding the API key; null for a server without keys
 * @param strong          the model in the strong slot ({@link ModelCatalog#STRONG})
 * @param cheap           the model in the cheap slot ({@link ModelCatalog#CHEAP}), also the fallback
 * @param timeout         how long one request may take before it counts as a timeout
 * @param maxOutputTokens completion limit sent with every request ({@code max_tokens})
 */
public record ModelSettings(URI baseUrl, String keyEnv, ModelChoice strong, ModelChoice cheap, Duration timeout,
                            int maxOutputTokens) {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public ModelSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base_url must be an http or https address, got '" + baseUrl + "'");
        }
        keyEnv = keyEnv == null || keyEnv.isBlank() ? null : keyEnv.strip();
        if (keyEnv != null && !ENV_NAME.matcher(keyEnv).matches()) {
            throw new IllegalArgumentException("api_key_env must be the NAME of an environment variable (letters, digits,"
                    + " '_'), not the key itself");
        }
        Objects.requireNonNull(strong, "strong");
        Objects.requireNonNull(cheap, "cheap");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (maxOutputTokens < 1 || maxOutputTokens > 1_000_000) {
            throw new IllegalArgumentException("max_output_tokens must be within 1..1000000, got " + maxOutputTokens);
        }
    }

    /** The chat-completions address. */
    public URI endpoint() {
        String s = baseUrl.toString();
        return URI.create((s.endsWith("/") ? s.substring(0, s.length() - 1) : s) + "/chat/completions");
    }

    /** The real model standing in an engine slot. */
    public ModelChoice forSlot(String engineModel) {
        return ModelCatalog.STRONG.equals(engineModel) ? strong : cheap;
    }

    /** Prices of both slots, keyed by the engine's model names as budgets and breakers know them. */
    public PriceTable priceTable() {
        Map<String, Price> m = new TreeMap<>();
        m.put(ModelCatalog.STRONG, strong.price());
        m.put(ModelCatalog.CHEAP, cheap.price());
        return new PriceTable(m);
    }

    /**
     * A real model and its price.
     *
     * @param name  the provider's model name, e.g. {@code gpt-4o-mini} or {@code llama3.1:8b}
     * @param price what it charges
     */
    public record ModelChoice(String name, Price price) {
        public ModelChoice {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a model name is required");
            }
            Objects.requireNonNull(price, "price");
        }
    }
}
