package io.breakerboard.ui.engine;

import io.breakerboard.model.Units;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A big number with its caption, and optionally its share of the whole underneath. */
final class StatTile extends VBox {
    private final Label value = new Label();

    StatTile(String id, String caption, ObservableNumberValue number, ObservableStringValue share) {
        // create parts
        Label name = new Label(caption);
        Label part = new Label();

        // lay out
        setId(id);
        getStyleClass().add("stat-tile");
        value.getStyleClass().add("stat-value");
        name.getStyleClass().add("stat-caption");
        part.getStyleClass().add("stat-share");
        getChildren().addAll(name, value);
        if (share != null) {
            getChildren().add(part);
        }

        // bind
        value.textProperty().bind(Bindings.createStringBinding(() -> Units.count(number.longValue()), number));
        if (share != null) {
            part.textProperty().bind(Bindings.concat(share, " of completed"));
        }
    }

    Label value() {
        return value;
    }
}
