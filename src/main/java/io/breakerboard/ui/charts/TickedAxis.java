package io.breakerboard.ui.charts;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.time.Clock;
import javafx.scene.text.Text;

/**
 * A chartfx axis whose ticks come from {@link TimeTicks} (local calendar steps, labels that never touch) or
 * {@link ValueTicks} (nice steps, whole numbers for counts) instead of chartfx's own, which overlapped time labels
 * and gave a count axis ticks of {@code 0, 1, 1}. The range is set by the chart from its data, not auto-ranged.
 */
public final class TickedAxis extends DefaultNumericAxis {
    private final Clock clock;
    private final TickFormat format;
    private final boolean integer;
    private final Text measure = new Text();
    private TimeTicks timeTicks = new TimeTicks(new double[0], new String[0], 0);
    private double step = 1;

    private TickedAxis(String label, Clock clock, TickFormat format, boolean integer) {
        super(label);
        this.clock = clock;
        this.format = format;
        this.integer = integer;
        setUnit(null);
        setAnimated(false);
        setAutoUnitScaling(false);
        setAutoRanging(false);
        setAutoGrowRanging(false);
        setMinorTickCount(0);
        // The ticks are chosen so that labels never touch; chartfx's shifting would stagger them on two rows.
        setOverlapPolicy(io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy.DO_NOTHING);
    }

    /** An x axis over epoch seconds, labelled in the clock's zone. */
    public static TickedAxis time(Clock clock) {
        return new TickedAxis("", clock, null, false);
    }

    /** A value axis from zero; {@code integer} for counts. */
    public static TickedAxis value(String label, TickFormat format, boolean integer) {
        return new TickedAxis(label, null, format, integer);
    }

    boolean isTime() {
        return format == null;
    }

    /** The ticks now shown on a time axis. */
    public TimeTicks timeTicks() {
        return timeTicks;
    }

    @Override
    public double computePreferredTickUnit(double length) {
        if (isTime()) {
            timeTicks = TimeTicks.of(getMin(), getMax(), length, clock.getZone(), clock.instant(), this::textWidth);
            return Math.max(1, timeTicks.step());
        }
        step = ValueTicks.step(getMin(), getMax(), length, integer);
        return step;
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList tickValues) {
        if (isTime()) {
            for (double v : timeTicks.values()) {
                tickValues.add(v);
            }
            return;
        }
        long first = (long) Math.ceil(range.getMin() / step - 1e-9);
        for (long i = first; i * step <= range.getMax() + step * 1e-9 && tickValues.size() < 50; i++) {
            tickValues.add(i * step);
        }
    }

    @Override
    protected void calculateMinorTickValues(DoubleArrayList tickValues) {
        // No minor ticks: the grid follows the labelled ticks only.
    }

    @Override
    public String getTickMarkLabel(double value) {
        if (isTime()) {
            String label = timeTicks.labelAt(value);
            return label == null ? "" : label;
        }
        return format.format(value, step);
    }

    /**
     * chartfx's chart pane gives a side its preferred size, and measures an axis with the tick labels of its last
     * layout: an axis first laid out before it had a range (a panel empty at first, such as quality on a store
     * without scores) measured 11 px, no room for labels, and kept that size when the labels came; they were
     * drawn below the chart, under the legend. A horizontal axis always reserves one row of labels.
     */
    @Override
    protected double computePrefHeight(double width) {
        double measured = super.computePrefHeight(width);
        if (getSide() == null || !getSide().isHorizontal()) {
            return measured;
        }
        measure.setFont(getTickLabelFont());
        measure.setText("0:");
        double row = Math.ceil(measure.getLayoutBounds().getHeight());
        return Math.max(measured, getTickLength() + getTickLabelGap() + row + getAxisLabelGap());
    }

    /** The width of a tick label as this axis draws it. FX thread. */
    public double tickLabelWidth(String text) {
        return textWidth(text);
    }

    private double textWidth(String text) {
        measure.setFont(getTickLabelFont());
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
