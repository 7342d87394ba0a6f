package io.breakerboard.alerts;

/** Alerts or their settings could not be read from or written to the store; the message says which and why. */
public class AlertStoreException extends RuntimeException {
    public AlertStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
