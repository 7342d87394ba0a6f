package io.breakerboard.ui.lab;

import io.breakerboard.lab.Interval;
import io.breakerboard.lab.LabKind;
import io.breakerboard.lab.LabMetric;
import io.breakerboard.lab.LabRun;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Grouped bars of a lab run: one small chart per key metric, one bar per compared arm, so the arms are compared
 * metric by metric on each metric's own scale. Static data, drawn once per run: JavaFX's own bar chart is
 * enough here (no live updates, no chartfx locks).
 */
final class LabBars extends GridPane {
    /** The first four of these a run has are drawn. */
    static final List<LabMetric> METRICS = List.of(LabMetric.SUCCESS, LabMetric.QUALITY, LabMetric.COST,
            LabMetric.P95_LATENCY, LabMetric.DURATION, LabMetric.TOOL_CALLS);
    /** A replay's: recorded against replayed, over all its executions. */
    static final List<LabMetric> REPLAY_METRICS = List.of(LabMetric.COMPLETED, LabMetric.TOTAL_COST,
            LabMetric.AVG_COST, LabMetric.P95_LATENCY);
    static final int CHARTS = 4;
    /** A row of differences, not an arm: drawn beside the arms it would mislead. */
    static final String CHANGE_ROW = "Change";

    LabBars() {
        setId("lab-bars");
        getStyleClass().add("lab-bars");
        setHgap(8);
        setVgap(8);
    }

    void show(LabRun run) {
        getChildren().clear();
        if (run == null) {
            return;
        }
        int col = 0;
        for (LabMetric m : run.kind() == LabKind.REPLAY ? REPLAY_METRICS : METRICS) {
            if (!run.metrics().contains(m.key()) || col == CHARTS) {
                continue;
            }
            BarChart<String, Number> chart = chart(run, m);
            add(chart, col++, 0);
            GridPane.setHgrow(chart, Priority.ALWAYS);
        }
    }

    private static BarChart<String, Number> chart(LabRun run, LabMetric m) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(m.label() + (m.unit() == LabMetric.Unit.PERCENT ? " (%)" : m.unit() == LabMetric.Unit.DOLLARS
                ? " ($)" : m.unit() == LabMetric.Unit.SECONDS ? " (s)" : ""));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        chart.setMinWidth(180);
        chart.getStyleClass().add("lab-bar-chart");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (String row : run.rows()) {
            // A replay's per-agent rows stay in the table; the bars compare the totals.
            if (row.equals(CHANGE_ROW) || (run.kind() == LabKind.REPLAY && row.contains(" · "))) {
                continue;
            }
            Optional<Interval> v = run.value(row, m.key());
            if (v.isPresent() && !Double.isNaN(v.get().value())) {
                double shown = m.unit() == LabMetric.Unit.PERCENT ? v.get().value() * 100 : v.get().value();
                series.getData().add(new XYChart.Data<>(row, shown));
            }
        }
        chart.getData().add(series);
        return chart;
    }
}
