package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.mapping.CubicallyInterpolatedMapping;
import com.datadoghq.sketch.ddsketch.mapping.IndexMapping;
import java.time.Duration;

/**
 * Duration sketches in microseconds: one per rollup, merged by {@link MergedDurations}.
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

    static Duration toDuration(double micros) {
        return Duration.ofNanos(Math.round(micros * 1_000));
    }
}
