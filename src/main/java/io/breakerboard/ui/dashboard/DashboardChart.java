package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.ChartPanel;
import io.breakerboard.ui.charts.FaultMarkers;
import io.breakerboard.ui.charts.LiveChart;
import io.breakerboard.ui.charts.SeriesData;
import io.fair_acc.chartfx.XYChart;
import java.util.List;

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
        if (!overTime()) {
            target.publish(series(data), emptyText(data));
            return;
        }
        List<FaultMarkers.Span> bands = data.faults().stream()
                .map(w -> new FaultMarkers.Span(w.id(), w.label(), w.from(), w.to())).toList();
        target.publish(series(data), emptyText(data), chart -> FaultMarkers.show(chart, bands));
    }

    static SeriesData series(String id, io.fair_acc.chartfx.renderer.Renderer renderer, String name, String styleClass,
                             SeriesMath.Points points) {
        return new SeriesData(id, renderer, name, styleClass, points.x(), points.y(), points.labels());
    }
}
