package io.breakerboard.ui.alerts;

import io.breakerboard.model.Severity;
import io.breakerboard.ui.alerts.AlertSettingsViewModel.RuleRow;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Alert rules and anomaly limits, edited and saved. A rule goes pending once its value passes the threshold,
 * fires after the pending time, and resolves only once the value is back past the recovery threshold.
 */
public final class AlertSettingsDialog extends Dialog<ButtonType> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DEFAULTS = new ButtonType("Restore defaults", ButtonBar.ButtonData.LEFT);

    public AlertSettingsDialog(AlertSettingsViewModel vm, Window owner) {
        // create parts
        GridPane rules = new GridPane();
        rules.setId("alert-rules");
        rules.getStyleClass().add("settings-grid");
        String[] headings = {"On", "Rule", "Threshold", "Recovery", "", "Window (min)", "Pending (s)", "Min. runs", "Severity"};
        for (int c = 0; c < headings.length; c++) {
            Label h = new Label(headings[c]);
            h.getStyleClass().add("settings-heading");
            rules.add(h, c, 0);
        }
        int r = 1;
        for (RuleRow row : vm.rules()) {
            String id = "rule-" + row.kind().id();
            CheckBox on = new CheckBox();
            on.setId(id + "-enabled");
            on.selectedProperty().bindBidirectional(row.enabledProperty());
            Label name = new Label(row.label());
            TextField threshold = field(id + "-threshold", row.thresholdProperty(), 70);
            TextField recovery = field(id + "-recovery", row.recoveryProperty(), 70);
            recovery.setTooltip(new Tooltip("A firing alert resolves only once the value is back past this"));
            Label unit = new Label(row.unit());
            TextField window = field(id + "-window", row.windowMinutesProperty(), 60);
            window.setDisable(!row.kind().usesWindow());
            TextField pending = field(id + "-pending", row.pendingSecondsProperty(), 60);
            TextField least = field(id + "-min-executions", row.minExecutionsProperty(), 60);
            least.setDisable(!row.kind().usesMinExecutions());
            ComboBox<Severity> severity = new ComboBox<>();
            severity.setId(id + "-severity");
            severity.getItems().setAll(Severity.values());
            severity.valueProperty().bindBidirectional(row.severityProperty());
            Node[] cells = {on, name, threshold, recovery, unit, window, pending, least, severity};
            for (int c = 0; c < cells.length; c++) {
                rules.add(cells[c], c, r);
            }
            r++;
        }
        ColumnConstraints centered = new ColumnConstraints();
        centered.setHalignment(HPos.CENTER);
        rules.getColumnConstraints().add(centered);

        GridPane anomalies = new GridPane();
        anomalies.setId("anomaly-limits");
        anomalies.getStyleClass().add("settings-grid");
        CheckBox anomaliesOn = new CheckBox("Flag single executions that cross a limit");
        anomaliesOn.setId("anomalies-enabled");
        anomaliesOn.selectedProperty().bindBidirectional(vm.anomaliesEnabledProperty());
        anomalies.add(anomaliesOn, 0, 0, 4, 1);
        limit(anomalies, 1, 0, "More iterations than", "anomaly-iterations", vm.maxIterationsProperty(), "");
        limit(anomalies, 1, 1, "Cost above", "anomaly-cost", vm.maxCostUsdProperty(), "$");
        limit(anomalies, 2, 0, "Duration above", "anomaly-duration", vm.maxDurationSecondsProperty(), "s");
        limit(anomalies, 2, 1, "More tool failures than", "anomaly-tool-failures", vm.maxToolFailuresProperty(), "");
        limit(anomalies, 3, 0, "Same tool, same arguments", "anomaly-repeats", vm.repeatedToolCallsProperty(), "times or more");

        Label rulesTitle = new Label("Rules over rolling windows");
        rulesTitle.getStyleClass().add("panel-title");
        Label anomaliesTitle = new Label("Anomalies in one execution");
        anomaliesTitle.getStyleClass().add("panel-title");
        Label problem = new Label();
        problem.setId("alert-settings-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(820);

        // lay out
        setTitle("Alert rules");
        setHeaderText("When alerts go pending, fire and resolve. Changes apply from the next evaluation (every second).");
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setResizable(true);
        VBox content = new VBox(8, rulesTitle, rules, anomaliesTitle, anomalies, problem);
        content.setId("alert-settings");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(DEFAULTS, ButtonType.CANCEL, SAVE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        // bind
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("alert-settings-save");
        save.disableProperty().bind(vm.savingProperty());
        Button defaults = (Button) getDialogPane().lookupButton(DEFAULTS);
        defaults.setId("alert-settings-defaults");

        // handlers: Save closes the dialog only once the settings are stored; Restore defaults only fills the fields.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                setResult(SAVE);
                close();
            });
        });
        defaults.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.restoreDefaults();
        });
        vm.load();
    }

    private static TextField field(String id, StringProperty text, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static void limit(GridPane grid, int row, int pair, String label, String id, StringProperty text, String unit) {
        int c = pair * 3;
        grid.add(new Label(label), c, row);
        grid.add(field(id, text, 70), c + 1, row);
        grid.add(new Label(unit), c + 2, row);
    }
}
