package io.breakerboard.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param file        the file path
 * @param format      id of the detected format, or null when the file was refused
 * @param executions  executions read (new plus duplicates plus updated)
 * @param steps       steps read
 * @param quarantined records rejected and kept in quarantine
 * @param duplicates  executions skipped because their key was stored already with the same content
 * @param updated     stored executions replaced because their key came back with other content (a session that
 *                    grew, a trace downloaded again with more spans)
 * @param elapsed     time spent
 * @param error       why the file was refused or stopped, or null when it was read to the end
 * @param messages    the first rejection messages, {@code file:line: reason}
 */
public record FileSummary(String file, String format, long executions, long steps, long quarantined, long duplicates,
                          long updated, Duration elapsed, String error, List<String> messages) {
    public FileSummary {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** New executions stored. */
    public long imported() {
        return executions - duplicates - updated;
    }

    public boolean ok() {
        return error == null;
    }
}
