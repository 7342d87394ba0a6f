package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cost chart's left axis names its bucket in few enough letters for the 70 px it has at 1024 px. */
class CostAxisNameTest {

    @Test
    void theBucketAxisNameIsShortAndSaysTheBucket() {
        assertThat(CostTrendChart.bucketAxisName(Duration.ofMinutes(15))).isEqualTo("$/15 min");
        assertThat(CostTrendChart.bucketAxisName(Duration.ofDays(1))).isEqualTo("$/1 day");
    }
}
