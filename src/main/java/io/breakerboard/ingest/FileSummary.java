package io.breakerboard.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What importing one file did. Every record read is accounted for:
 * {@code recordsRead = imported + duplicates + updated + quarantined}, where a record is what one format turns
 * into one execution or one quarantine entry (a line, a CSV row, a document, an assembled trace or session; see
 * docs/log-formats.md).
 *
 * @param file        the file path
 * @param format      id of the detected format, or null when the file was refused
 * @param executions  executions read (new, duplicates and updated)
 * @param steps       steps read
 * @param quarantined records rejected and kept in quarantine
 * @param duplicates  executions skipped because their key was stored already
 * @param updated     executions that replaced a stored one with the same key (a session that grew); 0 until the
 *                    store reports replacements
 * @param elapsed     time spent
 * @param error       why the file was refused or stopped, or null when it was read to the end
 * @param stoppedAt   where reading stopped when the file was not read to the end, else null
 * @param messages    the first rejection messages, {@code file:line: reason}
 */
public record FileSummary(String file, String format, long executions, long steps, long quarantined, long duplicates,
                          long updated, Duration elapsed, String error, Position stoppedAt, List<String> messages) {

    /**
     * A place in a file.
     *
     * @param line  1-based line last read, 0 when the format reads the file as one document and cannot tell
     * @param bytes bytes of the file read before the stop
     */
    public record Position(long line, long bytes) {
        /** {@code line 12, byte 4,096} or {@code byte 4,096}. */
        @Override
        public String toString() {
            return (line > 0 ? "line " + line + ", " : "") + "byte " + bytes;
        }
    }

    public FileSummary {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** A summary without updates, read to the end or refused. */
    public FileSummary(String file, String format, long executions, long steps, long quarantined, long duplicates,
                       Duration elapsed, String error, List<String> messages) {
        this(file, format, executions, steps, quarantined, duplicates, 0, elapsed, error, null, messages);
    }

    /** Records read: executions assembled plus records quarantined. */
    public long recordsRead() {
        return executions + quarantined;
    }

    /** New executions stored. */
    public long imported() {
        return executions - duplicates - updated;
    }

    /** True when the file was read to the end. Quarantined records do not change that. */
    public boolean ok() {
        return error == null;
    }

    /** True when no format could read the file, or it is not a regular file: nothing of it was read. */
    public boolean refused() {
        return format == null && error != null;
    }

    /** True when reading began but did not reach the end: an I/O error, a cancel, a store failure, a broken file. */
    public boolean stoppedEarly() {
        return format != null && error != null;
    }

    /**
     * What went wrong in words, null when the file was read to the end: the refusal, or
     * {@code stopped early at line 12, byte 4096: reason}.
     */
    public String problem() {
        if (error == null) {
            return null;
        }
        return stoppedEarly() && stoppedAt != null ? "stopped early at " + stoppedAt + ": " + error : error;
    }

    /** {@code 12 read = 8 new + 2 duplicates + 0 updated + 2 quarantined}. */
    public String accounting() {
        return recordsRead() + " read = " + imported() + " new + " + duplicates + " duplicates + " + updated
                + " updated + " + quarantined + " quarantined";
    }
}
