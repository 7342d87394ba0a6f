package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.Experiment;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.ui.UiExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Writing an experiment as JSON: start from an existing one, check and save, with the problem named in place. */
public final class ExperimentEditorModel {
    private final ChaosControl chaos;
    private final UiExecutor ui;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "New experiment");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");

    public ExperimentEditorModel(ChaosControl chaos, UiExecutor ui) {
        this.chaos = chaos;
        this.ui = ui;
    }

    /** Starts a new experiment from a copy of {@code basedOn}. */
    public void startFrom(String basedOn) {
        String name = "Copy of " + basedOn;
        load(basedOn, name, "New experiment, from " + basedOn);
    }

    /** Opens a saved experiment for changing. */
    public void edit(String name) {
        load(name, null, "Edit " + name);
    }

    private void load(String name, String renamedTo, String heading) {
        ui.query("open the experiment", () -> chaos.experimentJson(name, renamedTo), json -> {
            text.set(json);
            title.set(heading);
            problem.set(false);
            message.set("Change the JSON, then save. Durations like PT5M, shares in percent; see docs/chaos.md.");
        });
    }

    /** Checks and saves the text; {@code onSaved} gets the experiment on the FX thread. */
    public void save(Consumer<Experiment> onSaved) {
        String json = text.get();
        ui.query("save the experiment", () -> chaos.saveExperiment(json), saved -> {
            problem.set(false);
            message.set("Saved experiment " + saved.name());
            onSaved.accept(saved);
        }, failure -> {
            problem.set(true);
            message.set(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What happened at the last save, or how to start. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message names a problem in the text. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
