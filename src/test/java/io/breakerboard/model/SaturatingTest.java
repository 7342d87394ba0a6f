package io.breakerboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaturatingTest {
    @Test
    void sumsThatFitAreExact() {
        assertThat(Saturating.add(2L, 3L)).isEqualTo(5L);
        assertThat(Saturating.add(-2L, 3L)).isEqualTo(1L);
        assertThat(Saturating.add(Long.MAX_VALUE, Long.MIN_VALUE)).isEqualTo(-1L);
        assertThat(Saturating.add(Long.MAX_VALUE - 1, 1L)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void sumsThatDoNotFitStopAtTheLimitOfTheirSign() {
        assertThat(Saturating.add(Long.MAX_VALUE, 1L)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.add(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.add(Long.MIN_VALUE, -1L)).isEqualTo(Long.MIN_VALUE);
        assertThat(Saturating.add(Integer.MAX_VALUE, 1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Saturating.add(Integer.MIN_VALUE, -1)).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void productsThatDoNotFitStopAtTheLimitOfTheirSign() {
        assertThat(Saturating.multiply(3_000_000_000L, 1_000_000L)).isEqualTo(3_000_000_000_000_000L);
        assertThat(Saturating.multiply(Long.MAX_VALUE / 2, 3)).isEqualTo(Long.MAX_VALUE);
        assertThat(Saturating.multiply(Long.MAX_VALUE / 2, -3)).isEqualTo(Long.MIN_VALUE);
        assertThat(Saturating.multiply(-4, -5)).isEqualTo(20);
    }

    @Test
    void aDurationOfTenThousandYearsHasMicrosecondsWithoutOverflow() {
        Execution e = Execution.builder("k").startedAt(java.time.Instant.parse("2024-01-01T00:00:00Z"))
                .duration(java.time.Duration.ofMillis(315_360_000_000_000L)).build();

        assertThat(e.durationMicros()).isEqualTo(315_360_000_000_000_000L);
        assertThat(e.toBuilder().duration(java.time.Duration.ofSeconds(Long.MAX_VALUE / 1000)).build().durationMicros())
                .isEqualTo(Long.MAX_VALUE);
    }
}
