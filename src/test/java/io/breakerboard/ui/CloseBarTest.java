package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard-shortcuts and imports windows close with their Close button or Esc. */
@ExtendWith(ApplicationExtension.class)
class CloseBarTest {
    private Stage side;

    @Start
    void start(Stage stage) {
        stage.show();
        side = new Stage();
        side.setScene(new Scene(CloseBar.around(new Label("shortcuts"), side), 300, 200));
        side.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theCloseButtonClosesTheWindowAndEscPressesIt() throws Exception {
        Button close = onFx(() -> (Button) side.getScene().lookup("#close-window"));

        // Esc fires a scene's cancel button.
        assertThat(close.isCancelButton()).isTrue();
        onFx(() -> {
            close.fire();
            return null;
        });

        waitUntil(() -> !side.isShowing());
        assertThat(onFx(side::isShowing)).isFalse();
    }
}
