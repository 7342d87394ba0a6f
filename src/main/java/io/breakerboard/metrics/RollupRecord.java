package io.breakerboard.metrics;

/**
 * The persisted form of one rollup: everything known about one agent in one minute, serialised.
 *
 * @param agent  agent name
 * @param minute minutes since the epoch (UTC)
 * @param state  opaque serialised aggregate, read back by {@link Metrics#restore}
 */
public record RollupRecord(String agent, long minute, byte[] state) {
}
