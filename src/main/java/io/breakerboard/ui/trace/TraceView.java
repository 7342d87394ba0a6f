package io.breakerboard.ui.trace;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One execution's trace: summary, waterfall and replay. Left/Right step through it, Space plays and pauses,
 * Home/End jump to the first and last step.
 */
public final class TraceView extends BorderPane {
    private final TraceViewModel vm;
    private final WaterfallView waterfall;
    private final ReplayView replay;

    public TraceView(TraceViewModel vm) {
        this.vm = vm;
        // create parts
        Label key = new Label();
        key.getStyleClass().add("trace-key");
        Label summary = new Label();
        summary.setId("trace-summary");
        summary.getStyleClass().add("trace-summary");
        Label status = new Label();
        status.getStyleClass().add("empty-state");
        javafx.scene.layout.GridPane facts = new javafx.scene.layout.GridPane();
        facts.setId("trace-facts");
        facts.getStyleClass().add("trace-facts");
        facts.setHgap(10);
        facts.setVgap(2);
        waterfall = new WaterfallView(vm);
        replay = new ReplayView(vm);

        // lay out
        getStyleClass().add("trace");
        setFocusTraversable(true);
        SplitPane split = new SplitPane(waterfall, replay);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        StackPane body = new StackPane(split, status);
        setTop(new VBox(2, summary, key, facts));
        setCenter(body);

        // bind
        key.textProperty().bind(vm.keyProperty());
        summary.textProperty().bind(vm.summaryProperty());
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        split.visibleProperty().bind(vm.executionProperty().isNotNull());
        vm.facts().addListener((javafx.collections.ListChangeListener<TraceViewModel.Fact>) c -> showFacts(facts, vm.facts()));

        // handlers: a filter, so the keys drive the replay even while the table has the focus.
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // A click anywhere in the trace keeps the keys here: left to bubble up, it reaches the tab pane, which takes
        // the focus, and there Left/Right switch tabs.
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!contains(getScene() == null ? null : getScene().getFocusOwner())) {
                requestFocus();
            }
            e.consume();
        });
    }

    /** Two facts a row, name then value; a long value (a task, an error) wraps within its cell. */
    private static void showFacts(javafx.scene.layout.GridPane grid, java.util.List<TraceViewModel.Fact> facts) {
        grid.getChildren().clear();
        for (int i = 0; i < facts.size(); i++) {
            TraceViewModel.Fact f = facts.get(i);
            Label name = new Label(f.name());
            name.getStyleClass().add("fact-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            String text = f.value().length() > 600 ? f.value().substring(0, 600) + "…" : f.value();
            Label value = new Label(text);
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            value.setMaxHeight(54);
            value.setTooltip(new javafx.scene.control.Tooltip(f.value().length() > 4000 ? f.value().substring(0, 4000) + "…" : f.value()));
            value.setId("fact-" + f.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            grid.add(name, (i % 2) * 2, i / 2);
            grid.add(value, (i % 2) * 2 + 1, i / 2);
            javafx.scene.layout.GridPane.setHgrow(value, javafx.scene.layout.Priority.ALWAYS);
        }
    }

    private boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT -> vm.previous();
            case RIGHT -> vm.next();
            case SPACE -> vm.togglePlay();
            case HOME -> vm.first();
            case END -> vm.last();
            default -> {
                return;
            }
        }
        e.consume();
    }

    public TraceViewModel viewModel() {
        return vm;
    }

    /** Stops the replay when the trace is closed. */
    public void dispose() {
        vm.pause();
        replay.dispose();
    }
}
