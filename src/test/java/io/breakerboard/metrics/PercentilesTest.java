package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void rankIsTheCeilingOfPTimesN() {
        assertThat(Percentiles.rank(0.50, 10)).isEqualTo(5);
        assertThat(Percentiles.rank(0.95, 10)).isEqualTo(10);
        assertThat(Percentiles.rank(0.99, 101)).isEqualTo(100);
        assertThat(Percentiles.rank(0.50, 1)).isEqualTo(1);
    }

    @Test
    void rankIsExactWhereBinaryFloatingPointWouldRoundUp() {
        // 0.95 * 20 is 19.000000000000004 in doubles; nearest rank is the 19th value.
        assertThat(Percentiles.rank(0.95, 20)).isEqualTo(19);
        assertThat(Percentiles.rank(0.07, 100)).isEqualTo(7);
    }

    @Test
    void rankStaysWithinTheValues() {
        assertThat(Percentiles.rank(0.0, 7)).isEqualTo(1);
        assertThat(Percentiles.rank(1.0, 7)).isEqualTo(7);
    }

    @Test
    void nearestRankOfASortedArray() {
        long[] sorted = {15, 20, 35, 40, 50};
        assertThat(Percentiles.nearestRank(sorted, 0.05)).isEqualTo(15);
        assertThat(Percentiles.nearestRank(sorted, 0.30)).isEqualTo(20);
        assertThat(Percentiles.nearestRank(sorted, 0.40)).isEqualTo(20);
        assertThat(Percentiles.nearestRank(sorted, 0.50)).isEqualTo(35);
        assertThat(Percentiles.nearestRank(sorted, 1.00)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(new double[] {1.5, 2.5}, 0.5)).isEqualTo(1.5);
    }

    @Test
    void exactStatsOfUnsortedMicros() {
        DurationStats stats = Percentiles.exact(new long[] {3_000, 1_000, 2_000, 4_000});

        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.min()).isEqualTo(Duration.ofMillis(1));
        assertThat(stats.max()).isEqualTo(Duration.ofMillis(4));
        assertThat(stats.avg()).isEqualTo(Duration.ofMillis(2).plusMillis(1).minusNanos(500_000));
        assertThat(stats.p50()).isEqualTo(Duration.ofMillis(2));
        assertThat(stats.p95()).isEqualTo(Duration.ofMillis(4));
        assertThat(Percentiles.exact(new long[0])).isEqualTo(DurationStats.EMPTY);
    }

    @Test
    void averageKeepsTheFractionOfAMicrosecond() {
        assertThat(Percentiles.averageOf(10, 3)).isEqualTo(Duration.ofNanos(3_333));
    }

    @Test
    void refusesPercentilesOutsideZeroToOne() {
        assertThatThrownBy(() -> Percentiles.rank(95, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("95.0 is outside 0..1");
        assertThatThrownBy(() -> Percentiles.rank(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
