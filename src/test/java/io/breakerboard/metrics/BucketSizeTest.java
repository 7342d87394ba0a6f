package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BucketSizeTest {
    private static final long START = 20_514 * 1_440; // midnight UTC, 2026-03-02

    @Test
    void takesTheFinestStepThatFitsInTwoHundredBuckets() {
        assertThat(BucketSize.minutesFor(START, START)).isEqualTo(1);
        assertThat(BucketSize.minutesFor(START, START + 199)).isEqualTo(1);
        assertThat(BucketSize.minutesFor(START, START + 200)).isEqualTo(5);
        assertThat(BucketSize.minutesFor(START, START + 999)).isEqualTo(5);
        assertThat(BucketSize.minutesFor(START, START + 1_440)).isEqualTo(15);
        assertThat(BucketSize.minutesFor(START, START + 3 * 1_440)).isEqualTo(60);
        assertThat(BucketSize.minutesFor(START, START + 40 * 1_440)).isEqualTo(360);
        assertThat(BucketSize.minutesFor(START, START + 199 * 1_440)).isEqualTo(1_440);
    }

    @Test
    void beyondTwoHundredDaysTakesTheFewestWholeDaysThatFit() {
        long last = START + 1_000 * 1_440;

        long width = BucketSize.minutesFor(START, last);

        assertThat(width % 1_440).isZero();
        assertThat(BucketSize.count(START, last, width)).isLessThanOrEqualTo(BucketSize.MAX_POINTS);
        assertThat(BucketSize.count(START, last, width - 1_440)).isGreaterThan(BucketSize.MAX_POINTS);
    }

    @Test
    void countsAlignedBucketsSoAnOffsetStartStillFits() {
        // 200 minutes that straddle a 5-minute boundary touch 41 buckets of 5, not 40.
        assertThat(BucketSize.count(START + 3, START + 202, 5)).isEqualTo(41);
        long width = BucketSize.minutesFor(START + 3, START + 202);
        assertThat(BucketSize.count(START + 3, START + 202, width)).isLessThanOrEqualTo(BucketSize.MAX_POINTS);
        long days = BucketSize.minutesFor(START + 1_439, START + 1_439 + 400 * 1_440);
        assertThat(BucketSize.count(START + 1_439, START + 1_439 + 400 * 1_440, days)).isLessThanOrEqualTo(BucketSize.MAX_POINTS);
    }
}
