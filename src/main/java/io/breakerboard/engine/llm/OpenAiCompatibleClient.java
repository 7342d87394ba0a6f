package io.breakerboard.engine.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.engine.llm.internal.ChatCompletionsJson;
import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.llm.internal.RetryAfter;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Usage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * A real model behind an OpenAI-compatible {@code /chat/completions} endpoint (OpenAI, Ollama, llama.cpp,
 * vLLM, gateways), one blocking request per attempt with streaming off. The engine's tools are offered as
 * {@code function} definitions and the reply's {@code tool_calls} come back for the agent to run through its
 * own tool path. Tokens come from the reply's {@code usage}, cost from the price table, latency is measured.
 *
 * <p>HTTP outcomes become the failures the reliability layers know: 429 is {@code RATE_LIMITED} with the
 * server's {@code Retry-After} (which the retry waits for), 5xx and unreachable servers are {@code SERVER_ERROR},
 * a request beyond the timeout is {@code TIMEOUT}, a body that is not the promised JSON is {@code MALFORMED},
 * 401/403 and a missing key are {@code PERMISSION_DENIED} (never retried), other 4xx are {@code VALIDATION}.
 *
 * <p>The key is read from the environment variable the settings name, at every call, and goes nowhere but the
 * {@code Authorization} header: any text a server sends back is cleared of it before it reaches a message.
 */
public final class OpenAiCompatibleClient implements ModelClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MESSAGE_LIMIT = 300;

    private final ModelSettings settings;
    private final PriceTable prices;
    private final HttpClient http;
    private final UnaryOperator<String> env;
    private final RetryAfter retryAfter;

    /** A client reading the key from the process environment. */
    public OpenAiCompatibleClient(ModelSettings settings, PriceTable prices) {
        this(settings, prices, System::getenv, RetryAfter.systemClock());
    }

    /**
     * @param env        looks up an environment variable by name (tests pass their own)
     * @param retryAfter reads the server's Retry-After headers
     */
    public OpenAiCompatibleClient(ModelSettings settings, PriceTable prices, UnaryOperator<String> env,
                                  RetryAfter retryAfter) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.env = Objects.requireNonNull(env, "env");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public ModelSettings settings() {
        return settings;
    }

    @Override
    public boolean choosesTools() {
        return true;
    }

    @Override
    public String modelName(String engineModel) {
        return settings.forSlot(engineModel).name();
    }

    @Override
    public Attempt<ModelResponse> attempt(ModelRequest request, RandomGenerator random) {
        String model = modelName(request.model());
        String key = null;
        if (settings.keyEnv() != null) {
            key = env.apply(settings.keyEnv());
            if (key == null || key.isBlank()) {
                return Attempt.failed(new CallFailure(FailureType.PERMISSION_DENIED, "set " + settings.keyEnv()
                        + " to the API key of " + settings.baseUrl() + " (the model settings read the key from that"
                        + " environment variable)"), Duration.ZERO);
            }
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        ChatCompletionsJson.request(model, request, maxTokens(request)), StandardCharsets.UTF_8));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return Attempt.failed(new CallFailure(FailureType.TIMEOUT, model + " did not answer within "
                    + settings.timeout().toMillis() + " ms"), since(start));
        } catch (IOException e) {
            return Attempt.failed(new CallFailure(FailureType.SERVER_ERROR, "cannot reach " + settings.baseUrl() + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + clean(e.getMessage(), key))),
                    since(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed(new CallFailure(FailureType.TIMEOUT, model + ": request interrupted"), since(start));
        }
        return answer(request, model, response, since(start), key);
    }

    private Attempt<ModelResponse> answer(ModelRequest request, String model, HttpResponse<String> response,
                                          Duration latency, String key) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            ChatCompletionsJson.Reply reply;
            try {
                reply = ChatCompletionsJson.reply(response.body());
            } catch (ChatCompletionsJson.Malformed e) {
                return Attempt.failed(new CallFailure(FailureType.MALFORMED, model + ": " + e.getMessage()), latency);
            }
            long in = reply.promptTokens() >= 0 ? reply.promptTokens() : request.inputTokens();
            long out = reply.completionTokens() >= 0 ? reply.completionTokens() : Math.max(1, reply.text().length() / 4);
            Usage usage = new Usage(in, out, prices.cost(request.model(), in, out));
            return Attempt.ok(new ModelResponse(request.model(), clean(reply.text(), key), reply.toolCalls()), latency,
                    usage);
        }
        String said = status + " from " + model + serverMessage(response.body(), key);
        if (status == 429) {
            Duration wait = retryAfter.read(response.headers()).orElse(null);
            return Attempt.failed(new CallFailure(FailureType.RATE_LIMITED, said
                    + (wait == null ? "" : ", retry after " + wait.toMillis() + " ms"), wait), latency);
        }
        if (status >= 500) {
            return Attempt.failed(new CallFailure(FailureType.SERVER_ERROR, said), latency);
        }
        if (status == 408) {
            return Attempt.failed(new CallFailure(FailureType.TIMEOUT, said), latency);
        }
        if (status == 401 || status == 403) {
            return Attempt.failed(new CallFailure(FailureType.PERMISSION_DENIED, said
                    + (settings.keyEnv() == null ? "; name the variable holding the key in api_key_env"
                    : "; check the key in " + settings.keyEnv())), latency);
        }
        return Attempt.failed(new CallFailure(FailureType.VALIDATION, said), latency);
    }

    /** The server's own words ({@code error.message}), shortened and cleared of the key. */
    private static String serverMessage(String body, String key) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text;
        try {
            JsonNode n = JSON.readTree(body);
            JsonNode m = n.path("error").path("message");
            text = m.isTextual() ? m.asText() : n.path("error").isTextual() ? n.path("error").asText() : body;
        } catch (IOException e) {
            text = body;
        }
        text = clean(text.strip(), key);
        return ": " + (text.length() > MESSAGE_LIMIT ? text.substring(0, MESSAGE_LIMIT) + "…" : text);
    }

    private static String clean(String text, String key) {
        return key == null || key.isEmpty() || text == null ? text : text.replace(key, "***");
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    // The settings' limit, or less when the budget reserved less for this call (ModelRequest#maxOutputTokens).
    private int maxTokens(ModelRequest request) {
        return (int) Math.min(settings.maxOutputTokens(), request.maxOutputTokens());
    }
}
