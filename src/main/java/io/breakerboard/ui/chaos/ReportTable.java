package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.ReportRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** A report as a table: Phase / Action / Expected / Actual / Fix needed, rows outside tolerance highlighted. */
final class ReportTable extends TableView<ReportRow> {
    private static final PseudoClass DEVIATED = PseudoClass.getPseudoClass("deviated");

    ReportTable(ObservableList<ReportRow> rows) {
        // create parts
        TableColumn<ReportRow, String> phase = column("Phase", r -> r.phase().label());
        TableColumn<ReportRow, String> action = column("Action", ReportRow::action);
        TableColumn<ReportRow, String> expected = column("Expected", ReportRow::expected);
        TableColumn<ReportRow, String> actual = column("Actual", ReportRow::actual);
        TableColumn<ReportRow, String> fix = column("Fix needed", ReportRow::fix);
        Label empty = new Label("Run the experiment to see its report here");
        empty.getStyleClass().add("empty-state");

        // lay out
        setId("report-table");
        getStyleClass().add("report-table");
        getColumns().setAll(List.of(phase, action, expected, actual, fix));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(empty);
        phase.setMinWidth(62);
        phase.setMaxWidth(80);
        // Expected values are short phrases ("executions finish"): wide enough that no word breaks.
        action.setPrefWidth(280);
        expected.setMinWidth(130);
        expected.setPrefWidth(140);
        actual.setPrefWidth(250);
        fix.setPrefWidth(220);

        // bind
        setItems(rows);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(DEVIATED, !empty && row != null && row.deviated());
            }
        });
    }

    // Long texts wrap inside the column instead of being cut.
    private static TableColumn<ReportRow, String> column(String title, Function<ReportRow, String> value) {
        TableColumn<ReportRow, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("report-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty ? null : text);
            }
        });
        return c;
    }
}
