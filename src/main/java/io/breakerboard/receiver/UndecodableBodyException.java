package io.breakerboard.receiver;

/** A request body that is not the OTLP message its path and Content-Type promise; answered with 400. */
final class UndecodableBodyException extends Exception {
    UndecodableBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
