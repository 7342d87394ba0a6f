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
     * Whether one execution gathers records from all over a file (a session, the spans of a trace), so that lines
     * appended to a followed file mean nothing alone: the tailer then reads the whole file again as it grows, and
     * the store replaces the executions that grew. False for formats with one record per line.
     */
    default boolean assemblesAcrossLines() {
        return false;
    }

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
