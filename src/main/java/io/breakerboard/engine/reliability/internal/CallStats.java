package io.breakerboard.engine.reliability.internal;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallOutcome;
import io.breakerboard.engine.reliability.CallStatsView;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rolling-window counts and latencies of one tool or model, bucketed on the engine clock: 30 buckets over the
 * window, each with counts by outcome, retries and a latency sketch (1% relative accuracy), merged on demand.
 */
public final class CallStats {
    private static final int BUCKETS = 30;
    private static final CallOutcome[] OUTCOMES = CallOutcome.values();

    private final String name;
    private final CallKind kind;
    private final Duration window;
    private final long widthNanos;
    private final Bucket[] buckets = new Bucket[BUCKETS];

    public CallStats(String name, CallKind kind, Duration window) {
        this.name = name;
        this.kind = kind;
        this.window = window;
        this.widthNanos = Math.max(1, window.toNanos() / BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] = new Bucket();
        }
    }

    public synchronized void record(CallOutcome outcome, Duration latency, long nowNanos) {
        Bucket b = bucket(nowNanos);
        b.counts[outcome.ordinal()]++;
        if (!latency.isZero()) {
            b.latencyMillis.accept(latency.toNanos() / 1e6);
        }
    }

    public synchronized void retried(long nowNanos) {
        bucket(nowNanos).retries++;
    }

    public synchronized CallStatsView view(long nowNanos) {
        long current = nowNanos / widthNanos;
        long[] counts = new long[OUTCOMES.length];
        long retries = 0;
        DDSketch merged = DDSketches.unboundedDense(0.01);
        for (Bucket b : buckets) {
            if (b.epoch > current - BUCKETS && b.epoch <= current) {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += b.counts[i];
                }
                retries += b.retries;
                if (!b.latencyMillis.isEmpty()) {
                    merged.mergeWith(b.latencyMillis);
                }
            }
        }
        Map<CallOutcome, Long> outcomes = new EnumMap<>(CallOutcome.class);
        for (CallOutcome o : OUTCOMES) {
            outcomes.put(o, counts[o.ordinal()]);
        }
        return new CallStatsView(name, kind, window, outcomes, retries,
                quantile(merged, 0.50), quantile(merged, 0.95), quantile(merged, 0.99));
    }

    private static Duration quantile(DDSketch s, double q) {
        return s.isEmpty() ? Duration.ZERO : Duration.ofNanos(Math.round(s.getValueAtQuantile(q) * 1e6));
    }

    private Bucket bucket(long nowNanos) {
        long epoch = nowNanos / widthNanos;
        Bucket b = buckets[(int) Math.floorMod(epoch, (long) BUCKETS)];
        if (b.epoch != epoch) {
            b.reset(epoch);
        }
        return b;
    }

    private static final class Bucket {
        long epoch = Long.MIN_VALUE;
        final long[] counts = new long[OUTCOMES.length];
        long retries;
        final DDSketch latencyMillis = DDSketches.unboundedDense(0.01);

        void reset(long e) {
            epoch = e;
            java.util.Arrays.fill(counts, 0);
            retries = 0;
            latencyMillis.clear();
        }
    }
}
