package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.alerts.AlertsView;
import io.breakerboard.ui.alerts.AlertsViewModel;
import io.breakerboard.ui.charts.ChartPanel;
import io.breakerboard.ui.charts.ChartWriter;
import io.breakerboard.ui.charts.LiveChart;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The dashboard page: header, filters, four charts, the agent table, alerts, the quality chart and recent failures. Charts are
 * fed on the chart writer thread straight from the refresher; everything else through the view models.
 */
public final class DashboardView extends BorderPane {
    private final List<DashboardChart> charts;
    private final FailuresView failures;
    private final AgentTableView agents;
    private final AlertsView alerts;
    private final BooleanBinding drawn;
    private final BooleanBinding ready;

    public DashboardView(DashboardViewModel vm, AlertsViewModel alertsVm, SnapshotRefresher refresher, ChartWriter writer,
                         UiExecutor ui, Clock clock, Consumer<String> openTrace) {
        // create parts
        HeaderView header = new HeaderView(vm, alertsVm.firingProperty(), alertsVm.anomaliesProperty());
        FilterBar filters = new FilterBar(vm, ui.fx());
        List<DashboardChart> grid4 = List.of(new ExecutionsChart(ui, clock), new SuccessRateChart(ui, clock),
                new DurationByAgentChart(ui), new CostTrendChart(ui, clock));
        QualityChart quality = new QualityChart(ui, clock);
        charts = Stream.concat(grid4.stream(), Stream.of(quality)).toList();
        agents = new AgentTableView(vm);
        failures = new FailuresView(vm, clock, openTrace);
        alerts = new AlertsView(alertsVm, clock, openTrace);

        // lay out
        getStyleClass().add("dashboard");
        setId("dashboard");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (int i = 0; i < grid4.size(); i++) {
            grid.add(grid4.get(i).panel(), i % 2, i / 2);
        }
        SplitPane left = new SplitPane(grid, agents);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.64);
        // Quality sits beside the alerts it is judged by, in the column that holds per-execution detail.
        SplitPane right = new SplitPane(alerts, quality.panel(), failures);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.3, 0.68);
        SplitPane main = new SplitPane(left, right);
        main.setDividerPositions(0.66);
        setTop(new VBox(header, filters));
        setCenter(main);

        // bind
        BooleanBinding chartsApplied = Bindings.createBooleanBinding(
                () -> charts.stream().allMatch(c -> c.live().appliedProperty().get()),
                charts.stream().map(c -> c.live().appliedProperty()).toArray(javafx.beans.Observable[]::new));
        drawn = vm.loadedProperty().and(chartsApplied);
        ready = drawn.and(vm.detailsReadProperty());

        // handlers: each refresh goes to the chart writer; a refresh taken under an older filter is skipped.
        for (DashboardChart chart : charts) {
            refresher.onDataInBackground(data -> {
                if (data.spec().equals(refresher.spec())) {
                    writer.submit(chart, () -> chart.publish(data));
                }
            });
        }
    }

    /**
     * True once the first snapshot is shown and every chart has drawn it: what the rollups answer (header, agent
     * table, the charts over time and by agent), while failures and quality may still be read.
     */
    public BooleanBinding drawnProperty() {
        return drawn;
    }

    /**
     * True once every panel has its data: {@link #drawnProperty()} and the queried parts (failures, quality, the
     * month's projection).
     */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public List<ChartPanel> chartPanels() {
        return charts.stream().map(DashboardChart::panel).toList();
    }

    /** The chart panel with this title, e.g. "Executions over time". */
    public LiveChart chart(String title) {
        return charts.stream().map(DashboardChart::panel).filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart titled '" + title + "'")).live();
    }

    public javafx.scene.control.TableView<FailureRow> failuresTable() {
        return failures.table();
    }

    public javafx.scene.control.TableView<AgentRow> agentTable() {
        return agents.table();
    }

    public AlertsView alertsView() {
        return alerts;
    }
}
