package io.breakerboard.ui.lab;

import io.breakerboard.lab.InvoiceSuite;
import io.breakerboard.lab.LabItem;
import io.breakerboard.lab.LabKind;
import io.breakerboard.lab.LabRun;
import io.breakerboard.service.ReportFormat;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Lab tab: settings and Run for the pattern benchmark, the cost comparison and the what-if replay on top, the
 * stored runs on the left, the run shown as a side-by-side table (with a replay's saved, lost and not replayable
 * executions under it) and grouped bars, with CSV and Markdown export.
 */
public final class LabView extends BorderPane {
    private final LabViewModel vm;

    public LabView(LabViewModel vm) {
        this.vm = vm;
        // create parts
        ComboBox<Integer> tasks = new ComboBox<>();
        tasks.getItems().setAll(InvoiceSuite.DEMO, InvoiceSuite.FULL, 1_000);
        tasks.setId("lab-tasks");
        TextField seed = new TextField();
        seed.setId("lab-seed");
        seed.setPrefColumnCount(6);
        seed.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,15}") ? c : null));
        ComboBox<String> model = new ComboBox<>();
        model.getItems().setAll(vm.models());
        model.setId("lab-model");
        Spinner<Integer> attempts = new Spinner<>(1, 6, vm.toolAttemptsProperty().get());
        attempts.setId("lab-tool-attempts");
        attempts.setPrefWidth(70);
        Button run = new Button("Run pattern benchmark");
        run.setId("lab-run");
        run.getStyleClass().add("accent");
        TextField change = new TextField();
        change.setId("lab-change");
        change.setPrefColumnCount(18);
        Button cost = new Button("Run cost before / after");
        cost.setId("lab-run-cost");
        Button breakdown = new Button("Cost breakdown of recorded executions");
        breakdown.setId("lab-breakdown");
        ReplayControls rc = vm.replay();
        TextField fault = field("lab-replay-fault", 14, "tool-down=NAME");
        ComboBox<String> replayAttempts = new ComboBox<>();
        replayAttempts.getItems().setAll(rc.attemptChoices());
        replayAttempts.setId("lab-replay-attempts");
        TextField timeout = field("lab-replay-timeout", 4, "none");
        TextField breaker = field("lab-replay-breaker", 7, "50/10/30s");
        TextField budget = field("lab-replay-budget", 4, "none");
        CheckBox cacheOn = new CheckBox("Cache");
        cacheOn.setId("lab-replay-cache");
        ComboBox<String> since = new ComboBox<>();
        since.getItems().setAll(ReplayControls.SINCE);
        since.setId("lab-replay-since");
        TextField agent = field("lab-replay-agent", 9, "every agent");
        Button replay = new Button("Run replay");
        replay.setId("lab-run-replay");
        ListView<LabItem> items = new ListView<>(vm.items());
        items.setId("lab-items");
        items.getStyleClass().add("lab-items");
        Button cancel = new Button("Cancel");
        cancel.setId("lab-cancel");
        Button csv = new Button("Export CSV…");
        csv.setId("lab-export-csv");
        Button md = new Button("Export Markdown…");
        md.setId("lab-export-md");
        Label status = new Label();
        status.setId("lab-status");
        status.getStyleClass().add("lab-status");
        Label settings = new Label();
        settings.setId("lab-settings");
        settings.setWrapText(true);
        ListView<LabRun> runs = new ListView<>(vm.runs());
        runs.setId("lab-runs");
        runs.setPlaceholder(new Label("No stored runs yet"));
        LabTable table = new LabTable();
        LabBars bars = new LabBars();

