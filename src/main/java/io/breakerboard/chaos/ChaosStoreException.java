package io.breakerboard.chaos;

/** Experiments or reports could not be read from or written to the store; the message says which and why. */
public class ChaosStoreException extends RuntimeException {
    public ChaosStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
