package io.breakerboard.ingest;

/** A whole file cannot be read as the format it was detected as. Single bad records are rejected instead. */
public class MalformedLogException extends RuntimeException {
    private final long line;

    public MalformedLogException(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public MalformedLogException(long line, String reason, Throwable cause) {
        super(reason, cause);
        this.line = line;
    }

    /** 1-based line where reading failed, 0 when unknown. */
    public long line() {
        return line;
    }
}
