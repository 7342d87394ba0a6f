package io.breakerboard.ui.charts;

import io.breakerboard.ui.FxScheduler;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A chart whose series are fed from a background thread, the way chartfx 11.3.1 needs it:
 * <ul>
 *   <li>points are written off the FX thread under the data set's write lock; the chart's own listener then
 *       schedules the redraw. Writing on the FX thread can deadlock: the chart holds its data sets' read lock
 *       from the pre-layout to the post-layout phase, and from the moment it joins a scene.</li>
 *   <li>a data set is attached to its renderer only once it has points and detached instead of emptied:
 *       an empty attached data set makes the chart redraw without end.</li>
 * </ul>
 * So an attached data set always holds points, and data sets are never cleared.
 */
public final class LiveChart {
    private final XYChart chart;
    private final FxScheduler fx;
    // Only the chart writer thread touches the data sets' contents and this map.
    private final Map<String, DoubleDataSet> dataSets = new HashMap<>();
    private volatile List<Attachment> desired = List.of();
    private volatile String pendingEmptyMessage = "";
    private volatile java.util.function.Consumer<XYChart> pendingFx = chart -> { };
    private volatile List<SeriesLegend.Entry> pendingLegend = List.of();
    private final javafx.beans.property.ReadOnlyObjectWrapper<List<SeriesLegend.Entry>> legend =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "legend", List.of());
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(this, "applied", false);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "Loading…");

    private record Attachment(Renderer renderer, DataSet dataSet) {
    }

    public LiveChart(XYChart chart, FxScheduler fx) {
        this.chart = chart;
        this.fx = fx;
    }

    public XYChart chart() {
        return chart;
    }

    /**
     * Shows these series; series with no points, and series not named, are taken off the chart. Call on the chart
     * writer thread, never on the FX thread.
     *
     * @param whenEmpty what the chart says when no series has points
     */
    public void publish(List<SeriesData> series, String whenEmpty) {
        publish(series, whenEmpty, chart -> { });
    }

    /**
     * As {@link #publish(List, String)}, and then runs {@code onFx} on the FX thread once the data sets are
     * attached: for what belongs to the scene graph, such as an axis' categories or range.
     */
    public void publish(List<SeriesData> series, String whenEmpty, java.util.function.Consumer<XYChart> onFx) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("chart data must be written off the FX thread (chartfx holds its locks there)");
        }
        List<Attachment> next = new ArrayList<>();
        List<SeriesLegend.Entry> entries = new ArrayList<>();
        for (SeriesData s : series) {
            if (s.size() == 0) {
                continue;
            }
            entries.add(new SeriesLegend.Entry(s.name(), s.styleClass(), s.renderer() instanceof SwatchRenderer r && r.filled()));
            DoubleDataSet dataSet = dataSets.computeIfAbsent(s.id(), id -> newDataSet(s));
            write(dataSet, s);
            next.add(new Attachment(s.renderer(), dataSet));
        }
        desired = List.copyOf(next);
        pendingLegend = List.copyOf(entries);
        pendingEmptyMessage = whenEmpty;
        pendingFx = onFx;
        fx.coalesce(this, this::attach);
    }

    private static DoubleDataSet newDataSet(SeriesData s) {
        DoubleDataSet dataSet = new DoubleDataSet(s.name(), Math.max(16, s.size()));
        if (s.styleClass() != null) {
            dataSet.addStyleClasses(s.styleClass());
        }
        return dataSet;
    }

    private static void write(DoubleDataSet dataSet, SeriesData s) {
        dataSet.lock().writeLockGuard(() -> {
            dataSet.set(s.x(), s.y(), s.size(), true);
            if (s.labels() != null) {
                for (int i = 0; i < s.labels().length; i++) {
                    dataSet.addDataLabel(i, s.labels()[i]);
                }
            }
            if (!s.name().equals(dataSet.getName())) {
                dataSet.setName(s.name());
            }
        });
    }

    /** On the FX thread: makes each renderer hold exactly the data sets that have points. */
    private void attach() {
        List<Attachment> wanted = desired;
        Map<Renderer, List<DataSet>> byRenderer = new LinkedHashMap<>();
        for (Renderer renderer : chart.getRenderers()) {
            byRenderer.put(renderer, new ArrayList<>());
        }
        for (Attachment a : wanted) {
            byRenderer.computeIfAbsent(a.renderer(), r -> new ArrayList<>()).add(a.dataSet());
        }
        byRenderer.forEach((renderer, sets) -> {
            // Compare by identity: chartfx data sets define equals() by their contents.
            if (!sameInstances(renderer.getDatasets(), sets)) {
                renderer.getDatasets().setAll(sets);
            }
        });
        pendingFx.accept(chart);
        legend.set(pendingLegend);
        emptyMessage.set(pendingEmptyMessage);
        empty.set(wanted.isEmpty());
        applied.set(true);
    }

    private static boolean sameInstances(List<DataSet> a, List<DataSet> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The series now drawn, by name and colour, in drawing order: for a legend of our own. */
    public javafx.beans.property.ReadOnlyObjectProperty<List<SeriesLegend.Entry>> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** True while no series has points. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** What to say while empty. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** True once a first publication reached the chart. */
    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /**
     * The points of the series now attached, by legend name, each as {@code {x[], y[]}}; read under each data
     * set's read lock. FX thread (the renderers' lists belong to the scene graph). For tests and diagnostics.
     */
    public Map<String, double[][]> attachedPoints() {
        Map<String, double[][]> points = new LinkedHashMap<>();
        for (Renderer renderer : chart.getRenderers()) {
            for (DataSet ds : renderer.getDatasets()) {
                points.put(ds.getName(), ds.lock().readLockGuard(() -> new double[][] {
                        java.util.Arrays.copyOf(ds.getValues(DataSet.DIM_X), ds.getDataCount()),
                        java.util.Arrays.copyOf(ds.getValues(DataSet.DIM_Y), ds.getDataCount())}));
            }
        }
        return points;
    }
}
