package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's saved store choice: what the next start opens, and a hand-edited file that cannot be used. */
class StoreSettingsTest {
    @TempDir
    Path dir;

    @Test
    void nothingSavedMeansTheEmbeddedStoreAndASavedAddressComesBackNormalised() {
        StoreSettings settings = new StoreSettings(dir, StoreLocation.of(dir));
        assertThat(settings.saved()).isEmpty();

        settings.save(Optional.of(" postgres://ops@db.example/fleet?sslmode=require "));
        assertThat(StoreSettings.savedIn(dir)).contains("postgresql://ops@db.example:5432/fleet?sslmode=require");
        assertThat(StoreLocation.of(dir, StoreSettings.savedIn(dir).orElseThrow()).team()).isPresent();

        settings.save(Optional.empty());
        assertThat(StoreSettings.savedIn(dir)).isEmpty();
    }

    @Test
    void anAddressWithAPasswordIsNeverSaved() throws Exception {
        StoreSettings settings = new StoreSettings(dir, StoreLocation.of(dir));
        assertThatThrownBy(() -> settings.save(Optional.of("postgresql://ops:s3cret@db.example/fleet")))
                .hasMessageContaining("must not hold a password").hasMessageNotContaining("s3cret");
        assertThat(Files.exists(dir.resolve(StoreSettings.FILE_NAME))).isFalse();
    }

    @Test
    void aHandEditedFileThatCannotBeUsedIsNamedWithWhatIsWrong() throws Exception {
        Files.writeString(dir.resolve(StoreSettings.FILE_NAME),
                "{\"store\": \"postgresql\", \"database\": \"postgresql://ops:s3cret@db.example/fleet\"}");
        assertThatThrownBy(() -> StoreSettings.savedIn(dir)).hasMessageContaining(StoreSettings.FILE_NAME)
                .hasMessageContaining("must not hold a password").hasMessageNotContaining("s3cret");

        Files.writeString(dir.resolve(StoreSettings.FILE_NAME), "{\"store\": \"mysql\"}");
        assertThatThrownBy(() -> StoreSettings.savedIn(dir)).hasMessageContaining("\"embedded\" or \"postgresql\"");

        Files.writeString(dir.resolve(StoreSettings.FILE_NAME), "{not json");
        assertThatThrownBy(() -> StoreSettings.savedIn(dir)).hasMessageContaining("is not JSON");
    }

    @Test
    void theStoreInUseIsShownWithoutPassword() {
        StoreSettings team = new StoreSettings(dir, StoreLocation.of(dir, "postgresql://ops@db.example:5432/fleet"));
        assertThat(team.inUse()).isEqualTo("the team store postgresql://ops@db.example:5432/fleet");
    }
}
