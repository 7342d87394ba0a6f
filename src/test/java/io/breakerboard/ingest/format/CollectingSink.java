package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.model.Execution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a format read, for assertions. */
final class CollectingSink implements ParseSink {
    record Rejected(long line, String reason, String raw) {
    }

    final List<Execution> executions = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();

    @Override
    public void execution(Execution execution) {
        executions.add(execution);
    }

    @Override
    public void reject(long line, String reason, String raw) {
        rejected.add(new Rejected(line, reason, raw));
    }

    Execution only() {
        if (executions.size() != 1) {
            throw new AssertionError("expected one execution, got " + executions.size() + "; rejected: " + rejected);
        }
        return executions.get(0);
    }

    Execution byKey(String key) {
        return executions.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no execution " + key + " in " + executions.stream().map(Execution::key).toList()));
    }

    static CollectingSink parse(LogFormat format, String content) {
        CollectingSink sink = new CollectingSink();
        try {
            format.parse(LogSource.of("test.log", content), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static Sample sample(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes.length, Sample.MAX_BYTES);
        return Sample.of(name, bytes, n, n == bytes.length);
    }
}
