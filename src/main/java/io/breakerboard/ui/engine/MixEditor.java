package io.breakerboard.ui.engine;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;

/** Weights of agents or patterns as spinners, one row each with its domain. */
final class MixEditor extends GridPane {
    MixEditor(String id, List<MixEntry> entries) {
        setId(id);
        getStyleClass().add("mix-editor");
        int row = 0;
        for (MixEntry e : entries) {
            // create parts
            Label name = new Label(e.name());
            Label domain = new Label(e.domain());
            Spinner<Integer> weight = new Spinner<>(0, MixEntry.MAX_WEIGHT, e.weightProperty().get());
            weight.setId(id + "-" + e.name());
            weight.setEditable(true);
            weight.setPrefWidth(72);
            name.getStyleClass().add("mix-name");
            domain.getStyleClass().addAll("domain-chip", "domain-" + e.domain());

            // lay out
            addRow(row++, name, domain, weight);

            // bind
            SpinnerValueFactory<Integer> factory = weight.getValueFactory();
            factory.valueProperty().addListener((obs, old, now) -> e.weightProperty().set(now == null ? 0 : now));
            e.weightProperty().addListener((obs, old, now) -> factory.setValue(now.intValue()));
        }
    }
}
