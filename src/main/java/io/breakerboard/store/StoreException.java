package io.breakerboard.store;

/** The database could not do what was asked; the message names the data directory or the record and says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
