package io.breakerboard.ingest;

/** A file is not a log Breakerboard can read: binary, empty, or claimed by no format. */
public final class UnsupportedLogException extends Exception {
    public UnsupportedLogException(String message) {
        super(message);
    }
}
