package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScreenshotModeTest {
    private BreakerboardWindow window;

    @AfterEach
    void closeWindow() throws Exception {
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
    }

    @Test
    void writesAPictureOfTheFilledDashboard() throws Exception {
        Path target = Path.of("target", "screenshots", "dashboard-light-1280x800.png");
        Files.deleteIfExists(target);
        CompletableFuture<ScreenshotMode.Result> done = new CompletableFuture<>();
        FakeWorkspace workspace = FakeWorkspace.withDemoData(Clock.systemDefaultZone(), Executors.newSingleThreadExecutor(), 3_000);
        WaitForAsyncUtils.asyncFx(() -> {
            window = new BreakerboardWindow(new Stage(), workspace, new UiOptions(target, Theme.LIGHT, 1280, 800),
                    Clock.systemDefaultZone());
            window.show();
            ScreenshotMode.arm(window.stage().getScene(), window.readyProperty(), target, window.executor(), done::complete);
        }).get(60, TimeUnit.SECONDS);

        ScreenshotMode.Result result = done.get(60, TimeUnit.SECONDS);

        assertThat(result.ok()).as(result.problem()).isTrue();
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }
}
