package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsTheUnitsLogsUse() {
        assertThat(Durations.parse("1.2s", 1)).isEqualTo(Duration.ofMillis(1200));
        assertThat(Durations.parse("120ms", 1)).isEqualTo(Duration.ofMillis(120));
        assertThat(Durations.parse("14s", 1)).isEqualTo(Duration.ofSeconds(14));
        assertThat(Durations.parse("2m", 1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("3min", 1)).isEqualTo(Duration.ofMinutes(3));
        assertThat(Durations.parse("1h", 1)).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("250us", 1)).isEqualTo(Duration.ofNanos(250_000));
        assertThat(Durations.parse("15ns", 1)).isEqualTo(Duration.ofNanos(15));
        assertThat(Durations.parse(" 1.5 S ", 1)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void readsBareNumbersInTheGivenUnit() {
        assertThat(Durations.parse("850", 1)).isEqualTo(Duration.ofMillis(850));
        assertThat(Durations.parse("2.5", 1000)).isEqualTo(Duration.ofMillis(2500));
        assertThat(Durations.ofMillis(0.25)).isEqualTo(Duration.ofNanos(250_000));
    }

    @Test
    void refusesNegativeAndNonsense() {
        assertThatThrownBy(() -> Durations.parse("-3s", 1)).hasMessageContaining("'-3s'");
        assertThatThrownBy(() -> Durations.parse("soon", 1)).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> Durations.parse("", 1)).hasMessage("duration is missing");
    }

    @Test
    void aDurationBeyondNanosecondsKeepsItsSizeInsteadOfStoppingAtTheLargestLong() {
        assertThat(Durations.parse("10000000000h", 1)).isEqualTo(Duration.ofHours(10_000_000_000L));
        assertThat(Durations.ofMillis(315_360_000_000_000d)).isEqualTo(Duration.ofMillis(315_360_000_000_000L));
        assertThat(Durations.ofMillis(-5)).isEqualTo(Duration.ofMillis(-5));
        assertThat(Durations.ofMillis(1e308)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(Durations.ofMillis(Double.POSITIVE_INFINITY)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
        assertThatThrownBy(() -> Durations.ofMillis(Double.NaN)).hasMessageContaining("not a duration");
    }
}
