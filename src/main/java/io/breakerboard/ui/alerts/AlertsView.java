package io.breakerboard.ui.alerts;

import io.breakerboard.model.Alert;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        // Rules judge their own windows, so the panel is not narrowed by the range or agent filter: say so.
        Label scope = new Label("all agents, any time");
        scope.setId("alerts-scope");
        scope.getStyleClass().add("alert-time");
        scope.setMinWidth(Region.USE_PREF_SIZE);
        scope.setTooltip(new Tooltip("Not narrowed by the range or the agent filter: each rule judges its own window."
                + "\nAnomalies and resolved alerts of earlier runs are read back from the store."));
        Button rules = new Button("Rules…");
        rules.setId("alert-settings-open");
        rules.setTooltip(new Tooltip("Thresholds, windows, pending times and anomaly limits"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button webhooks = new Button("Webhooks…");
        webhooks.setId("alert-webhooks-open");
        webhooks.setTooltip(new Tooltip("Where firing and resolved alerts are delivered, and how each delivery went"));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        webhooks.setMinWidth(Region.USE_PREF_SIZE);
        rules.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, heading, spacer, webhooks, rules);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The scope goes on a line of its own: beside the title it left the buttons no room in a narrow window.
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(2, buttons, scope);

        // lay out
        getStyleClass().add("panel");
        list.setId("alerts-list");
        list.setPlaceholder(empty);
        setTop(top);
        setCenter(list);

        // bind
        list.setItems(vm.alerts());
        list.setCellFactory(l -> new AlertCell(clock, vm::acknowledge));

        // handlers
        rules.setOnAction(e -> new AlertSettingsDialog(vm.settings(), getScene() == null ? null : getScene().getWindow()).show());
        webhooks.setOnAction(e -> new WebhooksDialog(vm.webhooks(), getScene() == null ? null : getScene().getWindow()).show());
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
