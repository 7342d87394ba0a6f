package io.breakerboard.ui.charts;

import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;

/**
 * Horizontal bars: a point's x is the bar's length on the value axis, its y its place on a category axis at the
 * left, so category names read in full beside their bars. chartfx 11.3.1 draws bars only upright.
 */
final class HorizontalBarRenderer extends SwatchRenderer {
    /** Bar thickness as a share of one category's height. */
    private final double share;

    HorizontalBarRenderer(double share) {
        super(true);
        this.share = share;
    }

    /** A bar's thickness in pixels on this category axis. */
    double thickness(io.fair_acc.chartfx.axes.Axis categories) {
        double category = Math.abs(categories.getDisplayPosition(1) - categories.getDisplayPosition(0));
        return Math.max(2, Math.floor(category * share));
    }

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        double zero = xAxis.getDisplayPosition(0);
        double thickness = thickness(yAxis);
        gc.save();
        gc.setFill(style.getLineColor());
        dataSet.lock().readLockGuard(() -> {
            for (int i = 0; i < dataSet.getDataCount(); i++) {
                double value = dataSet.get(DataSet.DIM_X, i);
                if (!Double.isFinite(value)) {
                    continue;
                }
                double end = xAxis.getDisplayPosition(value);
                double centre = yAxis.getDisplayPosition(dataSet.get(DataSet.DIM_Y, i));
                gc.fillRect(Math.min(zero, end), centre - thickness / 2, Math.max(1, Math.abs(end - zero)), thickness);
            }
        });
        gc.restore();
    }
}
