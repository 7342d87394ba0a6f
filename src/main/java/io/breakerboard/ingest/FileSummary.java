package io.breakerboard.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param file        the file path
 * @param format      id of the detected format, or null when the file was refused
 * @param executions  executions read (new plus duplicates)
 * @param steps       steps read
 * @param quarantined records rejected and kept in quarantine
 * @param duplicates  executions skipped because their key was stored already
 * @param elapsed     time spent
 * @param error       why the file was refused or stopped, or null when it was read to the end
 * @param messages    the first rejection messages, {@code file:line: reason}
 */
public record FileSummary(String file, String format, long executions, long steps, long quarantined, long duplicates,
                          Duration elapsed, String error, List<String> messages) {
    public FileSummary {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** New executions stored. */
    public long imported() {
        return executions - duplicates;
    }

    public boolean ok() {
        return error == null;
    }
}
