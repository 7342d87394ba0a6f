package io.breakerboard.engine.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyModelTest {

    private static long[] samplesMillis(LatencyModel m, int n) {
        SplittableRandom r = new SplittableRandom(17);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = m.sample(r).toNanos() / 1_000;
        }
        Arrays.sort(out);
        return out;
    }

    @Test
    void halfTheCallsAreFasterThanTheMedian() {
        long[] micros = samplesMillis(LatencyModel.of(400, 0.6), 20_001);
        assertThat(micros[10_000]).isBetween(380_000L, 420_000L);
    }

    @Test
    void aLargerSigmaHasALongerTail() {
        long[] tight = samplesMillis(LatencyModel.of(400, 0.3), 20_000);
        long[] heavy = samplesMillis(LatencyModel.of(400, 1.0), 20_000);
        int p99 = 19_800;
        assertThat(heavy[p99]).isGreaterThan(tight[p99] * 3);
        // exp(2.326 * 0.3) = 2.01: the 99th percentile of the tight model lies near twice its median.
        assertThat(tight[p99]).isBetween(760_000L, 860_000L);
    }

    @Test
    void withoutSpreadEveryCallTakesTheMedian() {
        LatencyModel exact = LatencyModel.of(250, 0);
        assertThat(exact.sample(new SplittableRandom(1))).isEqualTo(Duration.ofMillis(250));
        assertThat(exact.sample(new SplittableRandom(2))).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void theSameSeedGivesTheSameLatency() {
        LatencyModel m = LatencyModel.of(400, 0.6);
        assertThat(m.sample(new SplittableRandom(5))).isEqualTo(m.sample(new SplittableRandom(5)));
    }

    @Test
    void invalidShapesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> LatencyModel.of(0, 0.5)).hasMessage("latency median must be positive, got PT0S");
        assertThatThrownBy(() -> LatencyModel.of(100, 3.5)).hasMessage("latency sigma must be within 0..3, got 3.5");
        assertThatThrownBy(() -> LatencyModel.of(100, -0.1)).hasMessageContaining("-0.1");
    }
}
