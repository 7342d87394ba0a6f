package io.breakerboard.ui.charts;

/**
 * Tick steps for a value axis: steps of 1, 2, 2.5 or 5 times a power of ten, as many as fit the axis' length
 * with room for a label each, and whole numbers only on an axis of counts. No JavaFX, so tested plainly.
 */
public final class ValueTicks {
    /** Screen pixels each tick label needs along a vertical axis. */
    static final double PIXELS_PER_TICK = 36;
    private static final double[] MANTISSAS = {1, 2, 2.5, 5, 10};

    private ValueTicks() {
    }

    /**
     * The step between ticks on {@code [min, max]} drawn over {@code length} pixels: the smallest nice step that
     * gives no more ticks than fit, and at least 1 when {@code integer}.
     */
    public static double step(double min, double max, double length, boolean integer) {
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            return integer ? 1 : Math.max(Math.abs(max), 1e-9);
        }
        int fitting = (int) Math.max(2, Math.min(8, Math.floor(length / PIXELS_PER_TICK)));
        double raw = span / fitting;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : MANTISSAS) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                step = m * magnitude;
                break;
            }
        }
        if (integer) {
            // 2.5 is no step for counts: the next whole one up.
            step = Math.max(1, step == Math.floor(step) ? step : Math.ceil(step));
        }
        return step;
    }

    /**
     * The top of an axis starting at zero that holds {@code max} with a little room: {@code max} rounded up to
     * the step of a four-tick axis, so the highest point never touches or leaves the plot.
     */
    public static double upper(double max, boolean integer) {
        if (!(max > 0) || !Double.isFinite(max)) {
            return 1;
        }
        double step = step(0, max, 4 * PIXELS_PER_TICK, integer);
        double top = Math.ceil(max / step) * step;
        return top < max * 1.02 ? top + step : top;
    }

    /** Decimals needed to tell ticks {@code step} apart: 0 for whole steps, 1 for 0.5, 2 for 0.25. */
    public static int decimals(double step) {
        for (int d = 0; d < 8; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 8;
    }
}
