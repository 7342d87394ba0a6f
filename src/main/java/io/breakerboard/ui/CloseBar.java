package io.breakerboard.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * The bottom bar of a window beside the main one: a Close button that Esc presses too, so every such window
 * closes the same way.
 */
public final class CloseBar {
    private CloseBar() {
    }

    /** {@code content} with a Close button under it that hides {@code stage}; Esc closes it as well. */
    public static BorderPane around(Node content, Stage stage) {
        Button close = new Button("Close");
        close.setId("close-window");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("close-bar");
        BorderPane pane = new BorderPane(content);
        pane.setBottom(bar);
        return pane;
    }
}
