package io.breakerboard.ui.dashboard;

import io.breakerboard.model.Units;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Executions per time bucket, with the failures among them stacked in front. */
final class ExecutionsChart extends DashboardChart {
    private final ErrorDataSetRenderer areas;

    ExecutionsChart(UiExecutor ui, Clock clock) {
        this(Charts.timeChart("executions", (v, step) -> Units.count(Math.round(v)), true, clock), ui);
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

    @Override
    Consumer<XYChart> fitValues(DashboardData data, List<SeriesData> series) {
        double max = max(series);
        String name = "per " + Units.bucket(data.snapshot().bucket());
        return chart -> {
            chart.getYAxis().setName(name);
            Charts.fitValue(chart, chart.getYAxis(), max, true);
        };
    }
}
