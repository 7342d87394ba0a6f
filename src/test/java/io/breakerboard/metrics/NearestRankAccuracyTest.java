package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Percentiles read from the merged sketches against exact nearest rank over the sorted values. */
class NearestRankAccuracyTest {
    private static final double[] EVERY_PERCENT = new double[100];

    static {
        for (int i = 0; i < 100; i++) {
            EVERY_PERCENT[i] = (i + 1) / 100.0;
        }
    }

    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of("uniform 1 ms..10 s", 5_000, values(1, r -> 1_000 + (long) (r.nextDouble() * 9_999_000))),
                Arguments.of("lognormal around 2 s", 5_000, values(2, r -> (long) Math.exp(Math.log(2e6) + r.nextGaussian()))),
                Arguments.of("bimodal 40 ms and 30 s", 5_000, values(3, r -> r.nextInt(10) < 8
                        ? 40_000 + (long) (r.nextGaussian() * 5_000) : 30_000_000 + (long) (r.nextGaussian() * 4_000_000))),
                Arguments.of("tiny, with zeros", 500, values(4, r -> r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(200))),
                Arguments.of("n = 1", 1, values(5, r -> 1_234_567)),
                Arguments.of("n = 2", 2, values(6, r -> 1_000 + r.nextInt(1_000_000))),
                Arguments.of("n = 3", 3, values(7, r -> 1_000 + r.nextInt(1_000_000))),
                Arguments.of("n = 10", 10, values(8, r -> 1_000 + r.nextInt(1_000_000))));
    }

    private static IntFunction<long[]> values(long seed, ToLongFunction<Random> draw) {
        return n -> {
            Random random = new Random(seed);
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = Math.max(0, draw.applyAsLong(random));
            }
            return v;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void everyPercentileOfTheMergedSketchIsWithinOnePercent(String name, int n, IntFunction<long[]> draw) {
        long[] micros = draw.apply(n);
        // Spread over several rollups, as minutes are, then merged as a snapshot merges them.
        MergedDurations merged = new MergedDurations();
        for (int part = 0; part < 4; part++) {
            DDSketch rollup = DurationSketch.forRollup();
            for (int i = part; i < micros.length; i += 4) {
                rollup.accept(micros[i]);
            }
            merged.add(rollup);
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);

        Duration[] estimates = merged.nearestRanks(sorted[0], sorted[sorted.length - 1], EVERY_PERCENT);

        for (int i = 0; i < EVERY_PERCENT.length; i++) {
            long exact = Percentiles.nearestRank(sorted, EVERY_PERCENT[i]) * 1_000;
            assertThat((double) estimates[i].toNanos())
                    .as("%s, P%d", name, i + 1)
                    .isCloseTo(exact, Offset.offset(exact * 0.01));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void dashboardPercentilesAreWithinOnePercentOfExact(String name, int n, IntFunction<long[]> draw) {
        long[] micros = draw.apply(n);
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < micros.length; i++) {
            executions.add(Execution.builder("x" + i).agent(i % 2 == 0 ? "a" : "b")
                    .startedAt(TestExecutions.T0.plusSeconds(i % 600)).duration(Duration.ofNanos(micros[i] * 1_000))
                    .outcome(Outcome.SUCCESS).build());
        }
        DurationStats exact = Percentiles.exact(micros);

        DurationStats sketched = TestExecutions.recorded(executions).snapshot(MetricsFilter.all()).total().durations();

        assertThat(sketched.count()).isEqualTo(exact.count());
        assertThat(sketched.min()).isEqualTo(exact.min());
        assertThat(sketched.max()).isEqualTo(exact.max());
        assertThat(sketched.avg()).isEqualTo(exact.avg());
        assertWithinOnePercent(sketched.p50(), exact.p50());
        assertWithinOnePercent(sketched.p95(), exact.p95());
        assertWithinOnePercent(sketched.p99(), exact.p99());
    }

    @Test
    void takesTheCeilingRankNotTheLibraryRank() {
        // Ten clearly separated values: nearest-rank P95 is the 10th; the library's own rule picks the 9th.
        DDSketch sketch = DurationSketch.forRollup();
        for (int i = 1; i <= 10; i++) {
            sketch.accept(i * 1_000_000);
        }

        MergedDurations merged = new MergedDurations();
        merged.add(sketch);

        Duration p95 = merged.nearestRanks(1_000_000, 10_000_000, 0.95)[0];

        assertWithinOnePercent(p95, Duration.ofSeconds(10));
        assertThat(sketch.getValueAtQuantile(0.95)).isCloseTo(9e6, Offset.offset(9e4));
    }

    @Test
    void allZeroDurationsGiveZero() {
        DDSketch sketch = DurationSketch.forRollup();
        sketch.accept(0);
        sketch.accept(0);
        MergedDurations merged = new MergedDurations();
        merged.add(sketch);

        assertThat(merged.nearestRanks(0, 0, 0.5, 0.99)).containsExactly(Duration.ZERO, Duration.ZERO);
    }

    private static void assertWithinOnePercent(Duration actual, Duration exact) {
        assertThat((double) actual.toNanos()).isCloseTo(exact.toNanos(),
                Offset.offset(exact.toNanos() * 0.01));
    }
}
