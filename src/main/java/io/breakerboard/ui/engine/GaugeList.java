package io.breakerboard.ui.engine;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.ObservableList;

/** Bulkheads or rate limiters: one row each with a bar of how full it is. */
final class GaugeList extends VBox {
    private final ListView<GaugeRow> list = new ListView<>();

    GaugeList(String id, String title, String subtitle, String empty, ObservableList<GaugeRow> rows) {
        // create parts
        Label heading = new Label(title);
        heading.getStyleClass().add("panel-title");
        Label caption = new Label(subtitle);
        caption.getStyleClass().add("field-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Label placeholder = new Label(empty);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");

        // lay out
        setId(id);
        getStyleClass().addAll("panel", "gauge-list");
        list.setPlaceholder(placeholder);
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, caption, list);

        // bind
        list.setItems(rows);
        list.setCellFactory(l -> new ListCell<>() {
            private final Label name = new Label();
            private final Label value = new Label();
            private final ProgressBar bar = new ProgressBar();
            private final VBox box;

            {
                // The cell follows the list's width instead of widening it into a horizontal scroll.
                setPrefWidth(0);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                value.getStyleClass().add("field-caption");
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.getStyleClass().add("gauge-bar");
                box = new VBox(2, new HBox(6, name, spacer, value), bar);
            }

            @Override
            protected void updateItem(GaugeRow item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                if (emptyCell || item == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(item.name());
                value.setText(item.value());
                bar.setProgress(item.fill());
                setGraphic(box);
            }
        });
    }

    ListView<GaugeRow> list() {
        return list;
    }
}
