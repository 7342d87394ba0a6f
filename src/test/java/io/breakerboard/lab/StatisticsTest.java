package io.breakerboard.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void wilsonMatchesThePublishedIntervalsAndStaysInsideZeroToOne() {
        // 46 of 50: the textbook Wilson interval is 0.8116 .. 0.9685.
        Interval i = Statistics.wilson(46, 50);
        assertThat(i.value()).isEqualTo(0.92);
        assertThat(i.low()).isCloseTo(0.8116, within(1e-4));
        assertThat(i.high()).isCloseTo(0.9685, within(1e-4));
        Interval all = Statistics.wilson(50, 50);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(0.9287, within(1e-4));
        assertThat(Statistics.wilson(0, 0).value()).isNaN();
    }

    @Test
    void meanIntervalUsesStudentsT() {
        // mean 3, sample sd 1.5811, n 5: half width 2.776 * 1.5811 / sqrt(5) = 1.963.
        Interval i = Statistics.mean(new double[] {1, 2, 3, 4, 5});
        assertThat(i.value()).isEqualTo(3.0);
        assertThat(i.high() - i.value()).isCloseTo(1.963, within(1e-3));
        assertThat(Statistics.mean(new double[] {4}).hasRange()).isFalse();
        assertThat(Statistics.t95(30)).isCloseTo(2.042, within(1e-3));
        assertThat(Statistics.t95(60)).isCloseTo(2.000, within(2e-3));
        assertThat(Statistics.t95(120)).isCloseTo(1.980, within(2e-3));
    }

    @Test
    void percentilesAreNearestRank() {
        double[] v = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertThat(Statistics.percentile(v, 50)).isEqualTo(5);
        assertThat(Statistics.percentile(v, 95)).isEqualTo(10);
        assertThat(Statistics.percentile(new double[0], 50)).isNaN();
    }
}
