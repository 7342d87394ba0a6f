package io.breakerboard.engine.cache;

import io.breakerboard.engine.reliability.CacheView;
import io.breakerboard.engine.time.EngineClock;
import io.breakerboard.engine.tool.ToolCall;
import io.breakerboard.engine.tool.ToolOutput;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Results of idempotent tool calls, keyed by tool and arguments, fresh for a time-to-live on the engine clock.
 * Expired entries are kept (up to the capacity) so a fallback can serve a stale result when the tool is down.
 * Thread-safe.
 */
public final class ToolResultCache {
    private final EngineClock clock;
    private final Duration ttl;
    private final int capacity;
    private final LinkedHashMap<String, Entry> entries;
    private long hits;
    private long misses;
    private long stale;

    /** One cached result and when it was stored. */
    public record Entry(ToolOutput output, Instant storedAt, long storedNanos) {
    }

    public ToolResultCache(EngineClock clock, Duration ttl, int capacity) {
        if (ttl.isNegative() || ttl.isZero() || capacity < 1) {
            throw new IllegalArgumentException("cache ttl must be positive and capacity at least 1, got " + ttl + ", " + capacity);
        }
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > ToolResultCache.this.capacity;
            }
        };
    }

    /** A result younger than the TTL; counts a hit or a miss. */
    public synchronized Optional<ToolOutput> fresh(ToolCall call) {
        Entry e = entries.get(call.key());
        if (e != null && clock.nanos() - e.storedNanos() < ttl.toNanos()) {
            hits++;
            return Optional.of(e.output());
        }
        misses++;
        return Optional.empty();
    }

    /** Any stored result, however old, for a fallback; counts a stale serve. */
    public synchronized Optional<Entry> any(ToolCall call) {
        Entry e = entries.get(call.key());
        if (e != null) {
            stale++;
        }
        return Optional.ofNullable(e);
    }

    public synchronized void put(ToolCall call, ToolOutput output) {
        entries.put(call.key(), new Entry(output, clock.now(), clock.nanos()));
    }

    public synchronized CacheView view() {
        return new CacheView(hits, misses, stale, entries.size());
    }
}
