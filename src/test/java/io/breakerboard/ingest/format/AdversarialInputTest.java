package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.model.Execution;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generated adversarial files for every format, read by the formats themselves: whatever the damage, no exception
 * escapes a reader, no reader hangs, and every rejection says why. {@code AdversarialImportTest} takes such files
 * through the importer into a store.
 */
class AdversarialInputTest {
    private static final int FILES = 1_000;
    private static final long SEED = 20261205L;
    private static final List<LogFormat> FORMATS = Formats.all();

    @Test
    void noReaderThrowsOrHangsAndEveryRejectionSaysWhy() {
        long damaged = 0;
        for (int i = 0; i < FILES; i++) {
            AdversarialInput input = AdversarialInput.random(new Random(SEED + i));
            byte[] bytes = input.bytes();
            damaged += input.damages().size();
            String which = "file " + i + " (seed " + (SEED + i) + "): " + input;

            Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(input.fileName(), bytes),
                    () -> which + " took longer than 20 s");

            assertThat(outcome.rejections()).as(which).allSatisfy(r -> assertThat(r).isNotBlank());
        }
        assertThat(damaged).as("records damaged over all files").isGreaterThanOrEqualTo(10_000L);
    }

    @Test
    @Timeout(60)
    void aHundredThousandDeepNestingIsRejectedByEveryJsonReader() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String seed : AdversarialInput.SEEDS) {
            String text = Parsed.text(seed);
            int at = text.indexOf(':') + 1;
            String damaged = at > 0 ? text.substring(0, at) + deep + text.substring(at) : deep + text;

            Outcome outcome = read(seed, damaged.getBytes(StandardCharsets.UTF_8));

            assertThat(outcome.executions().size() + outcome.rejections().size()).as(seed).isPositive();
        }
    }

    @Test
    @Timeout(120)
    void aFiftyMegabyteLineIsQuarantinedAndTheLinesAroundItImport() throws IOException {
        String line = "{\"execution_id\":\"ex-%s\",\"agent\":\"billing\",\"started_at\":\"2025-01-01T00:00:00Z\","
                + "\"duration_ms\":120,\"outcome\":\"success\"}\n";
        byte[] head = line.formatted("1").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\n" + line.formatted("2")).getBytes(StandardCharsets.UTF_8);
        long hugeLength = 50L * 1024 * 1024;
        LogSource source = LogSource.of("huge.jsonl", head.length + hugeLength + tail.length,
                () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                        hugeLine(hugeLength), new ByteArrayInputStream(tail)))), () -> false);

        Parsed parsed = Parsed.parse(new CanonicalJsonlFormat(), source);

        assertThat(parsed.keys()).hasSize(2).noneMatch(k -> k.contains("huge"));
        assertThat(parsed.rejects()).extracting(Parsed.Reject::line).containsExactly(2L);
    }

    /** {@code {"task": "xxxx…"} } of the given length, streamed, never held whole. */
    private static InputStream hugeLine(long length) {
        byte[] start = "{\"execution_id\": \"huge\", \"task\": \"".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                if (pos >= length) {
                    return -1;
                }
                int b = pos < start.length ? start[(int) pos] : pos == length - 1 ? '}' : pos == length - 2 ? '"' : 'x';
                pos++;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - pos);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
    }

    private record Outcome(List<Execution> executions, List<String> rejections) {
    }

    /** Detects and parses as an import would; a refusal of the whole file is an answer, not a failure. */
    private static Outcome read(String name, byte[] bytes) throws IOException {
        int n = Math.min(bytes.length, Sample.MAX_BYTES);
        LogFormat format = Parsed.detect(FORMATS, Sample.of(name, bytes, n, n == bytes.length));
        List<Execution> executions = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        if (format == null) {
            return new Outcome(executions, List.of("no format claims " + name));
        }
        try {
            format.parse(LogSource.of(name, bytes.length, () -> new ByteArrayInputStream(bytes), () -> false),
                    new ParseSink() {
                        @Override
                        public void execution(Execution execution) {
                            executions.add(execution);
                        }

                        @Override
                        public void reject(long line, String reason, String raw) {
                            rejections.add(reason);
                        }
                    });
        } catch (MalformedLogException e) {
            rejections.add(e.getMessage());
        }
        return new Outcome(executions, rejections);
    }
}
