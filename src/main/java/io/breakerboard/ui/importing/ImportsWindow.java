package io.breakerboard.ui.importing;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window beside the dashboard: the last import's results sheet and the watched files. */
public final class ImportsWindow {
    private final Stage stage = new Stage();
    private final TabPane tabs;
    private final Tab results;
    private final Tab watched;
    private final WatchViewModel watch;

    public ImportsWindow(Window owner, ImportViewModel imports, WatchViewModel watch) {
        this.watch = watch;
        results = new Tab("Import results", new ImportResultsView(imports));
        watched = new Tab("Watched files", new WatchView(watch));
        tabs = new TabPane(results, watched);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(io.breakerboard.ui.CloseBar.around(tabs, stage), 900, 560);
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            owner.getScene().getStylesheets().addListener((javafx.collections.ListChangeListener<String>) c ->
                    scene.getStylesheets().setAll(owner.getScene().getStylesheets()));
            stage.getIcons().setAll(((Stage) owner).getIcons());
        }
        stage.setTitle("Imports · Breakerboard");
        stage.setScene(scene);
    }

    public void showResults() {
        tabs.getSelectionModel().select(results);
        show();
    }

    public void showWatched() {
        watch.reload();
        tabs.getSelectionModel().select(watched);
        show();
    }

    private void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
