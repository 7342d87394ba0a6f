package io.breakerboard.ui.dashboard;

import io.breakerboard.ui.TextColumns;
import io.breakerboard.ui.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import io.breakerboard.ui.CellTooltip;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

/** Recent failures, newest first; a click or Enter opens the execution's trace. */
final class FailuresView extends BorderPane {
    private final TableView<FailureRow> table = new TableView<>();

    FailuresView(DashboardViewModel vm, Clock clock, Consumer<String> openTrace) {
        // create parts
        Label heading = new Label("Recent failures");
        heading.getStyleClass().add("panel-title");
        ZoneId zone = clock.getZone();
        TableColumn<FailureRow, Instant> time = column("Time", FailureRow::time, t -> Formats.time(t, clock.instant(), zone));
        TableColumn<FailureRow, String> agent = column("Agent", FailureRow::agent, s -> s);
        TableColumn<FailureRow, String> type = column("Error", FailureRow::errorType, s -> s);
        TableColumn<FailureRow, String> message = column("Message", FailureRow::message, s -> s);
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");

        // lay out
        getStyleClass().add("panel");
        table.setId("failures-table");
        table.getColumns().setAll(java.util.List.of(time, agent, type, message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        // The table fits its panel: a column running past the panel's edge is cut mid-word with no sign of it.
        // Time reads whole; agent and error type read whole within a share of the table and, when the panel is
        // narrower (1024 px, long agent names), elide past it with the whole text in the cell's tooltip; the
        // message gives way first.
        TextColumns.fitContent(time, vm.failures(), FailureRow::time, t -> Formats.time(t, clock.instant(), zone), 120);
        message.setMinWidth(40);
        // The columns' least widths must not widen the panel (and push the window's right edge out).
        table.setMinWidth(0);
        table.setPrefWidth(200);
        message.setPrefWidth(260);
        setTop(heading);
        setCenter(table);

        // bind
        table.setItems(vm.failures());
        TextColumns.fitContentWithin(table, agent, FailureRow::agent, s -> s, 0.3, 220);
        TextColumns.fitContentWithin(table, type, FailureRow::errorType, s -> s, 0.22, 200);
        empty.textProperty().bind(Bindings.createStringBinding(
                () -> vm.failuresReadingProperty().get() ? "Reading recent failures…"
                        : "No failures in " + vm.specProperty().get().rangePhrase(),
                vm.specProperty(), vm.failuresReadingProperty()));

        // handlers
        table.setRowFactory(t -> {
            TableRow<FailureRow> row = new TableRow<>() {
                private final CellTooltip tooltip = new CellTooltip(this);

                @Override
                protected void updateItem(FailureRow item, boolean empty) {
                    super.updateItem(item, empty);
                    tooltip.show(empty || item == null ? null : item.message());
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
            FailureRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openTrace.accept(selected.key());
                e.consume();
            }
        });
    }

    TableView<FailureRow> table() {
        return table;
    }

    private static <T> TableColumn<FailureRow, T> column(String title, Function<FailureRow, T> value, Function<T, String> text) {
        TableColumn<FailureRow, T> column = TextColumns.withTooltips(title, value, text);
        column.setSortable(false);
        return column;
    }
}
