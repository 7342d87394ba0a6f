package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** What a format read from a test input: executions and rejected records. */
record Parsed(List<Execution> executions, List<Reject> rejects) {

    record Reject(long line, String reason, String raw) {
    }

    /** The execution with this key; fails the test when there is none. */
    Execution execution(String key) {
        return executions.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no execution " + key + " in " + keys()));
    }

    Execution only() {
        if (executions.size() != 1) {
            throw new AssertionError("expected one execution, got " + keys());
        }
        return executions.get(0);
    }

    List<String> keys() {
        return executions.stream().map(Execution::key).toList();
    }

    long failedSteps() {
        return executions.stream().flatMap(e -> e.steps().stream()).filter(Step::failed).count();
    }

    static Parsed parse(LogFormat format, LogSource source) throws IOException {
        List<Execution> executions = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        format.parse(source, new ParseSink() {
            @Override
            public void execution(Execution execution) {
                executions.add(execution);
            }

            @Override
            public void reject(long line, String reason, String raw) {
                rejects.add(new Reject(line, reason, raw));
            }
        });
        return new Parsed(executions, rejects);
    }

    static Parsed fixture(LogFormat format, String path) throws IOException {
        return parse(format, LogSource.of(path, text(path)));
    }

    static Parsed text(LogFormat format, String content) throws IOException {
        return parse(format, LogSource.of("inline", content));
    }

    /** A fixture under src/test/resources/fixtures. */
    static String text(String path) {
        try (InputStream in = Parsed.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sample sample(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes.length, Sample.MAX_BYTES);
        return Sample.of(name, bytes, n, n == bytes.length);
    }

    /** The format among {@code formats} that is surest of the sample, or null when none claims it. */
    static LogFormat detect(List<LogFormat> formats, Sample sample) {
        LogFormat best = null;
        int bestScore = 0;
        for (LogFormat f : formats) {
            int score = f.sniff(sample);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }
}
