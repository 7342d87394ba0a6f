package io.breakerboard.lab;

/** A lab run could not be saved or read; the message says which and why. */
public final class LabStoreException extends RuntimeException {
    public LabStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
