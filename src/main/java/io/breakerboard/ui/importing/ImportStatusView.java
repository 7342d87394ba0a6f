package io.breakerboard.ui.importing;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The import's line in the status bar: progress in bytes and files, cancel, and a way to the results. */
public final class ImportStatusView extends HBox {
    public ImportStatusView(ImportViewModel vm, Runnable showResults) {
        // create parts
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        Label text = new Label();
        text.setId("import-text");
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        Button results = new Button("Import results…");
        results.setId("import-results");

        // lay out
        getStyleClass().add("import-status");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        results.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(bar, text, cancel, results);

        // bind
        bar.progressProperty().bind(vm.progressProperty());
        text.textProperty().bind(vm.progressTextProperty());
        for (var node : new javafx.scene.Node[] {bar, cancel}) {
            node.visibleProperty().bind(vm.runningProperty());
            node.managedProperty().bind(vm.runningProperty());
        }
        results.visibleProperty().bind(vm.runningProperty().not().and(vm.outcomeProperty().isNotEmpty()));
        results.managedProperty().bind(results.visibleProperty());
        visibleProperty().bind(vm.runningProperty().or(vm.outcomeProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());

        // handlers
        cancel.setOnAction(e -> vm.cancel());
        results.setOnAction(e -> showResults.run());
    }
}
