package io.breakerboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.service.StoreLocation;
import io.breakerboard.service.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window opens the store chosen in its settings on the next start, unless --database says otherwise. */
class AppStoreChoiceTest {
    @TempDir
    Path dir;

    @Test
    void theSavedChoiceIsOpenedAndTheCommandLineWins() {
        assertThat(App.storeLocation(new String[0], dir)).isEqualTo(StoreLocation.of(dir));

        new StoreSettings(dir, StoreLocation.of(dir)).save(Optional.of("postgresql://ops@db.example:5432/fleet"));
        assertThat(App.storeLocation(new String[0], dir).team()).get().hasToString("postgresql://ops@db.example:5432/fleet");
        assertThat(App.storeLocation(new String[] {"--database=postgresql://me@other:5433/mine"}, dir).team()).get()
                .hasToString("postgresql://me@other:5433/mine");

        new StoreSettings(dir, StoreLocation.of(dir)).save(Optional.empty());
        assertThat(App.storeLocation(new String[0], dir)).isEqualTo(StoreLocation.of(dir));
    }

    @Test
    void aBrokenSettingsFileStopsTheStartWithItsName() throws Exception {
        Files.writeString(dir.resolve(StoreSettings.FILE_NAME), "{\"store\": \"postgresql\", \"database\": \"fleet\"}");
        assertThatThrownBy(() -> App.storeLocation(new String[0], dir)).hasMessageContaining(StoreSettings.FILE_NAME)
                .hasMessageContaining("The address takes postgresql://");
    }
}
