package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.breakerboard.model.Saturating;
import java.time.Duration;
import java.util.Arrays;

/**
 * Rollup duration sketches merged for one snapshot figure: bin counts added into a dense array over the same
 * index mapping, which is what {@link DDSketch#mergeWith} does, without its per-bin callbacks (they took half
 * of a snapshot's time). Zero durations, which the sketch keeps apart from every bin, are counted apart here.
 */
final class MergedDurations {
    private double[] counts = new double[0];
    /** The bin index of {@code counts[0]}. */
    private int offset;
    private double zeros;
    private long total;

    /** Adds a rollup's sketch; the caller holds the rollup's monitor. */
    void add(DDSketch rollup) {
        SortedArrayStore bins = (SortedArrayStore) rollup.getPositiveValueStore();
        double binned = bins.getTotalCount();
        zeros += rollup.getCount() - binned;
        total = Saturating.add(total, Math.round(rollup.getCount()));
        if (!bins.isEmpty()) {
            cover(bins.getMinIndex(), bins.getMaxIndex());
            bins.addTo(counts, offset);
        }
    }

    void add(MergedDurations other) {
        zeros += other.zeros;
        total = Saturating.add(total, other.total);
        if (other.counts.length > 0) {
            cover(other.offset, other.offset + other.counts.length - 1);
            int shift = other.offset - offset;
            for (int i = 0; i < other.counts.length; i++) {
                counts[shift + i] += other.counts[i];
            }
        }
    }

    private void cover(int minIndex, int maxIndex) {
        if (counts.length == 0) {
            offset = minIndex;
            counts = new double[maxIndex - minIndex + 1];
            return;
        }
        int last = offset + counts.length - 1;
        if (minIndex >= offset && maxIndex <= last) {
            return;
        }
        // Grow with slack on both sides: the next rollups mostly fall near this one.
        int from = Math.min(offset, minIndex);
        int to = Math.max(last, maxIndex);
        int slack = (to - from + 1) / 4;
        int newOffset = minIndex < offset ? from - slack : offset;
        int newLast = maxIndex > last ? to + slack : last;
        double[] grown = new double[newLast - newOffset + 1];
        System.arraycopy(counts, 0, grown, offset - newOffset, counts.length);
        counts = grown;
        offset = newOffset;
    }

    long count() {
        return total;
    }

    /**
     * Nearest-rank percentiles: for each {@code p} (ascending), the representative value of the bin holding the
     * ⌈p·n⌉-th smallest duration, clamped to the exact [min, max] (the truth lies there, so the clamp only moves
     * the answer towards it). Zero durations rank before every bin.
     *
     * <p>The library's {@code getValueAtQuantile} takes the (⌊p·(n−1)⌋+1)-th smallest value instead, one lower
     * than nearest rank for many n (P95 of 10 values: the 9th, not the 10th), so it is not used.
     *
     * @param ascending percentiles in [0, 1], smallest first
     * @return one duration per percentile; all zero when nothing was merged
     */
    Duration[] nearestRanks(long minMicros, long maxMicros, double... ascending) {
        Duration[] result = new Duration[ascending.length];
        if (total == 0) {
            Arrays.fill(result, Duration.ZERO);
            return result;
        }
        double seen = zeros;
        int bin = -1;
        for (int i = 0; i < ascending.length; i++) {
            long rank = Percentiles.rank(ascending[i], total);
            while (seen < rank && bin < counts.length - 1) {
                seen += counts[++bin];
            }
            double micros = rank <= zeros || bin < 0 ? 0 : DurationSketch.MAPPING.value(offset + bin);
            result[i] = DurationSketch.toDuration(Math.min(Math.max(micros, minMicros), maxMicros));
        }
        return result;
    }
}
