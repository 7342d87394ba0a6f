package io.breakerboard.engine.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingsBuildersTest {

    @Test
    void aBreakerBuilderStartsFromTheDocumentedThresholds() {
        BreakerSettings d = BreakerSettings.defaults(Duration.ofSeconds(3));
        assertThat(d).isEqualTo(new BreakerSettings(50, 80, Duration.ofSeconds(3), 20, 10, Duration.ofSeconds(30), 3));
        assertThat(BreakerSettings.builder().slowCallDuration(Duration.ofSeconds(3)).slidingWindowSize(4)
                .minimumNumberOfCalls(4).build().failureRateThreshold()).isEqualTo(50);
    }

    @Test
    void aBreakerWithoutASlowCallDurationOrWithAnInvalidThresholdIsRefusedNamingIt() {
        assertThatThrownBy(() -> BreakerSettings.builder().build()).hasMessage("slowCallDuration must be set");
        assertThatThrownBy(() -> BreakerSettings.builder().slowCallDuration(Duration.ofSeconds(1))
                .minimumNumberOfCalls(30).build())
                .hasMessage("minimumNumberOfCalls must be in [1, slidingWindowSize=20], got 30");
        assertThatThrownBy(() -> BreakerSettings.builder().slowCallDuration(Duration.ofSeconds(1))
                .failureRateThreshold(0).build()).hasMessage("failureRateThreshold must be in (0, 100], got 0.0");
    }

    @Test
    void aRetryBuilderStartsFromTheDefaultsAndRefusesInvalidValuesNamingThem() {
        assertThat(RetrySettings.builder().build()).isEqualTo(RetrySettings.defaults())
                .isEqualTo(new RetrySettings(3, Duration.ofMillis(200), 2.0, 0.5, Duration.ofSeconds(10)));
        assertThat(RetrySettings.builder().maxAttempts(1).build().maxAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> RetrySettings.builder().jitter(1).build()).hasMessage("jitter must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> RetrySettings.builder().maxInterval(Duration.ofMillis(100)).build())
                .hasMessage("maxInterval PT0.1S is below initialInterval PT0.2S");
    }

    @Test
    void theModelsRetryWaitsLongerThanTheToolsByDefault() {
        ReliabilitySettings d = ReliabilitySettings.defaults();
        assertThat(d.modelRetry()).isEqualTo(RetrySettings.builder().maxAttempts(4).initialInterval(Duration.ofMillis(500))
                .maxInterval(Duration.ofSeconds(20)).build());
        assertThat(d.toolRetry()).isEqualTo(RetrySettings.defaults());
    }
}
