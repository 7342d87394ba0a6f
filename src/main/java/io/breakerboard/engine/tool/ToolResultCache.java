package io.breakerboard.engine.tool;

import io.breakerboard.engine.reliability.CacheView;
import io.breakerboard.engine.sim.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Results of idempotent tool calls, keyed by everything the answer depends on ({@link ToolResultKey}), fresh
 * for a time-to-live on the engine clock. Expired entries are kept (up to the capacity) so a fallback can serve
 * a stale result when the tool is down. A hit counts the price of the call it saved. Thread-safe.
 */
public final class ToolResultCache {
    private final EngineClock clock;
    private final Duration ttl;
    private final int capacity;
    private final boolean enabled;
    private final LinkedHashMap<ToolResultKey, Entry> entries;
    private long hits;
    private long misses;
    private long stale;
    private long savedMicros;

    /**
     * One cached result and when it was stored.
     *
     * @param priceMicros what the call that produced it cost; a fresh hit saves that much
     */
    public record Entry(ToolOutput output, Instant storedAt, long storedNanos, long priceMicros) {
    }

    public ToolResultCache(EngineClock clock, Duration ttl, int capacity) {
        this(clock, ttl, capacity, true);
    }

    /** @param enabled false for a cache that never holds anything (every call goes to the tool) */
    public ToolResultCache(EngineClock clock, Duration ttl, int capacity, boolean enabled) {
        if (ttl.isNegative() || ttl.isZero() || capacity < 1) {
            throw new IllegalArgumentException("cache ttl must be positive and capacity at least 1, got " + ttl + ", " + capacity);
        }
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
        this.enabled = enabled;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ToolResultKey, Entry> eldest) {
                return size() > ToolResultCache.this.capacity;
            }
        };
    }

    public boolean enabled() {
        return enabled;
    }

    /** A result younger than the TTL; counts a hit (and the price it saved) or a miss. */
    public synchronized Optional<Entry> fresh(ToolResultKey key) {
        if (!enabled) {
            return Optional.empty();
        }
        Entry e = entries.get(key);
        if (e != null && clock.nanos() - e.storedNanos() < ttl.toNanos()) {
            hits++;
            savedMicros += e.priceMicros();
            return Optional.of(e);
        }
        misses++;
        return Optional.empty();
    }

    /** Any stored result, however old, for a fallback; counts a stale serve. */
    public synchronized Optional<Entry> any(ToolResultKey key) {
        Entry e = entries.get(key);
        if (e != null) {
            stale++;
        }
        return Optional.ofNullable(e);
    }

    /** Stores a result that cost {@code priceMicros} to get. */
    public synchronized void put(ToolResultKey key, ToolOutput output, long priceMicros) {
        if (enabled) {
            entries.put(key, new Entry(output, clock.now(), clock.nanos(), priceMicros));
        }
    }

    public synchronized CacheView view() {
        return new CacheView(hits, misses, stale, entries.size(), savedMicros);
    }
}
