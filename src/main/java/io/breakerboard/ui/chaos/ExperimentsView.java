package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.service.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Experiments: the list with Run, Cancel and progress; beside it the chosen report with export. */
final class ExperimentsView extends SplitPane {
    private final ListView<ExperimentEntry> list = new ListView<>();
    private final ReportTable table;

    /** @param edit opens the JSON editor: with a name to change a saved experiment, or null for a new one */
    ExperimentsView(ExperimentsViewModel vm, ZoneId zone, Consumer<String> edit) {
        // create parts
        Label heading = new Label("Experiments");
        heading.getStyleClass().add("panel-title");
        Label plan = new Label();
        plan.setWrapText(true);
        plan.getStyleClass().add("experiment-plan");
        plan.setMinHeight(Region.USE_PREF_SIZE);
        Button run = new Button("Run");
        run.setId("run-experiment");
        run.getStyleClass().add("run-button");
        run.setTooltip(new Tooltip("Run it on the engine: its traffic, faults and breakers show on every panel"));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-experiment");
        Button duplicate = new Button("New from this…");
        duplicate.setId("new-experiment");
        duplicate.setTooltip(new Tooltip("Write a new experiment as JSON, starting from a copy of this one"));
        Button editButton = new Button("Edit…");
        editButton.setId("edit-experiment");
        Button delete = new Button("Delete");
        delete.setId("delete-experiment");
        ProgressBar progress = new ProgressBar(0);
        progress.setId("experiment-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        Label progressText = new Label();
        progressText.setId("experiment-progress-text");
        progressText.setWrapText(true);
        progressText.getStyleClass().add("field-caption");

        Label reportHeading = new Label("Report");
        reportHeading.getStyleClass().add("panel-title");
        ComboBox<ExperimentReport> runs = new ComboBox<>();
        runs.setId("report-runs");
        runs.setPromptText("No run yet");
        Button csv = new Button("Export CSV…");
        csv.setId("export-report-csv");
        Button markdown = new Button("Export Markdown…");
        markdown.setId("export-report-md");
        Label summary = new Label();
        summary.setId("report-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("report-summary");
        summary.setMinHeight(Region.USE_PREF_SIZE);
        table = new ReportTable(vm.rows());

        // lay out
        list.setId("experiments");
        HBox buttons = new HBox(6, run, cancel, new Region(), duplicate, editButton, delete);
        HBox.setHgrow(buttons.getChildren().get(3), Priority.ALWAYS);
        buttons.getStyleClass().add("button-row");
        for (Button b : List.of(run, cancel, duplicate, editButton, delete, csv, markdown)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        list.setPrefHeight(96);
        list.setMinHeight(72);
        VBox left = new VBox(6, heading, list, plan, new Region(), buttons, progress, progressText);
        VBox.setVgrow(left.getChildren().get(3), Priority.ALWAYS);
        left.getStyleClass().addAll("panel", "experiments-panel");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox reportBar = new HBox(8, reportHeading, runs, spacer, csv, markdown);
        reportBar.getStyleClass().add("button-row");
        BorderPane right = new BorderPane(table);
        right.setTop(new VBox(4, reportBar, summary));
        right.getStyleClass().addAll("panel", "report-panel");
        getItems().setAll(left, right);
        setDividerPositions(0.34);

        // bind
        list.setItems(vm.experiments());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ExperimentEntry x, boolean empty) {
                super.updateItem(x, empty);
                if (empty || x == null) {
                    setText(null);
                    return;
                }
                String last = vm.lastStatus(x.name());
                setText(x.name() + (x.builtIn() ? "  · classic" : "  · yours") + (last.isEmpty() ? "" : "  · last: " + last));
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(vm.selectedProperty().get())) {
                vm.selectedProperty().set(now);
            }
        });
        plan.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : ChaosTexts.plan(vm.selectedProperty().get()), vm.selectedProperty()));
        run.disableProperty().bind(vm.runningProperty().or(vm.selectedProperty().isNull()));
        cancel.disableProperty().bind(vm.runningProperty().not());
        duplicate.disableProperty().bind(vm.selectedProperty().isNull());
        editButton.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().builtIn(), vm.selectedProperty()));
        delete.disableProperty().bind(editButton.disableProperty().or(vm.runningProperty()));
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty().or(vm.progressProperty().greaterThan(0)));
        progressText.textProperty().bind(vm.progressTextProperty());
        runs.setItems(vm.runs());
        runs.valueProperty().bindBidirectional(vm.reportProperty());
        runs.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExperimentReport r) {
                return r == null ? "" : ChaosTexts.run(r, zone);
            }

            @Override
            public ExperimentReport fromString(String s) {
                throw new UnsupportedOperationException("runs are chosen, not typed");
            }
        });
        csv.disableProperty().bind(vm.reportProperty().isNull());
        markdown.disableProperty().bind(vm.reportProperty().isNull());
        summary.textProperty().bind(vm.summaryProperty());

        // handlers
        run.setOnAction(e -> vm.run());
        cancel.setOnAction(e -> vm.cancel());
        duplicate.setOnAction(e -> edit.accept(null));
        editButton.setOnAction(e -> edit.accept(vm.selectedProperty().get().name()));
        delete.setOnAction(e -> vm.deleteSelected());
        csv.setOnAction(e -> export(vm, ReportFormat.CSV));
        markdown.setOnAction(e -> export(vm, ReportFormat.MARKDOWN));
    }

    private void export(ExperimentsViewModel vm, ReportFormat format) {
        ExperimentReport r = vm.reportProperty().get();
        if (r == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report of " + r.experiment());
        chooser.setInitialFileName(r.experiment().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + "-report." + format.extension());
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            Path target = file.toPath();
            vm.export(format, target);
        }
    }

    ListView<ExperimentEntry> list() {
        return list;
    }

    ReportTable table() {
        return table;
    }
}
