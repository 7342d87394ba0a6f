package io.breakerboard.ui.trace;

import io.breakerboard.model.Step;
import io.breakerboard.model.Units;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Step-by-step replay: previous / play / next and a timeline slider, and what the agent had at the step:
 * task, input, output, attributes, and the latest memory recall.
 */
final class ReplayView extends BorderPane {
    static final Duration BEAT = Duration.millis(700);

    private final Timeline clock;
    private final Button playButton = new Button("Play", playIcon());
    private final Slider timeline = new Slider(0, 0, 0);
    private boolean updatingSlider;

    ReplayView(TraceViewModel vm) {
        // create parts
        Button first = button("|◀", "First step (Home)", vm::first);
        Button previous = button("◀ Prev", "Previous step (Left)", vm::previous);
        Button next = button("Next ▶", "Next step (Right)", vm::next);
        Button last = button("▶|", "Last step (End)", vm::last);
        playButton.setId("replay-play");
        previous.setId("replay-previous");
        next.setId("replay-next");
        playButton.setTooltip(new Tooltip("Play or pause (Space)"));
        playButton.setOnAction(e -> vm.togglePlay());
        playButton.setFocusTraversable(false);
        Label position = new Label();
        position.setId("replay-position");
        position.getStyleClass().add("replay-position");
        timeline.setId("replay-timeline");
        timeline.setFocusTraversable(false);
        TextArea task = area("task");
        TextArea input = area("input");
        TextArea output = area("output");
        TextArea attributes = area("attributes");
        TextArea memory = area("memory");
        Label stepTitle = new Label();
        stepTitle.setId("replay-step");
        stepTitle.getStyleClass().add("replay-step");
        clock = new Timeline(new KeyFrame(BEAT, e -> vm.tick()));
        clock.setCycleCount(Animation.INDEFINITE);

        // lay out
        getStyleClass().add("replay");
        HBox.setHgrow(timeline, Priority.ALWAYS);
        HBox controls = new HBox(6, first, previous, playButton, next, last, timeline, position);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("replay-controls");
        GridPane details = new GridPane();
        details.getStyleClass().add("replay-details");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        details.getColumnConstraints().addAll(labels, values, labels, values);
        details.add(stepTitle, 0, 0, 4, 1);
        details.addRow(1, caption("Task"), task, caption("Memory recall"), memory);
        details.addRow(2, caption("Input"), input, caption("Output"), output);
        details.add(caption("Attributes"), 0, 3);
        details.add(attributes, 1, 3, 3, 1);
        setTop(controls);
        setCenter(details);

        // bind
        vm.frameProperty().addListener((obs, old, frame) -> {
            if (frame == null) {
                stepTitle.setText("No step selected");
                for (TextArea a : new TextArea[] {task, input, output, attributes, memory}) {
                    a.clear();
                }
                return;
            }
            Step s = frame.step();
            stepTitle.setText((s.failed() ? "✖ " : "") + s.kind().name() + (s.name() == null ? "" : " · " + s.name())
                    + " · +" + Units.duration(frame.offset()) + " · " + Units.count(frame.tokensSoFar())
                    + " tokens so far · " + Units.money(frame.costSoFarMicros()) + " so far");
            stepTitle.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), s.failed());
            task.setText(orNone(frame.task(), "The log does not name the task"));
            input.setText(orNone(s.input(), "No input recorded for this step"));
            output.setText(orNone(s.output(), "No output recorded for this step"));
            attributes.setText(s.attributes().isEmpty() ? "No other attributes" : attributes(s.attributes()));
            memory.setText(orNone(frame.memory(), "No memory recalled up to this step"));
        });
        position.textProperty().bind(Bindings.createStringBinding(() -> {
            var f = vm.frameProperty().get();
            return f == null ? "–" : "Step " + Units.count(f.index() + 1) + " of " + Units.count(f.total());
        }, vm.frameProperty()));
        vm.frameProperty().addListener((obs, old, f) -> {
            updatingSlider = true;
            timeline.setMax(f == null ? 0 : Math.max(0, f.total() - 1));
            timeline.setValue(f == null ? 0 : f.index());
            updatingSlider = false;
        });
        vm.playingProperty().addListener((obs, was, playing) -> {
            // Drawn, not typed: the pause sign U+23F8 is missing from the fonts JavaFX ships with.
            playButton.setText(playing ? "Pause" : "Play");
            playButton.setGraphic(playing ? pauseIcon() : playIcon());
            if (playing) {
                clock.play();
            } else {
                clock.stop();
            }
        });

        // handlers
        timeline.valueProperty().addListener((obs, old, now) -> {
            if (!updatingSlider) {
                vm.select((int) Math.round(now.doubleValue()));
            }
        });
    }

    /** Stops the replay clock when the trace closes. */
    void dispose() {
        clock.stop();
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        return l;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId("replay-" + id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.setFocusTraversable(false);
        GridPane.setHgrow(a, Priority.ALWAYS);
        GridPane.setVgrow(a, Priority.ALWAYS);
        return a;
    }

    private static String orNone(String text, String none) {
        return text == null || text.isBlank() ? none : text;
    }

    private static String attributes(Map<String, String> attributes) {
        return attributes.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** A play triangle the size of a capital letter. */
    static Node playIcon() {
        Polygon triangle = new Polygon(0, 0, 9, 5, 0, 10);
        triangle.getStyleClass().add("replay-icon");
        return triangle;
    }

    /** Two bars, the pause sign, drawn so that it shows in every font. */
    static Node pauseIcon() {
        Rectangle left = new Rectangle(3, 10);
        Rectangle right = new Rectangle(3, 10);
        left.getStyleClass().add("replay-icon");
        right.getStyleClass().add("replay-icon");
        HBox bars = new HBox(3, left, right);
        bars.setId("replay-pause-icon");
        return bars;
    }
}
