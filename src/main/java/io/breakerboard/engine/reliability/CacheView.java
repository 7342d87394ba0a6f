package io.breakerboard.engine.reliability;

/**
 * The tool-result cache.
 *
 * @param hits        lookups answered from the cache
 * @param misses      lookups that had to call the tool
 * @param stale       expired entries served by a fallback
 * @param entries     entries held
 * @param savedMicros what the hits would have cost at the tools' prices, in micro-dollars
 */
public record CacheView(long hits, long misses, long stale, int entries, long savedMicros) {
    public static final CacheView EMPTY = new CacheView(0, 0, 0, 0, 0);

    /** Hits over lookups, 0..1; 0 when nothing was looked up. */
    public double hitRate() {
        long n = hits + misses;
        return n == 0 ? 0 : (double) hits / n;
    }
}
