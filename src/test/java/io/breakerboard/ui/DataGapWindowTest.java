package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ui.charts.LiveChart;
import io.breakerboard.ui.charts.TickedAxis;
import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A store holding two days of 2024 and two days of 2026, nothing between, on the All range: the time axes'
 * labels never run together and the two empty years are a gap in the success-rate line, never bridged.
 */
class DataGapWindowTest {
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final Clock clock = Clock.systemDefaultZone();
    private BreakerboardWindow window;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        // Hiding the stages does not close a window shown in the registered primary stage: its pollers would keep
        // running into the next tests. Closing it is what the application does when its window goes.
        if (window != null) {
            BreakerboardWindow shown = window;
            onFx(() -> {
                shown.close();
                return null;
            });
        }
        FxToolkit.cleanupStages();
        jobs.shutdownNow();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024,700", "1920,1080"})
    void twoYearsWithoutDataAreAGapUnderTicksThatDoNotOverlap(int width, int height) throws Exception {
        FakeWorkspace workspace = new FakeWorkspace(clock, jobs);
        ExecutionGenerator generator = new ExecutionGenerator(5);
        workspace.data().add(generator.generate(300, Instant.parse("2024-10-16T00:00:00Z"), Duration.ofDays(2)));
        workspace.data().add(generator.generate(300, Instant.parse("2026-10-16T00:00:00Z"), Duration.ofDays(2)));
        FxToolkit.setupStage(stage -> {
            window = new BreakerboardWindow(stage, workspace, new UiOptions(null, Theme.LIGHT, width, height), clock);
            window.show();
        });
        waitUntil(() -> window.readyProperty().get());
        LiveChart rate = window.view().dashboard().chart("Success rate");
        waitUntil(() -> rate.attachedPoints().containsKey("success rate"));
        WaitForAsyncUtils.waitForFxEvents();

        double[][] points = onFx(() -> rate.attachedPoints().get("success rate"));
        List<String> overlaps = onFx(() -> {
            List<String> found = new ArrayList<>();
            int axes = 0;
            for (Node n : window.view().dashboard().lookupAll(".axis")) {
                // Value axes (the duration bars') and empty charts' axes have no time ticks.
                if (n instanceof TickedAxis axis && axis.isVisible() && axis.getWidth() > 0 && axis.getSide().isHorizontal()
                        && axis.timeTicks().values().length > 0) {
                    overlapping(axis, found);
                    axes++;
                }
            }
            if (axes < 3) {
                found.add("only " + axes + " time axes to check");
            }
            return found;
        });

        assertThat(overlaps).isEmpty();
        long gaps = Arrays.stream(points[1]).filter(Double::isNaN).count();
        assertThat(gaps).as("empty buckets between 2024 and 2026 drawn as gaps").isPositive();
        // A month clear of either side, wider than any bucket over a two-year span.
        double lastOf2024 = Instant.parse("2024-11-16T00:00:00Z").getEpochSecond();
        double firstOf2026 = Instant.parse("2026-09-14T00:00:00Z").getEpochSecond();
        for (int i = 0; i < points[0].length; i++) {
            if (points[0][i] > lastOf2024 && points[0][i] < firstOf2026) {
                assertThat(points[1][i]).as("the success rate at %s, between the years", Instant.ofEpochSecond((long) points[0][i]))
                        .isNaN();
            }
        }
    }

    /** Neighbouring tick labels of a time axis leave space between them. */
    private static void overlapping(TickedAxis axis, List<String> found) {
        var ticks = axis.timeTicks();
        if (ticks.values().length < 2) {
            found.add("a time axis with one tick over two years: " + Arrays.toString(ticks.labels()));
        }
        for (int i = 1; i < ticks.values().length; i++) {
            double left = axis.tickLabelWidth(ticks.labels()[i - 1]);
            double right = axis.tickLabelWidth(ticks.labels()[i]);
            double distance = axis.getDisplayPosition(ticks.values()[i]) - axis.getDisplayPosition(ticks.values()[i - 1]);
            if (distance < (left + right) / 2) {
                found.add("ticks '" + ticks.labels()[i - 1] + "' and '" + ticks.labels()[i] + "' overlap");
            }
        }
    }
}
