package io.breakerboard.ui.charts;

import io.breakerboard.ui.Formats;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.AxisMode;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;

/** Builds the dashboard's charts the same way: time or category x axis, zoom on drag, tooltips on hover. */
public final class Charts {
    private Charts() {
    }

    /**
     * A chart over time; x values are epoch seconds, shown in the clock's zone with ticks that never overlap.
     * The axes' ranges are set from the data with {@link #fitTime} and {@link #fitValue}.
     *
     * @param integer true for counts: whole-number ticks only
     */
    public static XYChart timeChart(String yLabel, TickFormat yFormat, boolean integer, Clock clock) {
        TickedAxis x = TickedAxis.time(clock);
        x.getAxisLabel().setVisible(false);
        TickedAxis y = TickedAxis.value(yLabel, yFormat, integer);
        XYChart chart = newChart(x, y);
        addPlugins(chart, AxisMode.X, Charts::localTime, v -> yFormat.format(v, 0));
        return chart;
    }

    /**
     * Horizontal bars over named categories (agents) on the left axis, values along the bottom; set the names
     * with {@link #showCategoriesDownward}. Agent names read in full, one under another.
     */
    public static XYChart barChart(String xLabel, TickFormat xFormat) {
        TickedAxis x = TickedAxis.value(xLabel, xFormat, false);
        x.setSide(Side.BOTTOM);
        CategoryAxis y = new CategoryAxis("");
        y.setSide(Side.LEFT);
        // Names stay in one column, one per row: chartfx would shift every other one sideways.
        y.setOverlapPolicy(AxisLabelOverlapPolicy.DO_NOTHING);
        y.setAnimated(false);
        y.getAxisLabel().setVisible(false);
        XYChart chart = newChart(x, y);
        // A grid line through each row would run through its middle bar.
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        addPlugins(chart, AxisMode.X, v -> xFormat.format(v, 0), v -> "");
        return chart;
    }

    /** Bars along the x axis, each series at its own y offset within a category. */
    public static ErrorDataSetRenderer horizontalBars(double share) {
        return new HorizontalBarRenderer(share);
    }

