package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertStoreException;
import io.breakerboard.store.StoreException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theDefaultIsTheHiddenFolderInTheUsersHome() {
        assertThat(DataDirectory.defaultPath()).isEqualTo(Path.of(System.getProperty("user.home"), ".breakerboard"));
    }

    @Test
    void aStoreFailureIsTheUsersToFixAnythingElseIsNot() {
        assertThat(DataDirectory.isStoreFailure(new StoreException("data directory /x is in use", null))).isTrue();
        assertThat(DataDirectory.isStoreFailure(new AlertStoreException("could not save", null))).isFalse();
        assertThat(DataDirectory.isStoreFailure(new IllegalStateException("bug"))).isFalse();
    }
}
