package io.breakerboard.ui.lab;

import io.breakerboard.lab.LabRun;
import io.breakerboard.lab.LabTables;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A lab run side by side: one row per compared arm, one column per metric with its 95 % interval. */
final class LabTable extends TableView<List<String>> {

    LabTable() {
        Label empty = new Label("Run a pattern benchmark, a cost comparison or a replay to see it here");
        empty.getStyleClass().add("empty-state");
        setId("lab-table");
        getStyleClass().add("lab-table");
        setPlaceholder(empty);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
    }

    void show(LabRun run) {
        getColumns().clear();
        getItems().clear();
        if (run == null) {
            return;
        }
        List<String> header = LabTables.header(run);
        List<List<String>> rows = LabTables.rows(run);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(header.get(i));
            c.setSortable(false);
            c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().get(index)));
            // Wide enough for the longest cell, interval included: a cut interval reads as a different number.
            // Headers are bold, so a header character takes more room than a cell's.
            int chars = rows.stream().mapToInt(r -> r.get(index).length()).max().orElse(0);
            c.setPrefWidth(16 + Math.max(header.get(i).length() * 8.2, chars * 7.2));
            getColumns().add(c);
        }
        getItems().setAll(rows);
    }
}
