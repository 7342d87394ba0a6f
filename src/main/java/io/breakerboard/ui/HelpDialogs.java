package io.breakerboard.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → Keyboard shortcuts and Help → About. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    static Stage shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.getStyleClass().add("shortcuts");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(16));
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("keys");
            grid.addRow(row++, keys, new Label(s.action()));
        }
        Stage stage = new Stage();
        stage.setTitle("Keyboard shortcuts · Breakerboard");
        Scene scene = new Scene(CloseBar.around(new ScrollPane(grid), stage), 560, 520);
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        return stage;
    }

    static Alert about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle("About Breakerboard");
        about.setHeaderText("Breakerboard " + (version == null ? "(development build)" : version));
        about.setContentText("A control room for AI agents in production: import and tail agent logs, watch success "
                + "rate, latency percentiles and cost per agent, and replay any execution step by step.\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        if (owner != null) {
            about.initOwner(owner);
            about.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return about;
    }
}
