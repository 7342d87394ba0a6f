package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.util.List;

/** Executions per time bucket, with the failures among them stacked in front. */
final class ExecutionsChart extends DashboardChart {
    private final ErrorDataSetRenderer areas;

    ExecutionsChart(UiExecutor ui) {
        this(Charts.timeChart("executions", v -> String.format(java.util.Locale.ROOT, "%.0f", v)), ui);
    }

    private ExecutionsChart(XYChart chart, UiExecutor ui) {
        super("Executions over time", chart, ui);
        areas = Charts.areas();
        chart.getRenderers().add(areas);
    }

    @Override
    List<SeriesData> series(DashboardData data) {
        // chartfx draws a renderer's first data set on top: failures go first so they show in front of the total.
        return List.of(
                series("failures", areas, "failures", "series-failure", SeriesMath.failures(data.snapshot())),
                series("executions", areas, "all executions", "series-success", SeriesMath.executions(data.snapshot())));
    }
}
