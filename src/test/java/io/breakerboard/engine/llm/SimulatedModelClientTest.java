package io.breakerboard.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.FailureType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatedModelClientTest {
    private final PriceTable prices = PriceTable.defaults();
    private final SimulatedModelClient client = new SimulatedModelClient(prices);

    private static ModelRequest ask(String model) {
        return new ModelRequest(model, "reason", "Why is checkout failing?", 1_200, 150, "Check the recent deploys.");
    }

    @Test
    void onAFixedSeedTheSameReplyTokensCostAndLatencyComeBack() {
        for (long seed = 1; seed <= 200; seed++) {
            Attempt<ModelResponse> a = client.attempt(ask(ModelCatalog.STRONG), new SplittableRandom(seed));
            Attempt<ModelResponse> b = client.attempt(ask(ModelCatalog.STRONG), new SplittableRandom(seed));
            assertThat(b.value()).isEqualTo(a.value());
            assertThat(b.usage()).isEqualTo(a.usage());
            assertThat(b.latency()).isEqualTo(a.latency());
            assertThat(b.succeeded()).isEqualTo(a.succeeded());
            if (!a.succeeded()) {
                assertThat(b.failure().type()).isEqualTo(a.failure().type());
                assertThat(b.failure().getMessage()).isEqualTo(a.failure().getMessage());
            }
        }
    }

    @Test
    void anAnswerCarriesTheCompletionTheRequestsInputTokensAndThePricedCost() {
        Attempt<ModelResponse> a = firstSuccess(ModelCatalog.CHEAP);
        assertThat(a.value().model()).isEqualTo(ModelCatalog.CHEAP);
        assertThat(a.value().text()).isEqualTo("Check the recent deploys.");
        assertThat(a.usage().inputTokens()).isEqualTo(1_200);
        assertThat(a.usage().outputTokens()).isGreaterThanOrEqualTo(8);
        assertThat(a.usage().costMicros()).isEqualTo(prices.cost(ModelCatalog.CHEAP, 1_200, a.usage().outputTokens()));
    }

    @Test
    void aLongerReplyTakesLongerByTheModelsTimePerToken() {
        ModelSpec strong = ModelCatalog.get(ModelCatalog.STRONG);
        Attempt<ModelResponse> a = firstSuccess(ModelCatalog.STRONG);
        assertThat(a.latency()).isGreaterThan(strong.perOutputToken().multipliedBy(a.usage().outputTokens()));
    }

    @Test
    void outputTokensVaryAroundWhatTheRequestExpects() {
        SplittableRandom seeds = new SplittableRandom(11);
        long sum = 0;
        int n = 0;
        for (int i = 0; i < 5_000; i++) {
            Attempt<ModelResponse> a = client.attempt(ask(ModelCatalog.CHEAP), seeds.split());
            if (a.succeeded()) {
                sum += a.usage().outputTokens();
                n++;
            }
        }
        // Log-normal with sigma 0.35 around 150: the mean lies about 6 % above the median.
        assertThat(sum / (double) n).isCloseTo(150 * 1.063, within(5.0));
    }

    @Test
    void anEditedPriceIsWhatTheNextCallCosts() {
        prices.set(ModelCatalog.CHEAP, new Price(1_000_000, 0));
        Attempt<ModelResponse> a = firstSuccess(ModelCatalog.CHEAP);
        assertThat(a.usage().costMicros()).isEqualTo(1_200);
    }

    @Test
    void failuresComeAtTheModelsDocumentedRates() {
        ModelSpec cheap = ModelCatalog.get(ModelCatalog.CHEAP);
        Map<FailureType, Integer> counts = new EnumMap<>(FailureType.class);
        int n = 100_000;
        SplittableRandom seeds = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            Attempt<ModelResponse> a = client.attempt(ask(ModelCatalog.CHEAP), seeds.split());
            if (!a.succeeded()) {
                counts.merge(a.failure().type(), 1, Integer::sum);
            }
        }
        assertThat(counts.get(FailureType.RATE_LIMITED) / (double) n).isCloseTo(cheap.rateLimitRate(), within(0.0015));
        assertThat(counts.get(FailureType.SERVER_ERROR) / (double) n).isCloseTo(cheap.serverErrorRate(), within(0.0015));
        assertThat(counts.get(FailureType.MALFORMED) / (double) n).isCloseTo(cheap.malformedRate(), within(0.0015));
        assertThat(counts.get(FailureType.TIMEOUT) / (double) n).isCloseTo(cheap.hangRate(), within(0.0008));
        assertThat(counts.keySet()).containsOnly(FailureType.RATE_LIMITED, FailureType.SERVER_ERROR,
                FailureType.MALFORMED, FailureType.TIMEOUT);
    }

    @Test
    void eachFailureSaysWhatAHostedApiWouldSay() {
        SplittableRandom seeds = new SplittableRandom(9);
        Map<FailureType, Attempt<ModelResponse>> seen = new EnumMap<>(FailureType.class);
        while (seen.size() < 4) {
            Attempt<ModelResponse> a = client.attempt(ask(ModelCatalog.STRONG), seeds.split());
            if (!a.succeeded()) {
                seen.putIfAbsent(a.failure().type(), a);
            }
        }
        Attempt<ModelResponse> limited = seen.get(FailureType.RATE_LIMITED);
        assertThat(limited.failure().getMessage()).startsWith("429 Too Many Requests from atlas-pro, retry after ");
        assertThat(limited.failure().retryAfter()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(limited.usage().costMicros()).isZero();
        assertThat(seen.get(FailureType.SERVER_ERROR).failure().getMessage()).matches("50[03] from atlas-pro: .*");
        assertThat(seen.get(FailureType.TIMEOUT).latency()).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        Attempt<ModelResponse> malformed = seen.get(FailureType.MALFORMED);
        assertThat(malformed.usage().costMicros()).as("malformed output was still generated and billed").isPositive();
    }

    @Test
    void aModelOutsideTheCatalogIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> client.attempt(ask("gpt-9"), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown model 'gpt-9'; known: swift-mini, atlas-pro");
    }

    private Attempt<ModelResponse> firstSuccess(String model) {
        SplittableRandom seeds = new SplittableRandom(1);
        while (true) {
            Attempt<ModelResponse> a = client.attempt(ask(model), seeds.split());
            if (a.succeeded()) {
                return a;
            }
        }
    }
}