    /**
     * Sets a vertical category axis to these names, the first at the top, showing as many from the top as have
     * {@code rowHeight} pixels each on the plot (the rest are below it, listed in the agent table). FX thread;
     * call again when the chart's canvas changes height.
     */
    public static void showCategoriesDownward(XYChart chart, List<String> names, double rowHeight) {
        if (chart.getYAxis() instanceof CategoryAxis axis) {
            List<String> bottomUp = new java.util.ArrayList<>(names);
            java.util.Collections.reverse(bottomUp);
            if (!bottomUp.equals(axis.getCategories())) {
                axis.setCategories(bottomUp);
            }
            axis.setAutoRanging(false);
            // chartfx sizes the axis from the labels of its last layout; reserve the widest name now, so the
            // first rows drawn never lose their start.
            double widest = 0;
            for (String name : names) {
                javafx.scene.text.Text text = new javafx.scene.text.Text(name);
                text.setFont(axis.getTickLabelStyle().getFont());
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
            double needed = Math.ceil(widest + axis.getTickLabelGap() + axis.getTickLength() + 8);
            if (axis.getMinWidth() != needed) {
                axis.setMinWidth(needed);
                axis.setPrefWidth(needed);
            }
            int fitting = (int) Math.max(1, Math.floor(chart.getCanvas().getHeight() / rowHeight));
            int shown = Math.min(names.size(), fitting);
            double min = names.size() - shown - 0.5;
            double max = Math.max(0.5, names.size() - 0.5);
            if (axis.getMin() != min || axis.getMax() != max) {
                axis.set(min, max);
                axis.invalidateRange();
            }
        }
    }

    /** A second value axis on the right, for a renderer of its own. */
    public static TickedAxis rightAxis(String label, TickFormat format) {
        TickedAxis axis = TickedAxis.value(label, format, false);
        axis.setSide(Side.RIGHT);
        return axis;
    }

    /**
     * Shows exactly {@code [from, to]} (epoch seconds) on the chart's x axis: the selected range, not just the
     * part that holds data. Left alone while the person has zoomed in. FX thread.
     */
    public static void fitTime(XYChart chart, double from, double to) {
        if (!zoomed(chart) && to > from && (chart.getXAxis().getMin() != from || chart.getXAxis().getMax() != to)) {
            chart.getXAxis().set(from, to);
            chart.getXAxis().invalidateRange();
        }
    }

    /** Sets a value axis to run from zero to a little above {@code max}. FX thread. */
    public static void fitValue(XYChart chart, io.fair_acc.chartfx.axes.Axis axis, double max, boolean integer) {
        double top = ValueTicks.upper(max, integer);
        if (!zoomed(chart) && (axis.getMin() != 0 || axis.getMax() != top)) {
            axis.set(0, top);
            axis.invalidateRange();
        }
    }

    private static boolean zoomed(XYChart chart) {
        for (ChartPlugin plugin : chart.getPlugins()) {
            if (plugin instanceof Zoomer zoomer && !zoomer.zoomStackDeque().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Lines with small markers. */
    public static ErrorDataSetRenderer lines() {
        ErrorDataSetRenderer r = new SwatchRenderer(false);
        // A NaN point is an empty bucket: the line stops there instead of bridging the gap.
        r.setAllowNaNs(true);
        r.setPolyLineStyle(LineStyle.NORMAL);
        r.setDrawMarker(true);
        return r;
    }

    /**
     * Sets a category axis to these names, one per x position 0..n-1, with half a category of room each side so
     * the outer bars are not cut. FX thread.
     */
    public static void showCategories(XYChart chart, List<String> names) {
        if (chart.getXAxis() instanceof CategoryAxis axis && !names.equals(axis.getCategories())) {
            axis.setCategories(names);
            axis.setAutoRanging(false);
            // Wider on the left: the first name is centred under its bars and would be cut at the axis.
            axis.set(-0.8, Math.max(0.5, names.size() - 0.3));
        }
    }

    /** Filled areas, for counts per bucket. */
    public static ErrorDataSetRenderer areas() {
        ErrorDataSetRenderer r = new SwatchRenderer(true);
        r.setPolyLineStyle(LineStyle.HISTOGRAM_FILLED);
        r.setDrawMarker(false);
        return r;
    }

    /**
     * Bars per category; give each series its own x offset (e.g. -0.25, 0, +0.25) to set them side by side, and
     * size them with {@link #fitBars}: chartfx's dynamic width drew 1-pixel lines for three or four categories.
     */
    public static ErrorDataSetRenderer groupedBars() {
        ErrorDataSetRenderer r = new SwatchRenderer(true);
        r.setPolyLineStyle(LineStyle.NONE);
        r.setDrawMarker(false);
        r.setDrawBars(true);
        // Series place their bars side by side through their x values; chartfx's shift would overlap them.
        r.setShiftBar(false);
        r.setDynamicBarWidth(false);
        return r;
    }

    /**
     * Sizes grouped bars to {@code share} of a category's width. FX thread; call after {@link #showCategories}
     * and whenever the chart's canvas changes width.
     */
    public static void fitBars(XYChart chart, ErrorDataSetRenderer bars, double share) {
        if (chart.getXAxis() instanceof CategoryAxis axis) {
            double span = Math.max(1, axis.getMax() - axis.getMin());
            bars.setBarWidth((int) Math.max(2, Math.round(chart.getCanvas().getWidth() / span * share)));
        }
    }

    private static DefaultNumericAxis valueAxis(String label, DoubleFunction<String> text) {
        DefaultNumericAxis y = new DefaultNumericAxis(label);
        // Units are in the tick labels ("$25", "10 s"); without this chartfx adds an empty "[]" to the name.
        y.setUnit(null);
        y.setAnimated(false);
        y.setAutoUnitScaling(false);
        y.setTickLabelFormatter(converter(text));
        y.setForceZeroInRange(true);
        y.setAutoRangeRounding(true);
        return y;
    }

    private static XYChart newChart(io.fair_acc.chartfx.axes.Axis x, io.fair_acc.chartfx.axes.Axis y) {
        XYChart chart = new XYChart(x, y);
        chart.setAnimated(false);
        chart.getRenderers().clear();
        chart.setLegendVisible(true);
        chart.getStyleClass().add("breakerboard-chart");
        return chart;
    }

    private static void addPlugins(XYChart chart, AxisMode zoomAxes, DoubleFunction<String> xText, DoubleFunction<String> yText) {
        Zoomer zoomer = new Zoomer(zoomAxes);
        // Right-click opens the chart's menu; Shift+right-click steps the zoom back.
        zoomer.setZoomOutMouseFilter(e -> e.getButton() == MouseButton.SECONDARY && e.isShiftDown());
        // The zoom buttons slid in over the top of the plot; the chart's menu resets the zoom instead.
        zoomer.setAddButtonsToToolBar(false);
        chart.getPlugins().add(zoomer);
        // chartfx slides its tool bar in whenever the mouse nears an edge of the chart: never.
        chart.getMenuPane().setTriggerDistance(0);
        chart.getPlugins().add(new ValueTooltip(xText, yText));
    }

    private static StringConverter<Number> converter(DoubleFunction<String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : text.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("chart values are not edited");
            }
        };
    }

    /** Epoch seconds as local time, for tooltips. */
    static String localTime(double epochSeconds) {
        return Formats.timestamp(Instant.ofEpochMilli(Math.round(epochSeconds * 1000)), ZoneId.systemDefault());
    }
}
