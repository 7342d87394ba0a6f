package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.mapping.CubicallyInterpolatedMapping;
import com.datadoghq.sketch.ddsketch.mapping.IndexMapping;
import com.datadoghq.sketch.ddsketch.store.Bin;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Duration sketches in microseconds and the nearest-rank percentiles read from them.
 *
 * <p>Every sketch shares one index mapping with relative accuracy {@value #RELATIVE_ACCURACY}: a bin's
 * representative value is within 0.5 % of every value that falls into it. Half the 1 % the dashboards promise,
 * so rounding and the clamp to the exact min and max never push an answer past it.
 */
final class DurationSketch {
    static final double RELATIVE_ACCURACY = 0.005;

    /** Shared by every sketch so merging never converts between mappings. Persisted rollups rely on it too. */
    static final IndexMapping MAPPING = new CubicallyInterpolatedMapping(RELATIVE_ACCURACY);

    private DurationSketch() {
    }

    /** A small sketch for one rollup: only the bins in use are held. */
    static DDSketch forRollup() {
        return new DDSketch(MAPPING, SortedArrayStore::new);
    }

    /** A sketch to merge many rollups into: dense, so adding a bin is an array write. */
    static DDSketch forMerge() {
        return new DDSketch(MAPPING, UnboundedSizeDenseStore::new);
    }

    /**
     * Nearest-rank percentiles: for each {@code p} (ascending), the representative value of the bin holding the
     * ⌈p·n⌉-th smallest value, clamped to the exact [min, max] (a clamp only moves the answer towards the truth,
     * which lies in that interval). Zero durations are counted before every bin.
     *
     * <p>The library's own quantile takes the (⌊p·(n−1)⌋+1)-th smallest value instead, one value lower than
     * nearest rank for many n (P95 of 10 values: the 9th, not the 10th); walking the bins here keeps the
     * definition the dashboards state.
     *
     * @param ascending percentiles in (0, 1], smallest first
     * @return one duration per percentile; all zero when the sketch is empty
     */
    static Duration[] nearestRanks(DDSketch sketch, long minMicros, long maxMicros, double... ascending) {
        Duration[] result = new Duration[ascending.length];
        long n = Math.round(sketch.getCount());
        if (n == 0) {
            Arrays.fill(result, Duration.ZERO);
            return result;
        }
        long zeros = n - Math.round(sketch.getPositiveValueStore().getTotalCount());
        Iterator<Bin> bins = sketch.getPositiveValueStore().getAscendingIterator();
        double seen = zeros;
        double value = 0;
        for (int i = 0; i < ascending.length; i++) {
            long rank = Percentiles.rank(ascending[i], n);
            while (seen < rank && bins.hasNext()) {
                Bin bin = bins.next();
                seen += bin.getCount();
                value = MAPPING.value(bin.getIndex());
            }
            result[i] = toDuration(rank <= zeros ? 0 : Math.min(Math.max(value, minMicros), maxMicros));
        }
        return result;
    }

    private static Duration toDuration(double micros) {
        return Duration.ofNanos(Math.round(micros * 1_000));
    }
}
