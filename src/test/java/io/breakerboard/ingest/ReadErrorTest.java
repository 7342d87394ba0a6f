package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.breakerboard.demo.SampleLogGenerator;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.model.Execution;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read error part way through a file reaches the importer, for every format, instead of ending the file
 * quietly as if it were complete; the importer then reports the file as stopped early.
 */
class ReadErrorTest {
    private static final List<String> TRACE_FIXTURES = List.of("otlp/agent-trace.json", "otlp/collector-lines.jsonl",
            "langfuse/list.json", "langsmith/runs.json", "atif/multi.json", "claude-code/session.jsonl",
            "codex/rollout.jsonl");

    private static final ParseSink NOWHERE = new ParseSink() {
        @Override
        public void execution(Execution execution) {
        }

        @Override
        public void reject(long line, String reason, String raw) {
        }
    };

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeLogs() throws IOException {
        new SampleLogGenerator().writeSampleLogs(dir);
        for (String fixture : TRACE_FIXTURES) {
            try (InputStream in = ReadErrorTest.class.getResourceAsStream("/fixtures/" + fixture)) {
                Files.write(dir.resolve(Path.of(fixture).getFileName()), in.readAllBytes());
            }
        }
    }

    static Stream<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void aReadErrorHalfwayIsNotMistakenForTheEndOfTheFile(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        LogFormat format = new FormatDetector(Formats.all()).detect(file);
        LogSource failing = LogSource.of(file.toString(), bytes.length,
                () -> new FailsAfter(Files.newInputStream(file), bytes.length / 2), () -> false);

        Throwable thrown = catchThrowable(() -> format.parse(failing, NOWHERE));

        assertThat(thrown).as(format.id() + " on " + file.getFileName()).isNotNull();
        Throwable cause = thrown instanceof UncheckedIOException ? thrown.getCause() : thrown;
        assertThat(cause).isInstanceOf(IOException.class).hasMessage("Input/output error");
    }

    /** Reads like the file until {@code limit} bytes, then fails as a disk does. */
    private static final class FailsAfter extends FilterInputStream {
        private long left;

        FailsAfter(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            check(1);
            int b = super.read();
            left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check(len);
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }

        private void check(int wanted) throws IOException {
            if (left <= 0 && wanted > 0) {
                throw new IOException("Input/output error");
            }
        }
    }
}
