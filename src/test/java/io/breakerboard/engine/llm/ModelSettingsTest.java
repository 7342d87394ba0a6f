package io.breakerboard.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {
    private static final ModelSettings.ModelChoice STRONG =
            new ModelSettings.ModelChoice("gpt-4o", Price.perMillionUsd(2.50, 10.00));
    private static final ModelSettings.ModelChoice CHEAP =
            new ModelSettings.ModelChoice("gpt-4o-mini", Price.perMillionUsd(0.15, 0.60));

    private static ModelSettings settings(String url, String keyEnv, Duration timeout, int maxOutputTokens) {
        return new ModelSettings(URI.create(url), keyEnv, STRONG, CHEAP, timeout, maxOutputTokens);
    }

    @Test
    void eachEngineSlotHasItsRealModelAndPrice() {
        ModelSettings s = settings("https://api.openai.com/v1/", " OPENAI_API_KEY ", Duration.ofSeconds(30), 512);
        assertThat(s.endpoint()).isEqualTo(URI.create("https://api.openai.com/v1/chat/completions"));
        assertThat(s.keyEnv()).isEqualTo("OPENAI_API_KEY");
        assertThat(s.forSlot(ModelCatalog.STRONG)).isEqualTo(STRONG);
        assertThat(s.forSlot(ModelCatalog.CHEAP)).isEqualTo(CHEAP);
        assertThat(s.priceTable().price(ModelCatalog.STRONG)).isEqualTo(STRONG.price());
        assertThat(s.priceTable().price(ModelCatalog.CHEAP)).isEqualTo(CHEAP.price());
    }

    @Test
    void aBlankKeyVariableMeansAServerWithoutKeys() {
        assertThat(settings("http://127.0.0.1:11434/v1", "  ", Duration.ofSeconds(30), 512).keyEnv()).isNull();
    }

    @Test
    void theKeyItselfIsRefusedWhereTheNameOfItsVariableBelongs() {
        assertThatThrownBy(() -> settings("https://api.openai.com/v1", "sk-proj-abc123", Duration.ofSeconds(30), 512))
                .hasMessageContaining("api_key_env must be the NAME of an environment variable")
                .hasMessageNotContaining("sk-proj-abc123");
    }

    @Test
    void invalidValuesAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> settings("ftp://models.example/v1", null, Duration.ofSeconds(30), 512))
                .hasMessage("base_url must be an http or https address, got 'ftp://models.example/v1'");
        assertThatThrownBy(() -> settings("https://api.openai.com/v1", null, Duration.ZERO, 512))
                .hasMessage("timeout must be positive, got PT0S");
        assertThatThrownBy(() -> settings("https://api.openai.com/v1", null, Duration.ofSeconds(30), 0))
                .hasMessage("max_output_tokens must be within 1..1000000, got 0");
        assertThatThrownBy(() -> new ModelSettings.ModelChoice(" ", new Price(0, 0)))
                .hasMessage("a model name is required");
    }
}
