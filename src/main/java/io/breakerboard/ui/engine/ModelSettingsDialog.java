package io.breakerboard.ui.engine;

import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Which model answers the engine's agents: the simulated ones, or an OpenAI-compatible endpoint (OpenAI,
 * Ollama, llama.cpp, vLLM, a gateway). Saved in the data directory and used from the next call on.
 */
public final class ModelSettingsDialog extends Dialog<ButtonType> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    public ModelSettingsDialog(ModelSettingsViewModel vm, Window owner) {
        // create parts
        ToggleGroup choice = new ToggleGroup();
        RadioButton simulated = new RadioButton("Simulated models (no network, no key)");
        simulated.setId("model-simulated");
        simulated.setToggleGroup(choice);
        RadioButton real = new RadioButton("OpenAI-compatible endpoint");
        real.setId("model-real");
        real.setToggleGroup(choice);
        GridPane grid = new GridPane();
        grid.setId("model-settings-grid");
        grid.getStyleClass().add("settings-grid");
        int r = 0;
        grid.addRow(r++, caption("Base URL"), field("model-base-url", vm.baseUrlProperty(), 30));
        grid.addRow(r++, caption("Key variable (its name)"), field("model-key-env", vm.keyEnvProperty(), 18));
        Label keyStatus = new Label();
        keyStatus.setId("model-key-status");
        keyStatus.getStyleClass().add("field-caption");
        grid.add(keyStatus, 1, r++);
        grid.addRow(r++, caption(""), caption("model"), caption("$ / 1M input"), caption("$ / 1M output"));
        grid.addRow(r++, caption("Strong"), field("model-strong", vm.strongModelProperty(), 14),
                field("model-strong-input", vm.strongInputProperty(), 6), field("model-strong-output", vm.strongOutputProperty(), 6));
        grid.addRow(r++, caption("Cheap (fallback)"), field("model-cheap", vm.cheapModelProperty(), 14),
                field("model-cheap-input", vm.cheapInputProperty(), 6), field("model-cheap-output", vm.cheapOutputProperty(), 6));
        grid.addRow(r++, caption("Time limit (s)"), field("model-timeout", vm.timeoutSecondsProperty(), 6));
        grid.addRow(r, caption("Max output tokens"), field("model-max-tokens", vm.maxOutputTokensProperty(), 6));
        Label problem = new Label();
        problem.setId("model-settings-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(560);

        // lay out
        setTitle("Model");
        setHeaderText("Which model answers the agents. Every call keeps going through the same breakers, retries,\n"
                + "faults, budgets, audit log and checkpoints; the simulated models stay the default.");
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        VBox content = new VBox(8, simulated, real, grid, problem);
        content.setId("model-settings");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, SAVE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        // bind
        vm.load();
        (vm.realProperty().get() ? real : simulated).setSelected(true);
        real.selectedProperty().addListener((o, was, now) -> vm.realProperty().set(now));
        grid.disableProperty().bind(vm.realProperty().not());
        keyStatus.textProperty().bind(vm.keyStatusProperty());
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(vm.problemProperty().isNotEmpty());
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("model-settings-save");
        save.disableProperty().bind(vm.savingProperty());

        // handlers: Save closes the dialog only once the choice is stored and in use.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                setResult(SAVE);
                close();
            });
        });
    }

    private static TextField field(String id, StringProperty text, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        return l;
    }
}
