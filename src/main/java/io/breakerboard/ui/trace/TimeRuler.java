package io.breakerboard.ui.trace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The waterfall's time ruler, as in Jaeger: ticks at round times from the execution's start (0 ms, 250 ms,
 * 500 ms…), as many as fit the width with room for their labels. It sits in the timeline column's header and
 * maps time to x exactly as {@link BarCell} does, so each tick lines up with the bars below it.
 */
final class TimeRuler extends Region {
    /** Least room between two ticks, enough for a label such as {@code 1.25 s} and a gap. */
    static final double MIN_TICK_SPACING = 72;
    private static final double TICK_LENGTH = 5;
    private static final long[] MANTISSAS = {10, 20, 25, 50};

    private long spanNanos;
    private double columnOffset;
    private double columnWidth;
    private double laidOutOffset = Double.NaN;
    private double laidOutWidth = -1;
    private double laidOutHeight = -1;
    private long laidOutSpan = -1;

    TimeRuler() {
        getStyleClass().add("time-ruler");
        setMinWidth(0);
        setPrefHeight(30);
        setMinHeight(30);
    }

    /** The execution's span, which the column's width stands for. */
    void setSpan(Duration span) {
        spanNanos = span == null ? 0 : Math.max(0, span.toNanos());
        requestLayout();
    }

    /**
     * The x of a time from the execution's start. The bars are placed across their column; the ruler, wherever
     * its header puts it, maps time across that same column, so the two agree to the pixel.
     */
    double xOf(long nanos) {
        return BarCell.INSET - columnOffset + fraction(nanos) * usable(columnWidth);
    }

    /** Where the column header that holds the ruler starts and how wide it is, in the ruler's coordinates. */
    private void measureColumn() {
        columnOffset = 0;
        columnWidth = getWidth();
        for (var p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.skin.TableColumnHeader header) {
                columnOffset = header.sceneToLocal(localToScene(0, 0)).getX();
                columnWidth = header.getWidth();
                return;
            }
        }
    }

    private double fraction(long nanos) {
        return spanNanos == 0 ? 0 : Math.min(1, nanos / (double) spanNanos);
    }

    private static double usable(double width) {
        return Math.max(0, width - 2 * BarCell.INSET);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        measureColumn();
        // New ticks only when something changed: replacing children asks for one more layout.
        if (w == laidOutWidth && h == laidOutHeight && spanNanos == laidOutSpan && columnOffset == laidOutOffset) {
            return;
        }
        laidOutOffset = columnOffset;
        laidOutWidth = w;
        laidOutHeight = h;
        laidOutSpan = spanNanos;
        getChildren().clear();
        if (spanNanos == 0 || usable(columnWidth) <= 0) {
            return;
        }
        long step = step(spanNanos, (int) Math.max(1, Math.floor(usable(columnWidth) / MIN_TICK_SPACING)));
        double labelRight = -1;
        for (long t = 0; t <= spanNanos; t += step) {
            double x = Math.round(xOf(t)) + 0.5;
            Line tick = new Line(x, h - TICK_LENGTH, x, h);
            tick.getStyleClass().add("ruler-tick");
            tick.setUserData(t);
            Label label = new Label(label(t));
            label.getStyleClass().add("ruler-label");
            label.setUserData(t);
            getChildren().addAll(tick, label);
            label.applyCss();
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(lw);
            // Centred on its tick, but never past the ruler's ends, nor over the label before it.
            double lx = Math.max(Math.max(0, labelRight + 4), Math.min(x - lw / 2, w - lw));
            label.resizeRelocate(Math.round(lx), Math.round(h - TICK_LENGTH - lh), lw, lh);
            label.setVisible(lx + lw <= w + 0.5);
            labelRight = lx + lw;
            if (step == 0) {
                break;
            }
        }
    }

    /** The smallest round step (1, 2, 2.5 or 5 × a power of ten, in nanoseconds) that needs at most {@code maxTicks} intervals. */
    static long step(long spanNanos, int maxTicks) {
        long unit = 1;
        while (true) {
            for (long m : MANTISSAS) {
                long step = m * unit / 10;
                if (step > 0 && spanNanos / step <= maxTicks) {
                    return step;
                }
            }
            if (unit > Long.MAX_VALUE / 100) {
                return Math.max(1, spanNanos);
            }
            unit *= 10;
        }
    }

    /** {@code 0 ms}, {@code 250 ms}, {@code 1.5 s}, {@code 2 min}, {@code 1 h 30 min}: no needless decimals. */
    static String label(long nanos) {
        if (nanos == 0) {
            return "0 ms";
        }
        if (nanos < 1_000_000) {
            return trim(nanos / 1_000.0) + " µs";
        }
        if (nanos < 1_000_000_000) {
            return trim(nanos / 1_000_000.0) + " ms";
        }
        if (nanos < 60_000_000_000L) {
            return trim(nanos / 1_000_000_000.0) + " s";
        }
        long seconds = nanos / 1_000_000_000L;
        if (seconds < 3600) {
            return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds % 3600 == 0 ? seconds / 3600 + " h" : seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** The times of the ticks shown, from the execution's start; for tests and the rows' grid lines. */
    List<Long> tickTimes() {
        List<Long> out = new ArrayList<>();
        for (var n : getChildren()) {
            if (n instanceof Line l && l.getUserData() instanceof Long t) {
                out.add(t);
            }
        }
        return out;
    }
}
