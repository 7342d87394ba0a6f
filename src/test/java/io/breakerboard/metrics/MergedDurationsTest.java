package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.store.Bin;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import java.time.Duration;
import java.util.Iterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MergedDurationsTest {
    private static final double[] PERCENTILES = {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1.0};

    @Test
    void mergesLikeTheLibraryDoes() {
        Random random = new Random(5);
        MergedDurations merged = new MergedDurations();
        DDSketch library = new DDSketch(DurationSketch.MAPPING, UnboundedSizeDenseStore::new);
        for (int minute = 0; minute < 50; minute++) {
            DDSketch rollup = DurationSketch.forRollup();
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                rollup.accept(random.nextInt(30) == 0 ? 0 : Math.exp(random.nextGaussian() * 1.5 + 12 + minute % 7));
            }
            merged.add(rollup);
            library.mergeWith(rollup);
        }

        Duration[] ours = merged.nearestRanks(0, Long.MAX_VALUE, PERCENTILES);

        assertThat(merged.count()).isEqualTo(Math.round(library.getCount()));
        for (int i = 0; i < PERCENTILES.length; i++) {
            assertThat(ours[i]).as("P%s", PERCENTILES[i] * 100).isEqualTo(walk(library, PERCENTILES[i]));
        }
    }

    @Test
    void mergingMergedFiguresIsTheSameAsMergingTheRollups() {
        Random random = new Random(6);
        MergedDurations all = new MergedDurations();
        MergedDurations low = new MergedDurations();
        MergedDurations high = new MergedDurations();
        for (int minute = 0; minute < 20; minute++) {
            DDSketch rollup = DurationSketch.forRollup();
            for (int i = 0; i < 30; i++) {
                rollup.accept(minute < 10 ? 1 + random.nextInt(1_000) : 1_000_000 + random.nextInt(9_000_000));
            }
            all.add(rollup);
            (minute < 10 ? low : high).add(rollup);
        }
        MergedDurations combined = new MergedDurations();
        combined.add(high);
        combined.add(low);

        assertThat(combined.nearestRanks(0, Long.MAX_VALUE, PERCENTILES))
                .containsExactly(all.nearestRanks(0, Long.MAX_VALUE, PERCENTILES));
    }

    @Test
    void nothingMergedGivesZeros() {
        assertThat(new MergedDurations().nearestRanks(0, 0, 0.5, 0.95)).containsExactly(Duration.ZERO, Duration.ZERO);
    }

    /** Reference: nearest rank by walking the library's merged bins, zeros first. */
    private static Duration walk(DDSketch sketch, double p) {
        long n = Math.round(sketch.getCount());
        long rank = Percentiles.rank(p, n);
        double seen = sketch.getCount() - sketch.getPositiveValueStore().getTotalCount();
        if (rank <= seen) {
            return Duration.ZERO;
        }
        Iterator<Bin> bins = sketch.getPositiveValueStore().getAscendingIterator();
        while (true) {
            Bin bin = bins.next();
            seen += bin.getCount();
            if (seen >= rank) {
                return DurationSketch.toDuration(DurationSketch.MAPPING.value(bin.getIndex()));
            }
        }
    }
}
