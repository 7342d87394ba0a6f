package io.breakerboard.ui.trace;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.settings.Assets;
import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The waterfall's ruler: round times from the execution's start, each tick right above the bars' times. */
@ExtendWith(ApplicationExtension.class)
class TimeRulerTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private Stage stage;
    private TraceViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new TraceViewModel(new FakeQueries(new FakeData()), UiExecutor.direct());
        Scene scene = new Scene(new TraceView(vm), 900, 560);
        scene.getStylesheets().setAll(Assets.stylesheets(Theme.DARK));
        stage.setScene(scene);
        stage.show();
    }

    /** Three steps filling two seconds: the last ends exactly at the execution's end. */
    private static Execution twoSeconds() {
        return Execution.builder("e-ruler").agent("coder").startedAt(T0).duration(Duration.ofSeconds(2))
                .addStep(Step.builder(StepKind.LLM_CALL).at(T0).duration(Duration.ofMillis(600)).build())
                .addStep(Step.builder(StepKind.TOOL_CALL).name("python").at(T0.plusMillis(600)).duration(Duration.ofMillis(900)).build())
                .addStep(Step.builder(StepKind.LLM_CALL).at(T0.plusMillis(1500)).duration(Duration.ofMillis(500)).build())
                .build();
    }

    @Test
    void ticksCoverTheExecutionAndTheLastBarEndsAtItsEndTick() throws Exception {
        onFx(() -> {
            vm.show(twoSeconds());
            return null;
        });
        int narrow = checkAligned();

        // Wider window: the column grows, the ruler with it, and the bars keep their times.
        // A wider stage of its own: sizing the primary stage by hand would keep that width for the next test
        // classes, whose windows then lay out wider than the size they asked for.
        Stage wide = onFx(() -> {
            javafx.scene.Parent root = stage.getScene().getRoot();
            stage.getScene().setRoot(new javafx.scene.Group());
            Stage s = new Stage();
            Scene scene = new Scene(root, 1400, 560);
            scene.getStylesheets().setAll(Assets.stylesheets(Theme.DARK));
            s.setScene(scene);
            s.show();
            return s;
        });
        stage = wide;
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(checkAligned()).as("more ticks on a wider column").isGreaterThan(narrow);
        } finally {
            onFx(() -> {
                wide.hide();
                return null;
            });
        }
    }

    @Test
    void stepsAreRoundAndFitTheWidth() {
        assertThat(TimeRuler.step(2_000_000_000L, 8)).isEqualTo(250_000_000L);
        assertThat(TimeRuler.step(2_000_000_000L, 4)).isEqualTo(500_000_000L);
        assertThat(TimeRuler.step(37_000_000L, 5)).isEqualTo(10_000_000L);
        assertThat(TimeRuler.step(90_000_000_000L, 3)).isEqualTo(25_000_000_000L);
        assertThat(TimeRuler.label(250_000_000L)).isEqualTo("250 ms");
        assertThat(TimeRuler.label(1_500_000_000L)).isEqualTo("1.5 s");
        assertThat(TimeRuler.label(120_000_000_000L)).isEqualTo("2 min");
    }

    private int checkAligned() throws Exception {
        waitUntil(() -> stage.getScene().getRoot().lookup(".time-ruler") instanceof TimeRuler r && !r.tickTimes().isEmpty()
                && stage.getScene().getRoot().lookupAll(".step-bar").size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            Node root = stage.getScene().getRoot();
            TimeRuler ruler = (TimeRuler) root.lookup(".time-ruler");
            List<Long> times = ruler.tickTimes();
            long step = times.get(1) - times.get(0);
            assertThat(times.get(0)).isZero();
            assertThat(times.get(times.size() - 1)).as("the ticks reach the execution's end")
                    .isGreaterThan(2_000_000_000L - step);
            assertThat(times).hasSizeGreaterThanOrEqualTo(3);
            assertThat(tickX(ruler, step) - tickX(ruler, 0)).as("room for each tick's label").isGreaterThanOrEqualTo(TimeRuler.MIN_TICK_SPACING);

            List<Bounds> bars = new ArrayList<>();
            for (Node n : root.lookupAll(".step-bar")) {
                if (n.isVisible() && n.getParent().getParent() != null && n.getParent().getParent().isVisible()) {
                    bars.add(n.localToScene(n.getLayoutBounds()));
                }
            }
            bars.sort(Comparator.comparingDouble(Bounds::getMaxX));
            assertThat(bars.get(bars.size() - 1).getMaxX()).as("last bar's end under the 2 s tick")
                    .isCloseTo(tickX(ruler, 2_000_000_000L), within(2.0));
            bars.sort(Comparator.comparingDouble(Bounds::getMinX));
            assertThat(bars.get(0).getMinX()).as("first bar's start under the 0 ms tick")
                    .isCloseTo(tickX(ruler, 0), within(2.0));

            List<Bounds> labels = new ArrayList<>();
            for (Node n : ruler.getChildrenUnmodifiable()) {
                if (n instanceof Label l && l.isVisible()) {
                    Bounds b = l.localToScene(l.getLayoutBounds());
                    for (Bounds other : labels) {
                        assertThat(b.getMinX()).as("'%s' clear of the label before it", l.getText()).isGreaterThan(other.getMaxX());
                    }
                    labels.add(b);
                }
            }
            assertThat(labels).hasSameSizeAs(times);
            return times.size();
        });
    }

    private static double tickX(TimeRuler ruler, long nanos) {
        for (Node n : ruler.getChildrenUnmodifiable()) {
            if (n instanceof Line l && Long.valueOf(nanos).equals(l.getUserData())) {
                return l.localToScene(l.getStartX(), 0).getX();
            }
        }
        throw new AssertionError("no tick at " + nanos + " ns among " + ruler.tickTimes());
    }
}
