package io.breakerboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aThemeIsNamedAsOnTheCommandLineInAnyCase() {
        assertThat(Theme.parse("dark")).isEqualTo(Theme.DARK);
        assertThat(Theme.parse(" Light ")).isEqualTo(Theme.LIGHT);
        assertThat(Theme.parse("DARK")).isEqualTo(Theme.DARK);
    }

    @Test
    void anUnknownThemeSaysWhichOnesExist() {
        assertThatThrownBy(() -> Theme.parse("solarized"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown theme 'solarized': use light or dark");
    }

    @Test
    void theLabelIsCapitalised() {
        assertThat(Theme.LIGHT.label()).isEqualTo("Light");
        assertThat(Theme.DARK.label()).isEqualTo("Dark");
    }
}
