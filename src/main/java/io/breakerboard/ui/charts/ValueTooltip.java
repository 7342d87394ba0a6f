package io.breakerboard.ui.charts;

import io.fair_acc.chartfx.Chart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;

/**
 * The value under the mouse: series name, time (or agent) and value, in the axes' own formats. chartfx's
 * tooltip found nothing on our charts: it looks up axes only on the renderer, and ours draw on the chart's
 * axes; and it picks within 5 px of a point's centre, which for a bar or a column is its far end. Here a bar
 * or a column answers anywhere over it, a line within {@link #PICK} px of a point.
 */
final class ValueTooltip extends DataPointTooltip {
    /** How far from a line's point (px) the mouse may be. */
    static final double PICK = 12;
    private final DoubleFunction<String> xText;
    private final DoubleFunction<String> yText;

    ValueTooltip(DoubleFunction<String> xText, DoubleFunction<String> yText) {
        super(PICK);
        this.xText = xText;
        this.yText = yText;
    }

    @Override
    protected Stream<DataPoint> getPointsCloseToCursor(DataSet dataSet, Renderer renderer, Point2D mouse) {
        Axis x = axis(renderer, Orientation.HORIZONTAL);
        Axis y = axis(renderer, Orientation.VERTICAL);
        if (x == null || y == null || mouse == null) {
            return Stream.empty();
        }
        List<DataPoint> found = dataSet.lock().readLockGuard(() -> {
            List<DataPoint> near = new ArrayList<>();
            for (int i = 0; i < dataSet.getDataCount(); i++) {
                double distance = distance(renderer, dataSet, i, x, y, mouse);
                if (distance <= PICK) {
                    DataPoint point = new DataPoint(renderer, dataSet.get(DataSet.DIM_X, i), dataSet.get(DataSet.DIM_Y, i),
                            dataSet.getName(), distance);
                    near.add(point.withFormattedLabel(text(renderer, dataSet, i)));
                }
            }
            return near;
        });
        return found.stream();
    }

    /** Pixels from the mouse to point {@code i} as drawn: 0 over a bar or a column, else to its centre. */
    private static double distance(Renderer renderer, DataSet ds, int i, Axis x, Axis y, Point2D mouse) {
        double vx = ds.get(DataSet.DIM_X, i);
        double vy = ds.get(DataSet.DIM_Y, i);
        if (!Double.isFinite(vx) || !Double.isFinite(vy)) {
            return Double.POSITIVE_INFINITY;
        }
        double px = x.getDisplayPosition(vx);
        double py = y.getDisplayPosition(vy);
        if (renderer instanceof HorizontalBarRenderer bars) {
            double half = bars.thickness(y) / 2;
            double zero = x.getDisplayPosition(0);
            boolean over = Math.abs(mouse.getY() - py) <= half
                    && mouse.getX() >= Math.min(zero, px) - 1 && mouse.getX() <= Math.max(zero, px) + 1;
            return over ? 0 : Double.POSITIVE_INFINITY;
        }
        if (renderer instanceof ErrorDataSetRenderer r && r.getPolyLineStyle() == LineStyle.HISTOGRAM_FILLED) {
            // A column spans half-way to its neighbours; over it, the nearer top wins (failures over all).
            double left = i > 0 ? (px + x.getDisplayPosition(ds.get(DataSet.DIM_X, i - 1))) / 2 : px - PICK;
            double right = i + 1 < ds.getDataCount() ? (px + x.getDisplayPosition(ds.get(DataSet.DIM_X, i + 1))) / 2 : px + PICK;
            double base = y.getDisplayPosition(0);
            boolean over = mouse.getX() >= Math.min(left, right) && mouse.getX() <= Math.max(left, right)
                    && mouse.getY() >= Math.min(py, base) - PICK && mouse.getY() <= Math.max(py, base);
            return over ? Math.min(PICK, Math.abs(mouse.getY() - py)) : Double.POSITIVE_INFINITY;
        }
        return new Point2D(px, py).distance(mouse);
    }

    /** "P95 · code-reviewer\n29.09 s" for a bar, "failures\nDec 4 12:00\n3" over time. */
    private String text(Renderer renderer, DataSet ds, int i) {
        double vx = ds.get(DataSet.DIM_X, i);
        double vy = ds.get(DataSet.DIM_Y, i);
        if (renderer instanceof HorizontalBarRenderer) {
            String agent = ds.getDataLabel(i);
            return (agent == null ? "" : agent + " · ") + ds.getName() + "\n" + xText.apply(vx);
        }
        return ds.getName() + "\n" + xText.apply(vx) + "\n" + yText.apply(vy);
    }

    /** The renderer's own axis of that orientation, else the chart's: renderers without axes draw on the chart's. */
    private Axis axis(Renderer renderer, Orientation orientation) {
        for (Axis a : renderer.getAxes()) {
            if (a.getSide() != null && (orientation == Orientation.HORIZONTAL) == a.getSide().isHorizontal()) {
                return a;
            }
        }
        Chart chart = getChart();
        return chart == null ? null : chart.getFirstAxis(orientation);
    }
}
