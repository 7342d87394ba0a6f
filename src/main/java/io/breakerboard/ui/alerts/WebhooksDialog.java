package io.breakerboard.ui.alerts;

import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.WebhookKind;
import io.breakerboard.ui.alerts.WebhooksViewModel.WebhookRow;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Webhooks that firing and resolved alerts are delivered to, and the latest deliveries. A PagerDuty routing key
 * is typed into a password field and never shown again in full.
 */
public final class WebhooksDialog extends Dialog<ButtonType> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    public WebhooksDialog(WebhooksViewModel vm, Window owner) {
        // create parts
        GridPane hooks = new GridPane();
        hooks.setId("webhooks-grid");
        hooks.getStyleClass().add("settings-grid");
        Button add = new Button("Add webhook");
        add.setId("webhooks-add");
        TableView<Delivery> deliveries = new TableView<>(vm.deliveries());
        deliveries.setId("deliveries-table");
        deliveries.setPlaceholder(new Label("No deliveries yet"));
        deliveries.setPrefHeight(220);
        deliveries.getColumns().add(column("Finished", d -> d.finished().toString()));
        deliveries.getColumns().add(column("Webhook", Delivery::webhook));
        deliveries.getColumns().add(column("Alert", Delivery::alertId));
        deliveries.getColumns().add(column("Event", Delivery::event));
        deliveries.getColumns().add(column("Result", d -> d.delivered() ? "delivered" : "failed"));
        deliveries.getColumns().add(column("Attempts", d -> Integer.toString(d.attempts())));
        deliveries.getColumns().add(column("Detail", d -> d.detail() == null ? "" : d.detail()));
        Label problem = new Label();
        problem.setId("webhooks-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(820);
        Label hooksTitle = new Label("Webhooks (firing and resolved alerts; anomalies only where ticked)");
        hooksTitle.getStyleClass().add("panel-title");
        Label deliveriesTitle = new Label("Latest deliveries");
        deliveriesTitle.getStyleClass().add("panel-title");

        // lay out
        setTitle("Alert webhooks");
        setHeaderText("Generic JSON, Slack (text and blocks) or PagerDuty Events v2. Failed deliveries are retried\n"
                + "with a growing wait; every delivery is listed below.");
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setResizable(true);
        VBox content = new VBox(8, hooksTitle, hooks, add, deliveriesTitle, deliveries, problem);
        content.setId("webhooks");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, SAVE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        // bind
        vm.rows().addListener((ListChangeListener<WebhookRow>) c -> fill(hooks, vm));
        fill(hooks, vm);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(vm.problemProperty().isNotEmpty());
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("webhooks-save");
        save.disableProperty().bind(vm.savingProperty());

        // handlers
        add.setOnAction(e -> vm.add());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                setResult(SAVE);
                close();
            });
        });
        vm.load();
    }

    private static void fill(GridPane grid, WebhooksViewModel vm) {
        grid.getChildren().clear();
        String[] headings = {"Name", "Kind", "URL", "Routing key (PagerDuty)", "Anomalies", ""};
        for (int c = 0; c < headings.length; c++) {
            Label h = new Label(headings[c]);
            h.getStyleClass().add("settings-heading");
            grid.add(h, c, 0);
        }
        int r = 1;
        for (WebhookRow row : vm.rows()) {
            TextField name = new TextField();
            name.setPrefColumnCount(8);
            name.textProperty().bindBidirectional(row.nameProperty());
            ComboBox<WebhookKind> kind = new ComboBox<>();
            kind.getItems().setAll(WebhookKind.values());
            kind.valueProperty().bindBidirectional(row.kindProperty());
            TextField url = new TextField();
            url.setPrefColumnCount(24);
            url.setPromptText("https://…");
            url.textProperty().bindBidirectional(row.urlProperty());
            PasswordField key = new PasswordField();
            key.setPrefColumnCount(10);
            key.textProperty().bindBidirectional(row.routingKeyProperty());
            key.disableProperty().bind(row.kindProperty().isNotEqualTo(WebhookKind.PAGERDUTY));
            CheckBox anomalies = new CheckBox();
            anomalies.selectedProperty().bindBidirectional(row.anomaliesProperty());
            Button remove = new Button("Remove");
            remove.setOnAction(e -> vm.remove(row));
            grid.addRow(r, name, kind, url, key, anomalies, remove);
            r++;
        }
    }

    private static TableColumn<Delivery, String> column(String title, Function<Delivery, String> value) {
        TableColumn<Delivery, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
