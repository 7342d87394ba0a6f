package io.breakerboard.service;

/**
 * The receiver as the window shows it.
 *
 * @param listening true while it accepts requests
 * @param address   {@code HOST:PORT} it listens on, or last listened on; empty before the first start
 * @param spans     spans accepted since it last started
 * @param stored    executions stored or updated from them
 * @param errors    spans refused, requests refused while busy, executions quarantined or not written
 * @param pending   spans waiting for their trace to complete
 */
public record ReceiverStatus(boolean listening, String address, long spans, long stored, long errors, long pending) {
    public static final ReceiverStatus OFF = new ReceiverStatus(false, "", 0, 0, 0, 0);
}
