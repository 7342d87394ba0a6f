package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.breakerboard.ingest.format.AdversarialInput;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.model.ValueRanges;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.Store;
import io.breakerboard.metrics.RollupMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Damaged files of every format through the real importer into a real store: each summary adds up against what
 * the store itself holds afterwards, a second import adds nothing, and nothing stored is outside the documented
 * ranges. Each file is drawn from a fixed seed, so a failure names the file to reproduce.
 */
class AdversarialImportTest {
    private static final int FILES_IMPORTED = 300;
    private static final long SEED = 20261205L;
    private static final AtomicInteger FILES = new AtomicInteger();
    private static Path dir;
    private static Store store;
    private static Pipeline pipeline;
    private static Importer importer;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("adversarial-import");
        store = Store.open(dir.resolve("data"), Clock.systemUTC());
        pipeline = new Pipeline(store.executions(), store.quarantine(), store.rollups(), new RollupMetrics(Clock.systemUTC()),
                UnaryOperator.identity(), UnaryOperator.identity());
        importer = new Importer(new FormatDetector(Formats.all()), pipeline, Clock.systemUTC());
    }

    @AfterAll
    static void close() throws IOException {
        pipeline.close();
        store.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyRecordIsAccountedForAgainstTheStoreAndASecondImportAddsNothing() throws IOException {
        for (int i = 0; i < FILES_IMPORTED; i++) {
            AdversarialInput input = AdversarialInput.random(new Random(SEED + i));
            importTwice(input.bytes(), "file " + i + " (seed " + (SEED + i) + "): " + input);
        }
    }

    private static void importTwice(byte[] bytes, String which) throws IOException {
        Path file = Files.write(dir.resolve("in-" + FILES.incrementAndGet() + ".log"), bytes);
        long before = store.executions().count();

        FileSummary first = importOnce(file);

        long stored = store.executions().count() - before;
        assertThat(first.imported()).as(which + ": " + first.accounting()).isEqualTo(stored);
        assertThat(first.recordsRead()).as(which + ": " + first.accounting())
                .isEqualTo(first.imported() + first.duplicates() + first.updated() + first.quarantined());
        // A refusal or a document that cannot be parsed as a whole is an answer; a reader or store failure is not.
        assertThat(first.problem()).as(which).satisfiesAnyOf(p -> assertThat(p).isNull(),
                p -> assertThat(p).doesNotContain("reader failed", "could not store"));

        FileSummary again = importOnce(file);

        assertThat(again.imported()).as(which + ": " + again.accounting()).isZero();
        assertThat(again.updated()).as(which + ": " + again.accounting()).isZero();
        assertThat(store.executions().count()).isEqualTo(before + stored);
        List<String> outOfRange = new ArrayList<>();
        store.executions().forEach(e -> {
            String problem = ValueRanges.problem(e);
            if (problem != null) {
                outOfRange.add(e.key() + ": " + problem);
            }
        });
        assertThat(outOfRange).as(which + ": stored values outside the documented ranges").isEmpty();
    }

    private static FileSummary importOnce(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                List<FileSummary> summaries = importer.importPaths(List.of(file), ImportListener.NONE, () -> false);
                assertThat(summaries).hasSize(1);
                return summaries.get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
