package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.util.List;
import java.util.Locale;

/** Success rate per time bucket, in percent; buckets without executions leave a gap. */
final class SuccessRateChart extends DashboardChart {
    private final ErrorDataSetRenderer lines;

    SuccessRateChart(UiExecutor ui) {
        this(Charts.timeChart("success", v -> String.format(Locale.ROOT, "%.0f%%", v)), ui);
    }

    private SuccessRateChart(XYChart chart, UiExecutor ui) {
        super("Success rate", chart, ui);
        lines = Charts.lines();
        chart.getRenderers().add(lines);
        chart.setLegendVisible(false);
    }

    @Override
    List<SeriesData> series(DashboardData data) {
        return List.of(series("success-rate", lines, "success rate", "series-rate", SeriesMath.successRate(data.snapshot())));
    }
}
