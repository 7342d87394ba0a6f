package io.breakerboard.store;

import static io.breakerboard.testsupport.Executions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.testsupport.Executions;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists, pages, trace look-ups and counts read from several threads while one writer imports hundreds of thousands
 * of executions, many of them in batches small enough that the last block is read, extended and written again.
 * Execution {@code i} starts {@code i} milliseconds after the first and every seventh fails, so whatever a reader
 * sees must be exactly the newest executions of some prefix of the import whose length lies between the counts
 * read before and after.
 */
class ConcurrentReadsTest {
    private static final int TOTAL = 200_000;
    /** Small batches after a large one make blocks that grow several times before they reach GROW_BELOW. */
    private static final int[] BATCHES = {2_000, 90, 110, 70, 130, 100, 60};
    private static final int READERS = 3;
    private static final int MAX_READS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void readersDuringAnImportAlwaysSeeOneConsistentPrefixOfIt() throws Exception {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        try (Store store = Store.open(dir, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))) {
            ExecutionRepository executions = (ExecutionRepository) store.executions();
            AtomicBoolean importing = new AtomicBoolean(true);
            AtomicLong stored = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(READERS + 1);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    Random random = new Random(r);
                    readers.add(threads.submit(() -> {
                        for (int i = 0; i < MAX_READS && importing.get(); i++) {
                            try {
                                readOnce(executions, random, i % 5, stored.get());
                                reads.incrementAndGet();
                            } catch (Throwable t) {
                                failures.add(t);
                                return;
                            }
                        }
                    }));
                }
                Future<?> writer = threads.submit(() -> {
                    try {
                        for (int next = 0, b = 0; next < TOTAL; b++) {
                            int size = Math.min(BATCHES[b % BATCHES.length], TOTAL - next);
                            List<Execution> batch = new ArrayList<>(size);
                            for (int i = next; i < next + size; i++) {
                                batch.add(execution(i));
                            }
                            assertThat(executions.insertNew(batch).inserted()).hasSize(size);
                            next += size;
                            stored.set(next);
                        }
                    } finally {
                        importing.set(false);
                    }
                    return null;
                });
                writer.get(10, TimeUnit.MINUTES);
                for (Future<?> reader : readers) {
                    reader.get(1, TimeUnit.MINUTES);
                }
            } finally {
                importing.set(false);
                threads.shutdownNow();
            }
            assertThat(executions.count()).isEqualTo(TOTAL);
        }
        assertThat(failures).as("reads that failed or saw an inconsistent store").isEmpty();
        assertThat(reads.get()).as("reads made during the import").isPositive();
    }

    @Test
    void anEntryTakenBeforeItsBlockGrewReadsTheRowsItNames() throws Exception {
        try (Store store = Store.open(dir, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))) {
            store.executions().insertNew(List.of(execution(0), execution(1), execution(2)));
            store.executions().insertNew(List.of(execution(3), execution(4)));
            try (Connection c = store.database().dataSource().getConnection()) {
                BlockDirectory.Block before = new BlockDirectory.Block(1, 3, 0, 0, 1);

                ExecutionBlock read = BlockTable.read(c, before);

                assertThat(read.rows).isEqualTo(3);
                assertThat(read.texts(BlockColumn.KEY)).containsExactly("k0", "k1", "k2");
                assertThat(read.numbers(BlockColumn.STARTED)).hasSize(3);
                assertThat(read.execution(2)).isEqualTo(execution(2));
                assertThatThrownBy(() -> BlockTable.read(c, new BlockDirectory.Block(1, 6, 0, 0, 1)))
                        .as("a block holding fewer rows than its entry is damaged")
                        .hasMessageContaining("hold 5 rows where execution_blocks lists 6");
            }
        }
    }

    private static Execution execution(int i) {
        Instant start = T0.plusMillis(i);
        return i % 7 == 0 ? Executions.failed(key(i), "beta", start) : Executions.simple(key(i), "alpha", start);
    }

    private static String key(int i) {
        return "k" + i;
    }

    private static void readOnce(ExecutionRepository executions, Random random, int kind, long known) {
        long before = executions.count();
        switch (kind) {
            case 0 -> assertNewestOfAPrefix(executions.find(MetricsFilter.all(), false, 50), 50, before,
                    executions.count(), false);
            case 1 -> assertNewestOfAPrefix(executions.find(MetricsFilter.all(), true, 40), 40, before,
                    executions.count(), true);
            case 2 -> {
                int limit = ExecutionPages.PAGE_SIZE * 2 + 10;
                List<Execution> pages = new ArrayList<>();
                Iterator<Execution> scan = executions.scan(MetricsFilter.all(), false).iterator();
                while (pages.size() < limit && scan.hasNext()) {
                    pages.add(scan.next());
                }
                assertNewestOfAPrefix(pages, limit, before, executions.count(), false);
            }
            case 3 -> {
                if (known > 0) {
                    int i = (int) (known - 1 - random.nextInt((int) Math.min(known, 1_000)));
                    Optional<Execution> found = executions.findByKey(key(i));
                    assertThat(found).as("execution %s, stored before the look-up", key(i))
                            .hasValueSatisfying(e -> assertThat(e.startedAt()).isEqualTo(T0.plusMillis(i)));
                }
            }
            default -> {
                long after = executions.count();
                assertThat(after).as("the count never goes back").isGreaterThanOrEqualTo(before);
                assertThat(before).as("the count holds every execution the writer has stored").isGreaterThanOrEqualTo(known);
            }
        }
    }

    // The list must be the newest executions (failures only when asked) of the first n, for an n in [before, after],
    // as many as the limit allows.
    private static void assertNewestOfAPrefix(List<Execution> list, int limit, long before, long after,
                                              boolean failuresOnly) {
        assertThat(before).isLessThanOrEqualTo(after);
        if (list.isEmpty()) {
            assertThat(before).as("an empty list while executions are stored").isZero();
            return;
        }
        int newest = Integer.parseInt(list.get(0).key().substring(1));
        long lastBefore = before - 1;
        long lastAfter = after - 1;
        if (failuresOnly) {
            lastBefore -= Math.floorMod(lastBefore, 7);
        }
        assertThat((long) newest).as("the newest execution listed, with %d to %d stored", before, after)
                .isBetween(lastBefore, lastAfter);
        int expected = newest;
        for (Execution e : list) {
            assertThat(e.key()).as("list from %s on", key(newest)).isEqualTo(key(expected));
            expected -= failuresOnly ? 7 : 1;
        }
        int older = failuresOnly ? newest / 7 + 1 : newest + 1;
        assertThat(list).as("list from %s on", key(newest)).hasSize(Math.min(limit, older));
    }
}
