package io.breakerboard.ui;

import io.breakerboard.ui.charts.ImageCapture;
import io.breakerboard.ui.charts.PngFiles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * {@code --screenshot FILE}: waits until the panels are filled (first snapshot applied, every chart holding its
 * data), lets a few frames pass so chartfx has laid out and drawn, then writes the scene as PNG off the FX thread.
 */
public final class ScreenshotMode {
    /** Frames to let pass after the data arrived: chartfx draws in the layout pulse after the data set joins. */
    static final int SETTLE_FRAMES = 4;
    static final Duration GIVE_UP_AFTER = Duration.seconds(30);

    /** What became of the screenshot: the file written, or why not. */
    public record Result(Path file, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private ScreenshotMode() {
    }

    /**
     * Arms the screenshot. {@code done} is told on the FX thread once the file is written or it failed; after
     * {@link #GIVE_UP_AFTER} without data it takes the picture anyway and says so.
     */
    public static void arm(Scene scene, BooleanExpression ready, Path target, UiExecutor ui, Consumer<Result> done) {
        arm(scene, ready, target, ui, java.time.Duration.ZERO, done);
    }

    /** As {@link #arm(Scene, BooleanExpression, Path, UiExecutor, Consumer)}, waiting {@code delay} more once ready. */
    public static void arm(Scene scene, BooleanExpression ready, Path target, UiExecutor ui, java.time.Duration delay,
                           Consumer<Result> done) {
        boolean[] started = {false};
        Runnable shoot = () -> afterFrames(SETTLE_FRAMES, () -> capture(scene, target, ui, ready.get() ? null
                : "the panels were not filled after " + (int) GIVE_UP_AFTER.toSeconds() + " s; the picture shows them as they were",
                done));
        Runnable take = () -> {
            if (started[0]) {
                return;
            }
            started[0] = true;
            if (delay.isZero()) {
                shoot.run();
            } else {
                PauseTransition wait = new PauseTransition(Duration.millis(delay.toMillis()));
                wait.setOnFinished(e -> shoot.run());
                wait.play();
            }
        };
        if (ready.get()) {
            take.run();
        } else {
            ready.addListener((obs, was, now) -> {
                if (now) {
                    take.run();
                }
            });
            PauseTransition timeout = new PauseTransition(GIVE_UP_AFTER);
            timeout.setOnFinished(e -> take.run());
            timeout.play();
        }
    }

    private static void capture(Scene scene, Path target, UiExecutor ui, String warning, Consumer<Result> done) {
        ImageCapture image = ImageCapture.of(scene);
        ui.query("write the screenshot " + target, () -> PngFiles.write(image, target),
                file -> done.accept(new Result(file, warning)))
                .exceptionally(failure -> {
                    ui.fx().post(() -> done.accept(new Result(target, failure.getMessage())));
                    return null;
                });
    }

    private static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
