package io.breakerboard.ui.dashboard;

import io.breakerboard.model.Units;
import io.breakerboard.ui.TextColumns;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * Per agent: executions, success, percentiles, cost, recovery rate, top errors, the ranking score and the attention
 * score; highest attention score first. The throughput of all of them is in the header.
 */
final class AgentTableView extends BorderPane {
    private final TableView<AgentRow> table = new TableView<>();

    AgentTableView(DashboardViewModel vm) {
        // create parts
        Label heading = new Label("Agents");
        heading.getStyleClass().add("panel-title");
        TableColumn<AgentRow, String> agent = column("Agent", AgentRow::agent, Comparator.naturalOrder(), s -> s);
        TableColumn<AgentRow, Long> runs = column("Executions", AgentRow::executions, Comparator.naturalOrder(), Units::count);
        TableColumn<AgentRow, Double> success = column("Success", AgentRow::successRate, Comparator.naturalOrder(), Units::percent);
        TableColumn<AgentRow, Duration> p50 = column("P50", AgentRow::p50, Comparator.naturalOrder(), Units::duration);
        TableColumn<AgentRow, Duration> p95 = column("P95", AgentRow::p95, Comparator.naturalOrder(), Units::duration);
        TableColumn<AgentRow, Duration> p99 = column("P99", AgentRow::p99, Comparator.naturalOrder(), Units::duration);
        TableColumn<AgentRow, Long> cost = column("Avg cost", AgentRow::avgCostMicros, Comparator.naturalOrder(), Units::money);
        TableColumn<AgentRow, String> errors = column("Top errors", AgentRow::topErrors, Comparator.naturalOrder(), s -> s);
        TableColumn<AgentRow, Double> score = column("", AgentRow::score, Comparator.naturalOrder(),
                v -> String.format(Locale.ROOT, "%.0f", v));
        Label scoreHeader = new Label("Score (?)");
        scoreHeader.setTooltip(new Tooltip(AttentionScore.EXPLANATION));
        score.setGraphic(scoreHeader);
        TableColumn<AgentRow, Double> recovery = column("", AgentRow::recoveryRate, Comparator.naturalOrder(), Units::percent);
        recovery.setGraphic(headerWithTip("Rec. (?)", RECOVERY_EXPLANATION));
        TableColumn<AgentRow, Double> ranking = column("", AgentRow::ranking, Comparator.naturalOrder(),
                v -> String.format(Locale.ROOT, "%.3f", v));
        ranking.setGraphic(headerWithTip("Rank (?)", RANKING_EXPLANATION));
        score.setSortType(TableColumn.SortType.DESCENDING);
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");

        // lay out
        getStyleClass().add("panel");
        table.setId("agent-table");
        table.getColumns().setAll(java.util.List.of(agent, runs, success, p50, p95, p99, cost, recovery, errors, ranking,
                score));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Numbers never elide: each column is at least as wide as its widest value ("100.0%", "59.35 s",
        // "$0.0075"); the agent's name and the errors give way first.
        agent.setMinWidth(64);
        agent.setPrefWidth(140);
        errors.setMinWidth(30);
        errors.setPrefWidth(180);
        success.setMinWidth(62);
        for (TableColumn<AgentRow, ?> c : java.util.List.of(p50, p95, p99)) {
            c.setMinWidth(62);
        }
        cost.setMinWidth(70);
        recovery.setMinWidth(64);
        ranking.setMinWidth(66);
        score.setMinWidth(84);
        recovery.setPrefWidth(64);
        ranking.setPrefWidth(66);
        score.setPrefWidth(84);
        fitNumbers(runs, vm, AgentRow::executions, Units::count);
        fitNumbers(success, vm, AgentRow::successRate, Units::percent);
        fitNumbers(p50, vm, AgentRow::p50, Units::duration);
        fitNumbers(p95, vm, AgentRow::p95, Units::duration);
        fitNumbers(p99, vm, AgentRow::p99, Units::duration);
        fitNumbers(cost, vm, AgentRow::avgCostMicros, Units::money);
        // Too narrow for every column at its minimum (1024 px windows): P50, then P99 step aside (P95 stays, and
        // the duration chart shows all three); the header's menu button brings any column back.
        table.setTableMenuButtonVisible(true);
        java.util.List<TableColumn<AgentRow, ?>> all = java.util.List.copyOf(table.getColumns());
        Runnable fitColumns = () -> {
            double room = table.getWidth() - 24;
            double needed = all.stream().mapToDouble(TableColumn::getMinWidth).sum();
            p50.setVisible(needed <= room);
            p99.setVisible(needed - p50.getMinWidth() <= room);
        };
        table.widthProperty().addListener((o, was, now) -> fitColumns.run());
        for (TableColumn<AgentRow, ?> c : all) {
            c.minWidthProperty().addListener((o, was, now) -> fitColumns.run());
        }
        table.setPlaceholder(empty);
        setTop(heading);
        setCenter(table);

        // bind
        SortedList<AgentRow> sorted = new SortedList<>(vm.agentRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().setAll(java.util.List.of(score));
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "No agents ran in " + vm.specProperty().get().rangePhrase(), vm.specProperty()));
    }

    static final String RECOVERY_EXPLANATION = """
            Recovery rate: of the executions in which a call failed and was retried
            (by a retry, or a fallback standing in), the share that still succeeded.
            "–" when no execution in the range was retried.""";
    static final String THROUGHPUT_EXPLANATION = """
            Throughput: executions per minute over the selected range
            (for All, from the first start to the last end in the data).""";
    static final String RANKING_EXPLANATION = "Agent ranking, 0 to 1 (higher is better):\n  "
            + io.breakerboard.metrics.AgentStats.RANKING_FORMULA
            + "\n1 never fails and takes no time; halves at 1 s average or at 50% success.";

    private static Label headerWithTip(String text, String explanation) {
        Label header = new Label(text);
        header.setTooltip(new Tooltip(explanation));
        return header;
    }

    /** A number column never narrower than its widest value, whatever the data ("1,234,567", "$0.0075"). */
    private static <T> void fitNumbers(TableColumn<AgentRow, T> column, DashboardViewModel vm, Function<AgentRow, T> value,
                                       Function<T, String> text) {
        TextColumns.fitContent(column, vm.agentRows(), value, text, 200);
    }

    TableView<AgentRow> table() {
        return table;
    }

    private static <T> TableColumn<AgentRow, T> column(String title, Function<AgentRow, T> value, Comparator<T> order,
                                                       Function<T, String> text) {
        TableColumn<AgentRow, T> column = TextColumns.of(title, value, text);
        column.setComparator(order);
        return column;
    }
}
