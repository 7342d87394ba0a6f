package io.breakerboard.store;

import static io.breakerboard.testsupport.Executions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.testsupport.Executions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored key hashes are read back a few rows per query; a restart must still know every stored key. */
class KeyHashesLoadTest {
    @TempDir
    Path dir;

    @Test
    void aRestartedStoreKnowsTheKeysOfEveryInsertWhateverItsRowCount() {
        List<Execution> all = new ArrayList<>();
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            for (int insert = 0; insert < 53; insert++) {
                List<Execution> batch = new ArrayList<>();
                for (int i = 0; i < 3 + insert % 4; i++) {
                    batch.add(Executions.simple("k" + insert + "-" + i, "a", T0.plusSeconds(all.size() + i)));
                }
                store.executions().insertNew(batch);
                all.addAll(batch);
            }
        }

        try (Store reopened = Store.open(dir, Clock.systemUTC())) {
            assertThat(reopened.executions().insertNew(all).inserted()).as("every key is known as stored").isEmpty();
            for (Execution e : List.of(all.get(0), all.get(all.size() / 2), all.get(all.size() - 1))) {
                assertThat(reopened.executions().findByKey(e.key())).contains(e);
            }
            assertThat(reopened.executions().insertNew(List.of(Executions.simple("new", "a", T0))).inserted()).hasSize(1);
        }
    }
}
