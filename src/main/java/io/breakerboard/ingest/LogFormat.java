package io.breakerboard.ingest;

import java.io.IOException;

/**
 * One log format: recognises itself from a sample of a file's content and parses a stream into executions.
 * Implementations are stateless and thread-safe; all per-file state lives inside {@link #parse}.
 */
public interface LogFormat {

    /** Stable id, stored with each execution, e.g. {@code otlp-json}. */
    String id();

    /** Name for people, e.g. "OpenTelemetry OTLP/JSON". */
    String displayName();

    /**
     * How sure this format is that the sample is its own: 0 = not mine, 100 = certain. Must look at content,
     * not only the file name, and must be cheap: it runs for every format on every file.
     */
    int sniff(Sample sample);

    /**
     * Reads the whole source, streaming, handing each execution to the sink as soon as it is complete and each
     * bad record to {@link ParseSink#reject}. Must not hold the whole file in memory when the format allows
     * streaming (line formats always do).
     *
     * @throws IOException             when the source cannot be read
     * @throws MalformedLogException   when the file as a whole is unusable (not when a single record is)
     */
    void parse(LogSource source, ParseSink sink) throws IOException;
}
