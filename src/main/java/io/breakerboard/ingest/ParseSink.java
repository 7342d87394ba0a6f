package io.breakerboard.ingest;

import io.breakerboard.model.Execution;

/** Receives what a {@link LogFormat} reads. */
public interface ParseSink {

    /** A complete execution. Formats set key, agent, start and outcome; source and format are filled in later. */
    void execution(Execution execution);

    /**
     * A record that could not be read. The rest of the file goes on being parsed.
     *
     * @param line   1-based line number (the first line of the record), 0 when the whole file is meant
     * @param reason what is wrong, in words a user can act on ("missing field 'timestamp'")
     * @param raw    the raw text of the record
     */
    void reject(long line, String reason, String raw);
}
