package io.breakerboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.ui.settings.Theme;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UiOptionsTest {
    @Test
    void readsTheWindowOptionsAndLeavesTheRestAlone() {
        UiOptions options = UiOptions.parse(new String[] {"--data-dir", "/tmp/x", "--screenshot", "out.png", "--theme=dark",
                "--window-size", "2560x1440"});

        assertThat(options.screenshot()).isEqualTo(Path.of("out.png"));
        assertThat(options.theme()).isEqualTo(Theme.DARK);
        assertThat(options.width()).isEqualTo(2560);
        assertThat(options.height()).isEqualTo(1440);
    }

    @Test
    void defaultsToALightWindowOf1280By800() {
        UiOptions options = UiOptions.parse(new String[0]);

        assertThat(options.screenshot()).isNull();
        assertThat(options.theme()).isEqualTo(Theme.LIGHT);
        assertThat(options.width()).isEqualTo(1280);
        assertThat(options.height()).isEqualTo(800);
    }

    @Test
    void namesTheOptionWhoseValueIsMissingOrWrong() {
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--screenshot"}))
                .hasMessageContaining("--screenshot needs a value");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--theme", "purple"}))
                .hasMessageContaining("unknown theme 'purple'");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--window-size", "big"}))
                .hasMessageContaining("--window-size 'big'");
    }
}
