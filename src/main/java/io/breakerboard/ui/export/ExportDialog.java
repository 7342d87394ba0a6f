package io.breakerboard.ui.export;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.service.ExportKind;
import io.breakerboard.ui.Formats;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** File → Export…: kind, target file, and the dashboard's current filter; writes in the background. */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportViewModel vm;
    private final Label filterText = new Label();

    public ExportDialog(Window owner, ExportViewModel vm) {
        this.vm = vm;
        // create parts
        ChoiceBox<ExportKind> kind = new ChoiceBox<>();
        kind.setId("export-kind");
        kind.getItems().setAll(ExportKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportKind k) {
                return k == null ? "" : ExportViewModel.describe(k);
            }

            @Override
            public ExportKind fromString(String s) {
                throw new UnsupportedOperationException("the kind is chosen from the list");
            }
        });
        TextField target = new TextField();
        target.setId("export-target");
        target.setPromptText("File to write, e.g. /tmp/executions.csv");
        Button browse = new Button("Choose…");
        Button start = new Button("Export");
        start.setId("export-start");
        start.setDefaultButton(true);
        Button cancel = new Button("Cancel export");
        cancel.setId("export-cancel");
        Button close = new Button("Close");
        close.setCancelButton(true);
        Label progress = new Label();
        progress.setId("export-progress");
        Label outcome = new Label();
        outcome.setId("export-outcome");
        outcome.setWrapText(true);
        filterText.setWrapText(true);

        // lay out
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-grid");
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        ColumnConstraints captions = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(captions, fields);
        HBox.setHgrow(target, Priority.ALWAYS);
        grid.addRow(0, new Label("Contents"), kind);
        grid.addRow(1, new Label("Filter"), filterText);
        grid.addRow(2, new Label("File"), new HBox(6, target, browse));
        grid.add(progress, 1, 3);
        grid.add(outcome, 1, 4);
        HBox buttons = new HBox(8, cancel, start, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        grid.add(buttons, 0, 5, 2, 1);
        Scene scene = new Scene(grid, 620, 300);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setTitle("Export CSV · Breakerboard");
        stage.setScene(scene);

        // bind
        kind.setValue(vm.kindProperty().get());
        progress.textProperty().bind(vm.progressTextProperty());
        outcome.textProperty().bind(vm.outcomeProperty());
        start.disableProperty().bind(vm.runningProperty());
        cancel.visibleProperty().bind(vm.runningProperty());
        kind.disableProperty().bind(vm.runningProperty());

        // handlers
        kind.valueProperty().addListener((obs, old, k) -> {
            vm.chooseKind(k);
            String text = target.getText();
            if (old != null && (text.isBlank() || text.endsWith(ExportViewModel.defaultFileName(old)))) {
                Path current = text.isBlank() ? Path.of(ExportViewModel.defaultFileName(k)) : Path.of(text);
                Path parent = current.getParent();
                target.setText((parent == null ? Path.of(ExportViewModel.defaultFileName(k))
                        : parent.resolve(ExportViewModel.defaultFileName(k))).toString());
            }
        });
        target.textProperty().addListener((obs, old, text) -> vm.chooseTarget(text.isBlank() ? null : Path.of(text.strip())));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to CSV");
            chooser.setInitialFileName(ExportViewModel.defaultFileName(vm.kindProperty().get()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                target.setText(file.getAbsolutePath());
            }
        });
        start.setOnAction(e -> vm.start());
        cancel.setOnAction(e -> vm.cancel());
        close.setOnAction(e -> stage.hide());
    }

    /** Shows the dialog with the filter the export will use. */
    public void show() {
        filterText.setText(describe(vm.filter()));
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    static String describe(MetricsFilter filter) {
        ZoneId zone = ZoneId.systemDefault();
        String agents = filter.agents().isEmpty() ? "all agents" : String.join(", ", new java.util.TreeSet<>(filter.agents()));
        if (filter.range().equals(io.breakerboard.metrics.TimeRange.ALL)) {
            return "All time, " + agents;
        }
        return Formats.timestamp(filter.range().from(), zone) + " – " + Formats.timestamp(filter.range().to(), zone) + ", " + agents;
    }
}
