package io.breakerboard.testsupport;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;

/** A format that claims samples with a fixed score and reads nothing, for detection tests. */
public record FixedFormat(String id, String displayName, int score) implements LogFormat {
    @Override
    public int sniff(Sample sample) {
        return score;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) {
    }
}
