package io.breakerboard.engine.reliability;

/**
 * One agent instance's bulkhead.
 *
 * @param name          agent instance
 * @param maxConcurrent calls it may have in flight
 * @param inFlight      calls in flight now
 */
public record BulkheadView(String name, int maxConcurrent, int inFlight) {
}
