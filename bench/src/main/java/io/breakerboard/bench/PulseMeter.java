package io.breakerboard.bench;

import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times the FX thread's pulses while it runs. An animation timer marks the start of every pulse (animations run
 * first in a pulse) and keeps pulses coming at the display rate; the scene's pre- and post-layout listeners mark
 * the start and end of its CSS and layout. Two figures come out: the pulse (start to end of layout: what a pulse itself costs) and
 * the gap between two pulse starts (anything else that held the FX thread, such as posted tasks, shows there).
 * Create, start and stop it on the FX thread.
 */
final class PulseMeter {
    private final Scene scene;
    private final Runnable layoutDone = this::layoutDone;
    private final Runnable layoutStarts = this::layoutStarts;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulseStarted();
        }
    };
    private long[] pulses = new long[4_096];
    private long[] gaps = new long[4_096];
    private long[] layouts = new long[4_096];
    private int layoutCount;
    private long layoutStartedAt;
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
        layoutCount = 0;
        layoutStartedAt = 0;
        startedAt = 0;
        previousStart = 0;
        scene.addPreLayoutPulseListener(layoutStarts);
        scene.addPostLayoutPulseListener(layoutDone);
        timer.start();
    }

    /** Stops measuring and returns the figures of the pulses seen since {@link #start()}. */
    Figures stop() {
        timer.stop();
        scene.removePreLayoutPulseListener(layoutStarts);
        scene.removePostLayoutPulseListener(layoutDone);
        return new Figures(Arrays.copyOf(pulses, pulseCount), Arrays.copyOf(gaps, gapCount),
                Arrays.copyOf(layouts, layoutCount));
    }

    private void pulseStarted() {
        long now = System.nanoTime();
        if (previousStart != 0) {
            gaps = add(gaps, gapCount++, now - previousStart);
        }
        previousStart = now;
        startedAt = now;
    }

    private void layoutStarts() {
        layoutStartedAt = System.nanoTime();
    }

    private void layoutDone() {
        if (layoutStartedAt != 0) {
            layouts = add(layouts, layoutCount++, System.nanoTime() - layoutStartedAt);
            layoutStartedAt = 0;
        }
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

    /**
     * Pulse durations, gaps between pulse starts, and the CSS and layout part of each pulse (from the scene's
     * pre-layout to its post-layout listener: the window's own work, without waiting for the previous frame to be
     * rendered), in nanoseconds.
     */
    record Figures(long[] pulses, long[] gaps, long[] layouts) {

        double maxLayoutMs() {
            return ms(Arrays.stream(layouts).max().orElse(0));
        }

        double p99LayoutMs() {
            return ms(percentile(layouts, 0.99));
        }

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
