package io.breakerboard.ui.alerts;

import io.breakerboard.model.Alert;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** The alerts panel: firing first, severity colours; double-click an alert to open an execution it names. */
public final class AlertsView extends BorderPane {
    private final ListView<Alert> list = new ListView<>();

    public AlertsView(AlertsViewModel vm, Clock clock, Consumer<String> openTrace) {
        // create parts
        Label heading = new Label("Alerts");
        heading.getStyleClass().add("panel-title");
        Label empty = new Label("No alerts: every rule is quiet");
        empty.getStyleClass().add("empty-state");

        // lay out
        getStyleClass().add("panel");
        list.setId("alerts-list");
        list.setPlaceholder(empty);
        setTop(heading);
        setCenter(list);

        // bind
        list.setItems(vm.alerts());
        list.setCellFactory(l -> new AlertCell(clock, vm::acknowledge));

        // handlers
        list.setOnMouseClicked(e -> {
            Alert selected = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && selected != null && !selected.executionKeys().isEmpty()) {
                openTrace.accept(selected.executionKeys().get(0));
            }
        });
    }

    public ListView<Alert> list() {
        return list;
    }
}
