package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.testsupport.Executions;
import io.breakerboard.testsupport.TeamPostgres;
import io.breakerboard.testsupport.WaitFor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team store's server stops in the middle of an import and comes back. */
class PostgresFailoverTest {
    private static final int BATCHES = 40;
    private static final int BATCH = 500;

    @TempDir
    Path dir;

    private static List<Execution> batch(int b) {
        List<Execution> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            batch.add(Executions.simple("f-" + b + "-" + i, "agent-" + i % 3, Executions.T0.plusMillis(b * BATCH + i)));
        }
        return batch;
    }

    @Test
    void anImportCutByAServerRestartFailsClearlyKeepsWhatWasCommittedAndFinishesWhenRunAgain() throws Exception {
        EmbeddedPostgres server = TeamPostgres.startOwn(dir.resolve("pgdata"), 0);
        int port = server.getPort();
        String url = TeamPostgres.url(port, "postgres");
        try (Store store = Store.open(dir.resolve("data"), StoreUrl.parse(url), Clock.systemUTC())) {
            AtomicInteger acknowledged = new AtomicInteger();
            CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> {
                for (int b = 0; b < BATCHES; b++) {
                    store.executions().insertNew(batch(b));
                    acknowledged.incrementAndGet();
                }
            });
            WaitFor.condition(() -> acknowledged.get() >= 3);
            server.close();
            Throwable failure = importing.handle((v, t) -> t).get();
            assertThat(failure).isNotNull();
            assertThat(failure.getCause()).isInstanceOf(StoreException.class);
            assertThat(failure.getCause().getMessage()).contains("team store", "The chunks committed before stay stored");
            int committed = acknowledged.get();
            assertThat(committed).isLessThan(BATCHES);

            server = TeamPostgres.startOwn(dir.resolve("pgdata"), port);
            // Every acknowledged batch is there; at most the one in flight was lost whole, never in part.
            long count = store.executions().count();
            assertThat(count).isIn((long) committed * BATCH, (long) (committed + 1) * BATCH);
            int added = 0;
            for (int b = 0; b < BATCHES; b++) {
                added += store.executions().insertNew(batch(b)).inserted().size();
            }
            assertThat(added).isEqualTo(BATCHES * BATCH - count);
            assertThat(store.executions().count()).isEqualTo(BATCHES * BATCH);
            assertThat(store.shared().latestChange()).isEqualTo(BATCHES * BATCH);
        } finally {
            server.close();
        }
    }
}
