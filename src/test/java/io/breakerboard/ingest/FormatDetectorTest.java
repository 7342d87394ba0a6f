package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.testsupport.FixedFormat;
import io.breakerboard.testsupport.PipeFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {
    @TempDir
    Path dir;

    private static Sample sample(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return Sample.of("x.log", b, b.length, true);
    }

    @Test
    void theHighestScoreWins() throws Exception {
        FormatDetector d = new FormatDetector(List.of(new FixedFormat("low", "Low", 10), new FixedFormat("high", "High", 70)));
        assertThat(d.detect(sample("anything")).id()).isEqualTo("high");
    }

    @Test
    void aLazyDetectorBuildsItsFormatsOnceWhenFirstAskedFromWhicheverThreadAsks() throws Exception {
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        FormatDetector d = FormatDetector.lazy(() -> {
            built.incrementAndGet();
            return List.of(new FixedFormat("low", "Low", 10), new FixedFormat("high", "High", 70));
        });
        assertThat(built).hasValue(0);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> found = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                found.add(pool.submit(() -> d.detect(sample("anything")).id()));
            }
            for (java.util.concurrent.Future<String> f : found) {
                assertThat(f.get()).isEqualTo("high");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(built).hasValue(1);
        assertThat(d.formats()).extracting(LogFormat::id).containsExactly("low", "high");
    }

    @Test
    void aTieGoesToTheFormatListedFirst() throws Exception {
        FormatDetector d = new FormatDetector(List.of(new FixedFormat("first", "First", 50), new FixedFormat("second", "Second", 50)));
        assertThat(d.detect(sample("anything")).id()).isEqualTo("first");
    }

    @Test
    void aFormatThatFailsToSniffDoesNotBlockTheOthers() throws Exception {
        LogFormat broken = new PipeFormat() {
            @Override
            public int sniff(Sample sample) {
                throw new IllegalStateException("boom");
            }
        };
        FormatDetector d = new FormatDetector(List.of(broken, new PipeFormat()));
        assertThat(d.detect(sample("exec|k|a|1|1|SUCCESS|0")).id()).isEqualTo("pipe");
    }

    @Test
    void aBinaryFileIsRefusedByName() throws Exception {
        Path bin = Files.write(dir.resolve("x.bin"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2});
        FormatDetector d = new FormatDetector(List.of(new PipeFormat()));
        assertThatThrownBy(() -> d.detect(bin)).isInstanceOf(UnsupportedLogException.class)
                .hasMessage("not a log Breakerboard can read: x.bin looks binary");
    }

    @Test
    void textNoFormatClaimsIsRefusedNamingTheFormatsTried() throws Exception {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "dear diary\n");
        FormatDetector d = new FormatDetector(List.of(new PipeFormat(), new FixedFormat("none", "Nothing lines", 0)));
        assertThatThrownBy(() -> d.detect(txt)).isInstanceOf(UnsupportedLogException.class)
                .hasMessage("not a log Breakerboard can read: notes.txt — no format recognised it"
                        + " (tried: pipe test lines, Nothing lines)");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.log"), "");
        assertThatThrownBy(() -> new FormatDetector(List.of(new PipeFormat())).detect(empty))
                .hasMessage("empty.log is empty: there is nothing to import");
    }
}
