package io.breakerboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.model.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnomalySettingsBuilderTest {

    @Test
    void theDefaultsAreTheDocumentedLimits() {
        AnomalySettings d = AnomalySettings.DEFAULTS;
        assertThat(d.enabled()).isTrue();
        assertThat(d.maxIterations()).isEqualTo(8);
        assertThat(d.maxCostMicros()).isEqualTo(Money.ofUsd(0.30));
        assertThat(d.maxDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.maxToolFailures()).isEqualTo(3);
        assertThat(d.repeatedToolCalls()).isEqualTo(3);
        assertThat(d.keep()).isEqualTo(200);
    }

    @Test
    void changingOneLimitKeepsTheOthers() {
        AnomalySettings s = AnomalySettings.builder().maxIterations(12).keep(50).build();
        assertThat(s.withMaxToolFailures(0)).isEqualTo(AnomalySettings.builder().maxIterations(12).keep(50)
                .maxToolFailures(0).build());
        assertThat(s.withEnabled(false).maxIterations()).isEqualTo(12);
        assertThat(s.withMaxDuration(Duration.ofMinutes(2)).keep()).isEqualTo(50);
    }

    @Test
    void anInvalidLimitIsRefusedNamingIt() {
        assertThatThrownBy(() -> AnomalySettings.builder().repeatedToolCalls(1).build())
                .hasMessage("anomalies repeatedToolCalls must be at least 2, got 1");
        assertThatThrownBy(() -> AnomalySettings.DEFAULTS.withMaxCostMicros(0))
                .hasMessageContaining("maxCostMicros must be above 0");
    }
}
