package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.ChartPanel;
import io.breakerboard.ui.charts.FaultMarkers;
import io.breakerboard.ui.charts.LiveChart;
import io.breakerboard.ui.charts.SeriesData;
import io.breakerboard.ui.charts.Charts;
import io.fair_acc.chartfx.XYChart;
import java.util.List;
import java.util.function.Consumer;

/** One dashboard chart: built on the FX thread, fed with each refresh on the chart writer thread. */
abstract class DashboardChart {
    private final LiveChart live;
    private final ChartPanel panel;

    DashboardChart(String title, XYChart chart, UiExecutor ui) {
        this.live = new LiveChart(chart, ui.fx());
        this.panel = new ChartPanel(title, live, ui);
        panel.setId(getClass().getSimpleName());
    }

    ChartPanel panel() {
        return panel;
    }

    LiveChart live() {
        return live;
    }

    /** The series to draw for this refresh. Chart writer thread. */
    abstract List<SeriesData> series(DashboardData data);

    /** What the chart says when it has nothing to draw. */
    String emptyText(DashboardData data) {
        return "No executions in " + data.spec().rangePhrase();
    }

    /** Writes the refresh into the chart's data sets. Chart writer thread. */
    final void publish(DashboardData data) {
        publish(data, live);
    }

    /** True for charts over time, which mark when chaos faults were active. */
    boolean overTime() {
        return true;
    }

    /** Charts with scene-graph work after the data (categories) override this. Chart writer thread. */
    void publish(DashboardData data, LiveChart target) {
        List<SeriesData> series = series(data);
        if (!overTime()) {
            target.publish(series, emptyText(data));
            return;
        }
        List<FaultMarkers.Span> bands = data.faults().stream()
                .map(w -> new FaultMarkers.Span(w.id(), w.label(), w.from(), w.to())).toList();
        double[] window = SeriesMath.window(data.snapshot());
        Consumer<XYChart> fit = fitValues(data, series);
        target.publish(series, emptyText(data), chart -> {
            Charts.fitTime(chart, window[0], window[1]);
            fit.accept(chart);
            FaultMarkers.show(chart, bands);
        });
    }

    /**
     * What sets the value axes to this refresh's series, run on the FX thread once they are attached; computed
     * here, on the chart writer thread. Time charts override it.
     */
    Consumer<XYChart> fitValues(DashboardData data, List<SeriesData> series) {
        return chart -> { };
    }

    /** The largest finite y among these series. */
    static double max(List<SeriesData> series) {
        return SeriesMath.max(series.stream().map(s -> new SeriesMath.Points(s.x(), s.y(), null)).toList());
    }

    static SeriesData series(String id, io.fair_acc.chartfx.renderer.Renderer renderer, String name, String styleClass,
                             SeriesMath.Points points) {
        return new SeriesData(id, renderer, name, styleClass, points.x(), points.y(), points.labels());
    }
}
