package io.breakerboard.engine.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.llm.FakeChatServer;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.llm.ModelSettings;
import io.breakerboard.engine.llm.OpenAiCompatibleClient;
import io.breakerboard.engine.llm.Price;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.FailureType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How each HTTP answer of a chat-completions server reaches the reliability layers, one attempt at a time. */
class ModelHttpStatusTest {
    private static final String KEY = "local-key-51c0ffee29";
    private FakeChatServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Attempt<ModelResponse> attempt(String keyEnv, FakeChatServer.Answer answer) {
        server.then(answer);
        ModelSettings s = new ModelSettings(server.baseUrl(), keyEnv,
                new ModelSettings.ModelChoice("big-model", Price.perMillionUsd(2.50, 10.00)),
                new ModelSettings.ModelChoice("small-model", Price.perMillionUsd(0.15, 0.60)), Duration.ofSeconds(5), 64);
        OpenAiCompatibleClient client = new OpenAiCompatibleClient(s, s.priceTable(),
                name -> "BB_KEY".equals(name) ? KEY : null,
                new RetryAfter(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)));
        return client.attempt(new ModelRequest(ModelCatalog.CHEAP, "reason", "Is checkout healthy?", 900, 90, ""),
                new SplittableRandom(1));
    }

    private Attempt<ModelResponse> attempt(int status, String body) {
        return attempt("BB_KEY", FakeChatServer.Answer.json(status, body));
    }

    @Test
    void theRequestCarriesTheKeyTheSlotsModelAndTheSmallerOutputLimit() {
        Attempt<ModelResponse> a = attempt(200, FakeChatServer.text("fine", 900, 2));
        FakeChatServer.Received r = server.received().get(0);
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(r.body().path("model").asText()).isEqualTo("small-model");
        assertThat(r.body().path("max_tokens").asInt()).as("settings allow 64, the budget 360").isEqualTo(64);
        assertThat(a.value().model()).as("steps keep the engine's slot").isEqualTo(ModelCatalog.CHEAP);
        assertThat(a.usage().costMicros()).isEqualTo(Price.perMillionUsd(0.15, 0.60).cost(900, 2));
    }

    @Test
    void aServerWithoutKeysGetsNoAuthorizationHeader() {
        attempt(null, FakeChatServer.Answer.json(200, FakeChatServer.text("fine", 1, 1)));
        assertThat(server.received().get(0).header("Authorization")).isNull();
    }

    @Test
    void withoutUsageTheTokensAreEstimatedFromTheRequestAndTheText() {
        Attempt<ModelResponse> a = attempt(200, "{\"choices\":[{\"message\":{\"content\":\"" + "x".repeat(40) + "\"}}]}");
        assertThat(a.usage().inputTokens()).isEqualTo(900);
        assertThat(a.usage().outputTokens()).isEqualTo(10);
    }

    @Test
    void aRefusedKeyIsPermissionDeniedAndSaysWhereTheKeyComesFrom() {
        Attempt<ModelResponse> a = attempt(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}");
        assertThat(a.failure().type()).isEqualTo(FailureType.PERMISSION_DENIED);
        assertThat(a.failure().getMessage())
                .isEqualTo("401 from small-model: Incorrect API key provided; check the key in BB_KEY");
        Attempt<ModelResponse> noKey = attempt(null, FakeChatServer.Answer.json(403, "{\"error\":\"forbidden\"}"));
        assertThat(noKey.failure().getMessage())
                .isEqualTo("403 from small-model: forbidden; name the variable holding the key in api_key_env");
    }

    @Test
    void otherClientErrorsAreValidationAndARequestTimeoutIsATimeout() {
        Attempt<ModelResponse> bad = attempt(400, "{\"error\":{\"message\":\"max_tokens is too large\"}}");
        assertThat(bad.failure().type()).isEqualTo(FailureType.VALIDATION);
        assertThat(bad.failure().getMessage()).isEqualTo("400 from small-model: max_tokens is too large");
        assertThat(attempt(408, "").failure().type()).isEqualTo(FailureType.TIMEOUT);
        assertThat(attempt(408, "").failure().getMessage()).isEqualTo("408 from small-model");
        assertThat(attempt(502, "Bad gateway").failure().type()).isEqualTo(FailureType.SERVER_ERROR);
    }

    @Test
    void aRateLimitWithoutAWaitIsStillARateLimit() {
        Attempt<ModelResponse> a = attempt(429, "{}");
        assertThat(a.failure().type()).isEqualTo(FailureType.RATE_LIMITED);
        assertThat(a.failure().retryAfter()).isNull();
        Attempt<ModelResponse> b = attempt("BB_KEY", new FakeChatServer.Answer(429, Map.of("retry-after-ms", "250"),
                "{}", false));
        assertThat(b.failure().retryAfter()).isEqualTo(Duration.ofMillis(250));
        assertThat(b.failure().getMessage()).endsWith(", retry after 250 ms");
    }

    @Test
    void aLongServerMessageIsShortenedAndAnEchoedKeyIsHidden() {
        Attempt<ModelResponse> a = attempt(400, "{\"error\":{\"message\":\"key " + KEY + " is not valid for "
                + "y".repeat(400) + "\"}}");
        String message = a.failure().getMessage();
        assertThat(message).doesNotContain(KEY).contains("key *** is not valid").endsWith("…");
        assertThat(message.length()).isLessThan(340);
    }

    @Test
    void aMissingKeyVariableSendsNothing() {
        ModelSettings s = new ModelSettings(server.baseUrl(), "BB_ABSENT",
                new ModelSettings.ModelChoice("big-model", new Price(0, 0)),
                new ModelSettings.ModelChoice("small-model", new Price(0, 0)), Duration.ofSeconds(5), 64);
        Attempt<ModelResponse> a = new OpenAiCompatibleClient(s, s.priceTable(), name -> null,
                RetryAfter.systemClock()).attempt(new ModelRequest(ModelCatalog.STRONG, "reason", "p", 1, 1, ""),
                new SplittableRandom(1));
        assertThat(a.failure().type()).isEqualTo(FailureType.PERMISSION_DENIED);
        assertThat(a.failure().getMessage()).startsWith("set BB_ABSENT to the API key of ");
        assertThat(server.received()).isEmpty();
    }
}
