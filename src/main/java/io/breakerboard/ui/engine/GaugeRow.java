package io.breakerboard.ui.engine;

/**
 * A bulkhead or a rate limiter: how full it is.
 *
 * @param name  agent instance or model
 * @param value {@code 2 / 8 in flight}, {@code 12 of 50 free per 1.00 s}
 * @param fill  0..1, how much of it is in use
 */
public record GaugeRow(String name, String value, double fill) {
}
