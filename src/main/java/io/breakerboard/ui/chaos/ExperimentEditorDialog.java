package io.breakerboard.ui.chaos;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window to write an experiment as JSON; saving checks it and names the place of the first problem. */
final class ExperimentEditorDialog {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final Stage stage = new Stage();

    /** @param onSaved told the saved experiment's name, on the FX thread */
    ExperimentEditorDialog(Window owner, ExperimentEditorModel editor, Consumer<String> onSaved) {
        // create parts
        Label title = new Label();
        title.getStyleClass().add("panel-title");
        TextArea text = new TextArea();
        text.setId("experiment-json");
        text.getStyleClass().add("experiment-json");
        Label message = new Label();
        message.setId("experiment-message");
        message.setWrapText(true);
        message.getStyleClass().add("editor-message");
        message.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button("Check and save");
        save.setId("save-experiment");
        save.setDefaultButton(true);
        Button close = new Button("Close");
        close.setCancelButton(true);

        // lay out
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, save, close);
        BorderPane root = new BorderPane(text);
        root.setTop(title);
        root.setBottom(new VBox(6, message, buttons));
        root.getStyleClass().add("experiment-editor");
        Scene scene = new Scene(root, 760, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setScene(scene);

        // bind
        title.textProperty().bind(editor.titleProperty());
        stage.titleProperty().bind(editor.titleProperty());
        text.textProperty().bindBidirectional(editor.textProperty());
        message.textProperty().bind(editor.messageProperty());
        editor.problemProperty().addListener((obs, was, now) -> message.pseudoClassStateChanged(PROBLEM, now));

        // handlers
        save.setOnAction(e -> editor.save(saved -> onSaved.accept(saved.name())));
        close.setOnAction(e -> stage.hide());
    }

    void show() {
        stage.show();
        stage.toFront();
    }
}
