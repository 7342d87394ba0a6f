package io.breakerboard.bench;

import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times the FX thread's pulses while it runs. An animation timer marks the start of every pulse (animations run
 * first in a pulse) and keeps pulses coming at the display rate; the scene's post-layout listener marks the end
 * of its CSS and layout. Two figures come out: the pulse (start to end of layout: what a pulse itself costs) and
 * the gap between two pulse starts (anything else that held the FX thread, such as posted tasks, shows there).
 * Create, start and stop it on the FX thread.
 */
final class PulseMeter {
    private final Scene scene;
    private final Runnable layoutDone = this::layoutDone;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulseStarted();
        }
    };
    private long[] pulses = new long[4_096];
    private long[] gaps = new long[4_096];
    private int pulseCount;
    private int gapCount;
    private long startedAt;
    private long previousStart;

    PulseMeter(Scene scene) {
        this.scene = scene;
    }

    void start() {
        pulseCount = 0;
        gapCount = 0;
        startedAt = 0;
        previousStart = 0;
        scene.addPostLayoutPulseListener(layoutDone);
        timer.start();
    }

    /** Stops measuring and returns the figures of the pulses seen since {@link #start()}. */
    Figures stop() {
        timer.stop();
        scene.removePostLayoutPulseListener(layoutDone);
        return new Figures(Arrays.copyOf(pulses, pulseCount), Arrays.copyOf(gaps, gapCount));
    }

    private void pulseStarted() {
        long now = System.nanoTime();
        if (previousStart != 0) {
            gaps = add(gaps, gapCount++, now - previousStart);
        }
        previousStart = now;
        startedAt = now;
    }

    private void layoutDone() {
        if (startedAt != 0) {
            pulses = add(pulses, pulseCount++, System.nanoTime() - startedAt);
            startedAt = 0;
        }
    }

    private static long[] add(long[] values, int index, long value) {
        long[] target = index < values.length ? values : Arrays.copyOf(values, values.length * 2);
        target[index] = value;
        return target;
    }

    /** Pulse durations and gaps between pulse starts, in nanoseconds. */
    record Figures(long[] pulses, long[] gaps) {

        long count() {
            return pulses.length;
        }

        double maxPulseMs() {
            return ms(Arrays.stream(pulses).max().orElse(0));
        }

        double p99PulseMs() {
            return ms(percentile(pulses, 0.99));
        }

        double maxGapMs() {
            return ms(Arrays.stream(gaps).max().orElse(0));
        }

        double p99GapMs() {
            return ms(percentile(gaps, 0.99));
        }

        long pulsesOver(double limitMs) {
            return Arrays.stream(pulses).filter(p -> ms(p) > limitMs).count();
        }

        private static long percentile(long[] values, double q) {
            if (values.length == 0) {
                return 0;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
        }

        static double ms(long nanos) {
            return nanos / 1e6;
        }
    }
}
