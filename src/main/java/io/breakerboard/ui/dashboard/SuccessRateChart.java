package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Success rate per time bucket, in percent; buckets without executions leave a gap. */
final class SuccessRateChart extends DashboardChart {
    private final ErrorDataSetRenderer lines;

    SuccessRateChart(UiExecutor ui, Clock clock) {
        this(Charts.timeChart("success", (v, step) -> String.format(Locale.ROOT, "%.0f%%", v), false, clock), ui);
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

    @Override
    Consumer<XYChart> fitValues(DashboardData data, List<SeriesData> series) {
        return chart -> {
            // Always 0 to 100 %: a rate's scale does not move with the data.
            if (chart.getYAxis().getMin() != 0 || chart.getYAxis().getMax() != 100) {
                chart.getYAxis().set(0, 100);
                chart.getYAxis().invalidateRange();
            }
        };
    }
}
