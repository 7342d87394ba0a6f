package io.breakerboard.ui.engine;

import io.breakerboard.ui.TextColumns;
import io.breakerboard.model.Outcome;
import io.breakerboard.ui.Formats;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import io.breakerboard.ui.CellTooltip;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The engine's newest finished executions; a click or Enter opens the trace. */
final class RecentRunsView extends VBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final TableView<RunRow> table = new TableView<>();

    RecentRunsView(ObservableList<RunRow> rows, Clock clock, Consumer<String> openTrace) {
        // create parts
        Label heading = new Label("Just finished (click to open the trace)");
        heading.getStyleClass().add("panel-title");
        Label empty = new Label("Executions appear here as they finish. Press Start.");
        empty.getStyleClass().add("empty-state");
        TableColumn<RunRow, Instant> time = column("Finished", RunRow::finished, t -> Formats.time(t, clock.instant(), clock.getZone()));
        TableColumn<RunRow, String> agent = column("Agent", RunRow::agent, s -> s);
        TableColumn<RunRow, Outcome> outcome = column("Outcome", RunRow::outcome, o -> o.name().toLowerCase(java.util.Locale.ROOT));
        TableColumn<RunRow, String> duration = column("Duration", RunRow::duration, s -> s);
        TableColumn<RunRow, String> cost = column("Cost", RunRow::cost, s -> s);
        TableColumn<RunRow, Integer> tools = column("Tools", RunRow::tools, String::valueOf);
        TableColumn<RunRow, String> problem = column("Problem", RunRow::problem, s -> s);

        // lay out
        setId("engine-recent");
        getStyleClass().add("engine-recent");
        table.setId("engine-recent-table");
        table.getColumns().setAll(List.of(time, agent, outcome, duration, cost, tools, problem));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        time.setMinWidth(76);
        agent.setMinWidth(140);
        outcome.setMinWidth(70);
        duration.setMinWidth(76);
        cost.setMinWidth(64);
        tools.setMinWidth(48);
        problem.setPrefWidth(240);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);

        // bind
        table.setItems(rows);

        // handlers
        table.setRowFactory(t -> {
            TableRow<RunRow> row = new TableRow<>() {
                private final CellTooltip tooltip = new CellTooltip(this);

                @Override
                protected void updateItem(RunRow item, boolean emptyRow) {
                    super.updateItem(item, emptyRow);
                    pseudoClassStateChanged(FAILED, !emptyRow && item != null && item.outcome() == Outcome.FAILURE);
                    tooltip.show(emptyRow || item == null ? null : item.problem());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    openTrace.accept(row.getItem().key());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            RunRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openTrace.accept(selected.key());
                e.consume();
            }
        });
    }

    private static <T> TableColumn<RunRow, T> column(String title, Function<RunRow, T> value, Function<T, String> text) {
        TableColumn<RunRow, T> column = TextColumns.of(title, value, text);
        column.setSortable(false);
        return column;
    }

    TableView<RunRow> table() {
        return table;
    }
}
