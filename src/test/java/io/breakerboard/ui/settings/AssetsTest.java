package io.breakerboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetsTest {

    @Test
    void everyThemeGetsTheBaseAndPanelSheetsFirstAndItsColoursLast() {
        for (Theme theme : Theme.values()) {
            List<String> sheets = Assets.stylesheets(theme);
            assertThat(sheets).hasSize(4);
            assertThat(sheets.get(0)).endsWith("css/breakerboard.css");
            assertThat(sheets.subList(1, 3)).anyMatch(s -> s.endsWith("css/engine.css"))
                    .anyMatch(s -> s.endsWith("css/chaos.css"));
            assertThat(sheets.get(3)).endsWith("css/" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".css");
        }
    }

    @Test
    void everyNamedSheetAndTheIconCanBeRead() throws Exception {
        for (Theme theme : Theme.values()) {
            for (String sheet : Assets.stylesheets(theme)) {
                try (InputStream in = new URL(sheet).openStream()) {
                    assertThat(in.readAllBytes()).as(sheet).isNotEmpty();
                }
            }
        }
        try (InputStream in = Assets.find(Assets.ICON).openStream()) {
            assertThat(in.readNBytes(8)).as("a PNG signature").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void aMissingAssetSaysWhereItWasLookedForAndHowToFixIt() {
        assertThatThrownBy(() -> Assets.find("css/missing.css"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("asset css/missing.css is missing: it is neither on the class path under /assets nor at ")
                .hasMessageEndingWith("; rebuild with mvn package or start from the project folder");
    }

    @Test
    void anAssetOnTheClassPathIsFoundThere() {
        URL url = Assets.find("css/light.css");
        assertThat(url.toExternalForm()).contains("assets/css/light.css");
    }
}
