package io.breakerboard.metrics;

/**
 * A name shared by every rollup that uses it, with a small dense id so that merging can add into arrays instead
 * of maps.
 */
record PooledName(String text, int id) {
}
