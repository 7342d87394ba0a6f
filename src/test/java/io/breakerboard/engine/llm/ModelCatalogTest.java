package io.breakerboard.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelTier;
import io.breakerboard.engine.sim.internal.LatencyModel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    @Test
    void theCheapModelIsFasterAndCheaperThanTheStrongOne() {
        ModelSpec cheap = ModelCatalog.get(ModelCatalog.CHEAP);
        ModelSpec strong = ModelCatalog.get(ModelCatalog.STRONG);
        assertThat(cheap.tier()).isEqualTo(ModelTier.CHEAP);
        assertThat(strong.tier()).isEqualTo(ModelTier.STRONG);
        assertThat(cheap.firstToken().median()).isLessThan(strong.firstToken().median());
        assertThat(cheap.perOutputToken()).isLessThan(strong.perOutputToken());
        assertThat(cheap.defaultPrice().cost(1_000_000, 1_000_000))
                .isLessThan(strong.defaultPrice().cost(1_000_000, 1_000_000));
    }

    @Test
    void theStrongModelFallsBackToTheCheapOneAndTheCheapOneToNothing() {
        assertThat(ModelCatalog.fallbackFor(ModelCatalog.STRONG)).isEqualTo(ModelCatalog.CHEAP);
        assertThat(ModelCatalog.fallbackFor(ModelCatalog.CHEAP)).isNull();
    }

    @Test
    void theBuilderNamesEachSettingAndTheOneLeftUnset() {
        ModelSpec spec = ModelSpec.builder("tiny", ModelTier.CHEAP).firstToken(LatencyModel.of(100, 0.2))
                .perOutputToken(Duration.ofMillis(2)).hangRate(0.01).defaultPrice(new Price(1, 2)).build();
        assertThat(spec.hangRate()).isEqualTo(0.01);
        assertThat(spec.rateLimitRate()).isZero();
        assertThat(spec.serverErrorRate()).isZero();
        assertThatThrownBy(() -> ModelSpec.builder("tiny", ModelTier.CHEAP).firstToken(LatencyModel.of(100, 0.2))
                .defaultPrice(new Price(1, 2)).build()).hasMessage("model tiny: perOutputToken must be set");
    }

    @Test
    void failureRatesThatCannotBeSharesOfAttemptsAreRefusedNamingThem() {
        ModelSpec.Builder b = ModelSpec.builder("tiny", ModelTier.CHEAP).firstToken(LatencyModel.of(100, 0.2))
                .perOutputToken(Duration.ofMillis(2)).defaultPrice(new Price(1, 2));
        assertThatThrownBy(() -> b.serverErrorRate(0.6).hangRate(0.5).build())
                .hasMessage("model tiny: failure rates must be 0 or more and add up to at most 1, got rate limit 0.0,"
                        + " server error 0.6, malformed 0.0, hang 0.5");
        assertThatThrownBy(() -> b.serverErrorRate(0).hangRate(0).malformedRate(-0.1).build())
                .hasMessageContaining("malformed -0.1");
    }

    @Test
    void pricesArePerMillionTokensAndRoundToTheNearestMicroDollar() {
        Price p = Price.perMillionUsd(0.15, 0.60);
        assertThat(p).isEqualTo(new Price(150_000, 600_000));
        assertThat(p.cost(1_000, 100)).isEqualTo(210);
        assertThat(p.cost(3, 0)).as("0.45 micro-dollars").isZero();
        assertThat(p.cost(4, 0)).as("0.6 micro-dollars").isEqualTo(1);
        assertThatThrownBy(() -> new Price(-1, 0)).hasMessageContaining("cannot be negative");
    }

    @Test
    void thePriceTableStartsFromTheCatalogAndRefusesAModelWithoutAPrice() {
        PriceTable table = PriceTable.defaults();
        assertThat(table.all()).containsOnlyKeys(ModelCatalog.STRONG, ModelCatalog.CHEAP);
        assertThat(table.price(ModelCatalog.STRONG)).isEqualTo(ModelCatalog.get(ModelCatalog.STRONG).defaultPrice());
        assertThatThrownBy(() -> table.cost("gpt-9", 1, 1))
                .hasMessage("no price for model 'gpt-9'; add it to the price table");
        table.set("gpt-9", new Price(1_000_000, 2_000_000));
        assertThat(table.cost("gpt-9", 10, 10)).isEqualTo(30);
        Map<String, Price> copy = table.all();
        copy.clear();
        assertThat(table.all()).hasSize(3);
    }

    @Test
    void aRequestMayProduceFourTimesTheAnswerItExpectsAndAtLeastSixteenTokens() {
        assertThat(new ModelRequest("m", "reason", "p", 10, 150, "c").maxOutputTokens()).isEqualTo(600);
        assertThat(new ModelRequest("m", "reason", "p", 10, 2, "c").maxOutputTokens()).isEqualTo(16);
        ModelRequest r = new ModelRequest("m", "reason", "p", 10, 2, "c", null, null);
        assertThat(r.withModel("other").model()).isEqualTo("other");
        assertThat(r.messages()).isEmpty();
        assertThat(r.tools()).isEmpty();
    }
}
