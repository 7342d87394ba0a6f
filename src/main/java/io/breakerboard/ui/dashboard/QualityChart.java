package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.QualityReport;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.charts.AgentColours;
import io.breakerboard.ui.charts.Charts;
import io.breakerboard.ui.charts.SeriesData;
import io.breakerboard.ui.charts.ValueTicks;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The average quality score per time bucket: one line for all agents and one per agent in its colour from
 * {@link AgentColours}; a bucket where an agent has no score leaves a gap in its line. Scores are on 0..1 where
 * their source gave a range, so the axis shows 0 to 1 unless a score is larger.
 */
final class QualityChart extends DashboardChart {
    static final String TITLE = "Quality score";
    private final ErrorDataSetRenderer lines;

    QualityChart(UiExecutor ui, Clock clock) {
        this(Charts.timeChart("avg score", QualityChart::score, false, clock), ui);
    }

    private QualityChart(XYChart chart, UiExecutor ui) {
        super(TITLE, chart, ui);
        lines = Charts.lines();
        chart.getRenderers().add(lines);
        // A series per agent: beside the plot when the panel is wide and short, as the cost chart does.
        panel().legendBesideWhenShort();
    }

    @Override
    List<SeriesData> series(DashboardData data) {
        QualityReport q = data.quality();
        if (q == null || q.series().isEmpty()) {
            return List.of();
        }
        double half = q.bucket().toSeconds() / 2.0;
        int n = q.series().size();
        double[] x = new double[n];
        double[] all = new double[n];
        TreeSet<String> agents = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            QualityReport.Point p = q.series().get(i);
            x[i] = p.start().getEpochSecond() + half;
            all[i] = p.averageScore();
            agents.addAll(p.byAgent().keySet());
        }
        List<SeriesData> out = new ArrayList<>();
        out.add(new SeriesData("quality:all", lines, "all agents", "series-rate", x, all, null));
        Map<String, Integer> colours = AgentColours.assign(agents);
        for (String agent : agents) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                Double v = q.series().get(i).byAgent().get(agent);
                y[i] = v == null ? Double.NaN : v;
            }
            String style = AgentColours.styleClass(colours.get(agent));
            out.add(new SeriesData("quality:" + agent + ":" + style, lines, agent, style, x.clone(), y, null));
        }
        return out;
    }

    @Override
    Consumer<XYChart> fitValues(DashboardData data, List<SeriesData> series) {
        if (series.isEmpty()) {
            return chart -> { };
        }
        double top = max(series);
        if (!(top > 1.0) || !Double.isFinite(top)) {
            // Scores on 0..1 (most evaluators, and the engine's rubric): the axis is that scale, as the success
            // rate's is 0..100 %, instead of a fitted one running to 1.25.
            return chart -> {
                if (chart.getYAxis().getMin() != 0 || chart.getYAxis().getMax() != 1) {
                    chart.getYAxis().set(0, 1);
                    chart.getYAxis().invalidateRange();
                }
            };
        }
        return chart -> Charts.fitValue(chart, chart.getYAxis(), top, false);
    }

    @Override
    String emptyText(DashboardData data) {
        if (data.quality() == null) {
            return "Reading the quality scores of " + data.spec().rangePhrase() + "…";
        }
        return "No scored executions in " + data.spec().rangePhrase() + ". Import Langfuse scores, LangSmith "
                + "feedback, Phoenix annotations or OTel evaluation events, or run the engine: it scores its own.";
    }

    static String score(double v, double step) {
        return String.format(Locale.ROOT, "%." + Math.min(3, Math.max(1, ValueTicks.decimals(step))) + "f", v);
    }
}