        // lay out
        getStyleClass().add("lab-view");
        HBox common = new HBox(8, new Label("Tasks"), tasks, new Label("Seed"), seed, cancel, grow(), breakdown,
                csv, md);
        HBox patterns = new HBox(8, new Label("Patterns:"), new Label("Model"), model, new Label("Tool attempts"),
                attempts, run);
        HBox costs = new HBox(8, new Label("Cost:"), new Label("Change"), change, cost);
        HBox selection = new HBox(8, new Label("Replay recorded traffic:"), new Label("Since"), since,
                new Label("Agent"), agent, new Label("Fault"), fault, new Label("Attempts"), replayAttempts);
        HBox scenario = new HBox(8, new Label("Tool time limit"), timeout, new Label("Breaker"), breaker,
                new Label("Budget $"), budget, cacheOn, replay);
        for (HBox h : java.util.List.of(common, patterns, costs, selection, scenario)) {
            h.setAlignment(Pos.CENTER_LEFT);
        }
        for (HBox h : java.util.List.of(selection, scenario)) {
            // A label cut to "Bre…" or a field squeezed to nothing names nothing.
            h.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        }
        HBox arms = new HBox(24, patterns, costs);
        VBox controls = new VBox(6, common, arms, selection, scenario);
        scenario.setPadding(new Insets(0, 0, 0, 24));
        controls.setPadding(new Insets(8));
        controls.getStyleClass().add("lab-controls");
        VBox centre = new VBox(8, settings, table, items, bars, status);
        items.setPrefHeight(110);
        items.setMinHeight(90);
        items.visibleProperty().bind(Bindings.isNotEmpty(vm.items()));
        items.managedProperty().bind(items.visibleProperty());
        centre.setPadding(new Insets(0, 8, 8, 8));
        table.setPrefHeight(190);
        table.setMinHeight(120);
        VBox.setVgrow(bars, Priority.ALWAYS);
        runs.setPrefWidth(240);
        SplitPane split = new SplitPane(runs, centre);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(runs, false);
        setTop(controls);
        setCenter(split);

        // bind
        tasks.setValue(vm.tasksProperty().get());
        tasks.valueProperty().addListener((o, was, now) -> vm.tasksProperty().set(now));
        seed.setText(Long.toString(vm.seedProperty().get()));
        seed.textProperty().addListener((o, was, now) -> vm.seedProperty().set(now.isEmpty() ? 0 : Long.parseLong(now)));
        model.valueProperty().bindBidirectional(vm.modelProperty());
        attempts.valueProperty().addListener((o, was, now) -> vm.toolAttemptsProperty().set(now));
        change.textProperty().bindBidirectional(vm.changeProperty());
        run.disableProperty().bind(vm.runningProperty());
        cost.disableProperty().bind(vm.runningProperty());
        breakdown.disableProperty().bind(vm.runningProperty());
        replay.disableProperty().bind(vm.runningProperty());
        fault.textProperty().bindBidirectional(rc.faultProperty());
        replayAttempts.valueProperty().bindBidirectional(rc.attemptsProperty());
        timeout.textProperty().bindBidirectional(rc.timeoutProperty());
        breaker.textProperty().bindBidirectional(rc.breakerProperty());
        budget.textProperty().bindBidirectional(rc.budgetProperty());
        cacheOn.selectedProperty().bindBidirectional(rc.cacheProperty());
        since.valueProperty().bindBidirectional(rc.sinceProperty());
        agent.textProperty().bindBidirectional(rc.agentProperty());
        items.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LabItem i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.list() + " · " + i.executionKey() + " (" + i.agent() + "): "
                        + i.detail());
            }
        });
        cancel.disableProperty().bind(vm.runningProperty().not());
        csv.disableProperty().bind(vm.shownProperty().isNull());
        md.disableProperty().bind(vm.shownProperty().isNull());
        status.textProperty().bind(vm.statusProperty());
        runs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LabRun r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.kind().label() + "\n" + r.title().replaceFirst("^[^:]*: ", "")
                        + "\nseed " + r.seed() + " · " + r.createdAt().toString().substring(0, 16).replace('T', ' '));
            }
        });
        vm.shownProperty().addListener((o, was, now) -> {
            table.show(now);
            bars.show(now);
            // A replay has three rows per agent: room for more of them, the bars need less.
            table.setPrefHeight(now != null && now.kind() == LabKind.REPLAY ? 270 : 190);
            settings.setText(now == null ? "" : now.title() + " — " + now.settings()
                    + ". Intervals are 95 %: Wilson for rates, Student's t for means.");
            if (now != null && runs.getSelectionModel().getSelectedItem() != now) {
                runs.getSelectionModel().select(now);
            }
        });
        runs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.shownProperty().set(now);
            }
        });

        // handlers
        run.setOnAction(e -> vm.runPatterns());
        cost.setOnAction(e -> vm.runCost());
        breakdown.setOnAction(e -> vm.runBreakdown());
        replay.setOnAction(e -> vm.runReplay());
        cancel.setOnAction(e -> vm.cancel());
        csv.setOnAction(e -> export(ReportFormat.CSV));
        md.setOnAction(e -> export(ReportFormat.MARKDOWN));
        table.show(vm.shownProperty().get());
        bars.show(vm.shownProperty().get());
    }

    private void export(ReportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export lab run");
        chooser.setInitialFileName("lab-run." + format.extension());
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.export(format, f.toPath());
        }
    }

    private static TextField field(String id, int columns, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setPromptText(prompt);
        return f;
    }

    private static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
