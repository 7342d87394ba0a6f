package io.breakerboard.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueTicksTest {
    @Test
    void aCountAxisWithFewExecutionsHasWholeNumberTicks() {
        // chartfx gave 0, 0.5, 1 (shown as "0, 1, 1") for a bucket maximum of 1.
        for (double max : new double[] {1, 2, 3, 7}) {
            double top = ValueTicks.upper(max, true);
            double step = ValueTicks.step(0, top, 160, true);
            assertThat(step).as("step for max %s", max).isGreaterThanOrEqualTo(1).isEqualTo(Math.rint(step));
            assertThat(top).isEqualTo(Math.rint(top)).isGreaterThanOrEqualTo(max);
        }
    }

    @Test
    void stepsAreNiceAndAsManyAsFitTheAxis() {
        assertThat(ValueTicks.step(0, 100, 160, false)).isEqualTo(25);
        assertThat(ValueTicks.step(0, 100, 80, false)).isEqualTo(50);
        assertThat(ValueTicks.step(0, 2.5, 160, false)).isEqualTo(1);
        assertThat(ValueTicks.step(0, 0.002, 160, false)).isEqualTo(0.0005);
    }

    @Test
    void theTopHoldsTheMaximumWithRoom() {
        assertThat(ValueTicks.upper(1.88, false)).isGreaterThan(1.88);
        assertThat(ValueTicks.upper(47.15, false)).isGreaterThan(47.15).isLessThanOrEqualTo(60);
        assertThat(ValueTicks.upper(0.0004, false)).isGreaterThan(0.0004).isLessThan(0.001);
        assertThat(ValueTicks.upper(0, true)).isEqualTo(1);
    }

    @Test
    void decimalsAreOnlyThoseTheStepNeeds() {
        assertThat(ValueTicks.decimals(25)).isZero();
        assertThat(ValueTicks.decimals(0.5)).isEqualTo(1);
        assertThat(ValueTicks.decimals(0.25)).isEqualTo(2);
        assertThat(ValueTicks.decimals(0.0005)).isEqualTo(4);
    }
}
