package io.breakerboard.ingest;

import java.nio.file.Path;

/**
 * Where following one file stands.
 *
 * @param format     id of the detected format, null until the file has a line a format recognises
 * @param offset     bytes of the current file read so far
 * @param executions executions read from it since it was first followed (duplicates included)
 * @param error      the last problem (file missing, not recognised, unreadable), or null
 */
public record TailStatus(Path file, String format, long offset, long executions, String error) {
}
