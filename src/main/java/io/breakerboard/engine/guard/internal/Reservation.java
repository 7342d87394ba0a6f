package io.breakerboard.engine.guard.internal;

/**
 * Money set aside for one model attempt before it is made: its worst case (the request's tokens and the most
 * output tokens it may produce, at the model's price). Settled with what the attempt was billed, never more.
 *
 * @param userId the end user it is spent for
 * @param micros the amount held, micro-dollars
 */
public record Reservation(String userId, long micros) {
}
