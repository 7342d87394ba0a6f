package io.breakerboard.ui.engine;

import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancingStrategy;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Engine panel: the workload form on the left (rate, concurrency, seed, how long, agent and pattern
 * weights), Start and Stop, and the live counters on the right.
 */
public final class EngineView extends BorderPane {
    private final Button start = new Button("Start");
    private final Button stop = new Button("Stop");
    private final RecentRunsView recent;

    public EngineView(EngineViewModel vm, Clock clock, Consumer<String> openTrace) {
        // create parts
        Label status = new Label();
        status.setId("engine-status");
        status.getStyleClass().add("engine-status");
        start.setId("engine-start");
        start.getStyleClass().add("primary-button");
        stop.setId("engine-stop");
        TextField rate = field("engine-rate", "Mean arrival rate; arrivals are random (Poisson)");
        Spinner<Integer> concurrency = new Spinner<>(1, 512, vm.concurrencyProperty().get());
        concurrency.setId("engine-concurrency");
        concurrency.setEditable(true);
        concurrency.setPrefWidth(96);
        TextField seed = field("engine-seed", "Same seed, same executions on virtual time (engine run --virtual-time)");
        TextField minutes = field("engine-minutes", "Leave empty to run until you press Stop");
        minutes.setPromptText("until stopped");
        Label problem = new Label();
        problem.setId("engine-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        ChoiceBox<BalancingStrategy> strategy = new ChoiceBox<>(FXCollections.observableArrayList(BalancingStrategy.values()));
        strategy.setId("engine-balancer");
        strategy.setConverter(new StringConverter<>() {
            @Override
            public String toString(BalancingStrategy s) {
                return s == null ? "" : s.id();
            }

            @Override
            public BalancingStrategy fromString(String id) {
                return BalancingStrategy.parse(id);
            }
        });
        strategy.setTooltip(new Tooltip("How executions are spread over an agent's instances"));
        Spinner<Integer> capacity = new Spinner<>(1, BalancerSettings.MAX_CAPACITY, vm.instanceCapacityProperty().get());
        capacity.setId("engine-capacity");
        capacity.setEditable(true);
        capacity.setPrefWidth(96);
        capacity.setTooltip(new Tooltip("Executions one instance runs at once; arrivals beyond wait in a bounded queue"));
        Label instances = new Label();
        instances.setId("engine-instances");
        instances.getStyleClass().add("field-caption");
        Label memory = new Label();
        memory.setId("engine-memory");
        memory.getStyleClass().add("field-caption");
        memory.setWrapText(true);
        MixEditor agents = new MixEditor("engine-agent", vm.agents());
        MixEditor patterns = new MixEditor("engine-pattern", vm.patterns());
        StatTile running = new StatTile("engine-running", "Running", vm.inFlightProperty(), null);
        StatTile completed = new StatTile("engine-completed", "Completed", vm.completedProperty(), null);
        StatTile perMinute = new StatTile("engine-per-minute", "Per minute", vm.perMinuteProperty(), null);
        StatTile success = new StatTile("engine-success", "Success", vm.succeededProperty(), vm.successShareProperty());
        StatTile partial = new StatTile("engine-partial", "Partial", vm.partialProperty(), vm.partialShareProperty());
        StatTile failed = new StatTile("engine-failed", "Failed", vm.failedProperty(), vm.failedShareProperty());
        Label detail = new Label();
        detail.setId("engine-detail");
        detail.getStyleClass().add("field-caption");
        Label hint = new Label("Engine executions are stored like imported ones: they count on the Dashboard, "
                + "open as traces, and feed the alerts. Every model and tool call runs through the circuit breakers "
                + "shown on the Reliability tab.");
        hint.setWrapText(true);
        hint.getStyleClass().add("field-caption");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        recent = new RecentRunsView(vm.recent(), clock, openTrace);

        // lay out
        getStyleClass().add("engine-view");
        setId("engine-view");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button model = new Button("Model…");
        model.setId("engine-model");
        model.setTooltip(new Tooltip("Simulated models or a real OpenAI-compatible endpoint"));
        model.setOnAction(e -> new ModelSettingsDialog(vm.modelSettings(), getScene() == null ? null
                : getScene().getWindow()).show());
        HBox bar = new HBox(10, status, spacer, model, start, stop);
        bar.getStyleClass().add("engine-bar");

        GridPane form = new GridPane();
        form.getStyleClass().add("engine-form");
        ColumnConstraints captions = new ColumnConstraints();
        captions.setHalignment(HPos.LEFT);
        form.getColumnConstraints().addAll(captions, new ColumnConstraints());
        int row = 0;
        form.add(heading("Workload"), 0, row++, 2, 1);
        form.addRow(row++, caption("Executions per minute"), rate);
        form.addRow(row++, caption("Executions at once"), concurrency);
        form.addRow(row++, caption("Seed"), seed);
        form.addRow(row++, caption("Stop after (minutes)"), minutes);
        form.addRow(row++, caption("Balancer"), strategy);
        form.addRow(row++, caption("Executions per instance"), capacity);
        form.add(heading("Agents"), 0, row++, 2, 1);
        form.add(agents, 0, row++, 2, 1);
        form.add(heading("Orchestration patterns"), 0, row++, 2, 1);
        form.add(patterns, 0, row++, 2, 1);
        form.add(problem, 0, row, 2, 1);
        problem.setMaxWidth(340);
        VBox formPanel = new VBox(form);
        formPanel.getStyleClass().addAll("panel", "engine-form-panel");

        GridPane counts = new GridPane();
        counts.getStyleClass().add("stat-tiles");
        for (int i = 0; i < 3; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            counts.getColumnConstraints().add(column);
        }
        counts.addRow(0, running, completed, perMinute);
        counts.addRow(1, success, partial, failed);
        for (StatTile t : new StatTile[] {running, completed, perMinute, success, partial, failed}) {
            t.setMaxWidth(Double.MAX_VALUE);
        }
        success.getStyleClass().add("stat-success");
        partial.getStyleClass().add("stat-partial");
        failed.getStyleClass().add("stat-failed");
        VBox statsPanel = new VBox(8, heading("Live"), counts, detail, memory, heading("Instances"), instances, hint, recent);
        statsPanel.getStyleClass().addAll("panel", "engine-stats-panel");
        VBox.setVgrow(recent, Priority.ALWAYS);
        HBox.setHgrow(statsPanel, Priority.ALWAYS);

        HBox body = new HBox(8, formPanel, statsPanel);
        body.getStyleClass().add("engine-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("engine-scroll");
        setTop(bar);
        setCenter(scroll);

        // bind
        status.textProperty().bind(vm.statusProperty());
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(vm.problemProperty().isNotEmpty());
        detail.textProperty().bind(vm.detailProperty());
        memory.textProperty().bind(vm.memoryProperty());
        memory.managedProperty().bind(vm.memoryProperty().isNotEmpty());
        instances.textProperty().bind(vm.instancesProperty());
        strategy.valueProperty().bindBidirectional(vm.strategyProperty());
        capacity.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.instanceCapacityProperty().set(now);
            }
        });
        rate.textProperty().bindBidirectional(vm.rateProperty());
        seed.textProperty().bindBidirectional(vm.seedProperty());
        minutes.textProperty().bindBidirectional(vm.minutesProperty());
        concurrency.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.concurrencyProperty().set(now);
            }
        });
        start.disableProperty().bind(vm.runningProperty().or(vm.startingProperty()));
        stop.disableProperty().bind(vm.runningProperty().not());
        vm.runningProperty().addListener((obs, was, now) ->
                status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("running"), now));

        // handlers
        start.setOnAction(e -> vm.start());
        stop.setOnAction(e -> vm.stop());
    }

    private static TextField field(String id, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    public javafx.scene.control.TableView<RunRow> recentTable() {
        return recent.table();
    }

    public Button startButton() {
        return start;
    }

    public Button stopButton() {
        return stop;
    }
}
