package io.breakerboard.ui.importing;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/** The files followed live, each with a button to stop following it. */
final class WatchView extends BorderPane {
    WatchView(WatchViewModel vm) {
        // create parts
        Label heading = new Label("Files followed live: lines appended to them import as they arrive");
        heading.getStyleClass().add("panel-title");
        heading.setWrapText(true);
        ListView<Path> list = new ListView<>();
        list.setId("watched-files");
        Label empty = new Label("No file is watched. Use File → Watch… to follow a growing log.");
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        Button add = new Button("Watch a file…");

        // lay out
        setTop(new HBox(8, heading));
        setCenter(list);
        setBottom(new HBox(8, add));
        getStyleClass().add("watch-view");

        // bind
        list.setItems(vm.watched());
        list.setCellFactory(l -> new ListCell<>() {
            private final Label name = new Label();
            private final Button remove = new Button("Stop watching");
            private final HBox row = new HBox(8);

            {
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                row.getChildren().addAll(name, spacer, remove);
                remove.getStyleClass().add("small-button");
                remove.setOnAction(e -> {
                    if (getItem() != null) {
                        vm.unwatch(getItem());
                    }
                });
            }

            @Override
            protected void updateItem(Path item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                name.setText(emptyCell || item == null ? null : item.toString());
                setGraphic(emptyCell || item == null ? null : row);
            }
        });

        // handlers
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Watch a log file");
            File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                vm.watch(file.toPath());
            }
        });
    }
}
