package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultTarget;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** "Inject a fault": one row per fault kind with its target, share of calls, intensity, duration and button. */
final class FaultBoard extends BorderPane {
    private final GridPane grid = new GridPane();

    FaultBoard(ChaosViewModel vm) {
        // create parts
        Label heading = new Label("Inject a fault");
        heading.getStyleClass().add("panel-title");
        String[] headers = {"Fault", "Aimed at", "Share of calls", "Intensity", "For", ""};

        // lay out
        getStyleClass().addAll("panel", "fault-board");
        grid.getStyleClass().add("fault-grid");
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().add("column-caption");
            grid.add(h, c, 0);
        }
        int row = 1;
        for (FaultControlModel control : vm.controls()) {
            addRow(vm, control, row++);
        }
        // Every column but the target keeps its full width, so no number and no button is ever cut short.
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_COMPUTED_SIZE);
        ColumnConstraints target = new ColumnConstraints();
        target.setMinWidth(Region.USE_PREF_SIZE);
        target.setHgrow(Priority.SOMETIMES);
        ColumnConstraints button = new ColumnConstraints();
        button.setHalignment(HPos.RIGHT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(name, target, fixed(), fixed(), fixed(), button);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setTop(heading);
        setCenter(scroll);
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private void addRow(ChaosViewModel vm, FaultControlModel control, int row) {
        // create parts
        FaultKind kind = control.kind();
        Label name = new Label(kind.label());
        name.getStyleClass().add("fault-name");
        // At 1024 px a two-word name wraps rather than take the room the target and the Inject button need.
        name.setWrapText(true);
        name.setMinWidth(96);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.setTooltip(new Tooltip(kind.description()));
        ComboBox<FaultTarget> target = new ComboBox<>();
        target.getItems().setAll(control.targetChoices());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(FaultTarget t) {
                return t == null ? "" : t.label();
            }

            @Override
            public FaultTarget fromString(String s) {
                return FaultTarget.parse(s);
            }
        });
        target.setId("target-" + kind.id());
        target.setMaxWidth(Double.MAX_VALUE);
        // The chosen target shows as its bare name ("get_pod_logs"), wide enough for the longest, so it never
        // elides; the list and the tooltip say what kind of target it is.
        target.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FaultTarget t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : shortLabel(t));
                setTooltip(empty || t == null ? null : new Tooltip(t.label()));
            }
        });
        target.setPrefWidth(control.targetChoices().stream().mapToDouble(t -> textWidth(shortLabel(t))).max().orElse(60) + 36);
        target.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> percent = spinner(1, 100, (int) Math.round(control.percentProperty().get()), 5, "percent-" + kind.id());
        HBox percentBox = row(percent, new Label("%"));
        Node intensity = intensity(control);
        Spinner<Integer> seconds = spinner(5, 86_400, control.durationSecondsProperty().get(), 15, "duration-" + kind.id());
        HBox durationBox = row(seconds, new Label("s"));
        seconds.setTooltip(new Tooltip("How long the fault lasts, in seconds (as in --fault KIND@TARGET,SECONDS)"));
        Button inject = new Button("Inject");
        inject.setId("inject-" + kind.id());
        inject.getStyleClass().add("inject-button");
        inject.setMinWidth(Region.USE_PREF_SIZE);
        inject.setTooltip(new Tooltip(kind.description()));

        // lay out
        grid.addRow(row, name, target, percentBox, intensity, durationBox, inject);

        // bind
        target.valueProperty().bindBidirectional(control.targetProperty());
        bind(percent, control.percentProperty());
        bind(seconds, control.durationSecondsProperty());

        // handlers
        inject.setOnAction(e -> vm.inject(control));
    }

    private static String shortLabel(FaultTarget t) {
        return t.scope() == io.breakerboard.chaos.FaultScope.ALL ? t.label() : t.name();
    }

    private static double textWidth(String s) {
        return new javafx.scene.text.Text(s).getLayoutBounds().getWidth();
    }

    private static Node intensity(FaultControlModel control) {
        String id = control.kind().id();
        return switch (control.kind()) {
            case LATENCY -> {
                Spinner<Integer> latency = spinner(10, 600_000, control.latencyMillisProperty().get(), 100, "latency-" + id);
                Spinner<Integer> jitter = spinner(0, 600_000, control.jitterMillisProperty().get(), 50, "jitter-" + id);
                bind(latency, control.latencyMillisProperty());
                bind(jitter, control.jitterMillisProperty());
                yield row(new Label("+"), latency, new Label("ms ±"), jitter, new Label("ms"));
            }
            case RATE_LIMITED -> {
                Spinner<Integer> wait = spinner(1, 3_600, control.retryAfterSecondsProperty().get(), 1, "retry-after-" + id);
                bind(wait, control.retryAfterSecondsProperty());
                yield row(new Label("retry after"), wait, new Label("s"));
            }
            case TOKEN_SPIKE -> {
                Spinner<Integer> factor = spinner(2, 1_000, (int) control.factorProperty().get(), 1, "factor-" + id);
                bind(factor, control.factorProperty());
                yield row(new Label("×"), factor);
            }
            default -> {
                Label none = new Label("—");
                none.getStyleClass().add("field-caption");
                yield none;
            }
        };
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(4, nodes);
        box.getStyleClass().add("spinner-row");
        box.setMinWidth(Region.USE_PREF_SIZE);
        for (Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return box;
    }

    private static Spinner<Integer> spinner(int min, int max, int initial, int step, String id) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial, step));
        s.setEditable(true);
        s.setId(id);
        s.getStyleClass().add("fault-spinner");
        // A typed value counts when the field is left, not only on Enter.
        s.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(s);
            }
        });
        return s;
    }

    private static void commit(Spinner<Integer> s) {
        try {
            s.getValueFactory().setValue(s.getValueFactory().getConverter().fromString(s.getEditor().getText()));
        } catch (RuntimeException e) {
            s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
        }
    }

    private static void bind(Spinner<Integer> s, IntegerProperty target) {
        s.valueProperty().addListener((obs, old, now) -> target.set(now));
    }

    private static void bind(Spinner<Integer> s, DoubleProperty target) {
        s.valueProperty().addListener((obs, old, now) -> target.set(now));
    }
}
