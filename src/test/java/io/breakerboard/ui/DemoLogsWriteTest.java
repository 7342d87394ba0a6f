package io.breakerboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first run's demo logs appear in their folder whole or not at all. */
class DemoLogsWriteTest {
    @TempDir
    Path dataDir;

    @Test
    void aWriteStoppedHalfWayLeavesNoDemoFolderAndTheNextWriteIsWhole() throws IOException {
        Path demo = dataDir.resolve("demo-logs");
        UiOptions.DemoLogs failing = new UiOptions.DemoLogs(demo, folder -> {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("canonical.jsonl"), "{\"half\":");
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> BreakerboardWindow.writeWhole(failing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("No space left on device");
        // A folder here would be taken for the whole demo by the next start, and never written again.
        assertThat(demo).doesNotExist();

        UiOptions.DemoLogs working = new UiOptions.DemoLogs(demo, folder -> {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("audit.jsonl"), "{}\n");
        });
        assertThat(BreakerboardWindow.writeWhole(working)).isEqualTo(demo);

        try (Stream<Path> files = Files.list(demo)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("audit.jsonl");
        }
    }
}
