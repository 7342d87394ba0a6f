package io.breakerboard.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One shared instance per distinct name, so tens of thousands of rollups do not each keep their own copy of
 * "gpt-4o", lookups usually succeed on identity, and merges can index arrays by {@link PooledName#id()}.
 */
final class NamePool {
    private final ConcurrentHashMap<String, PooledName> names = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();

    PooledName pooled(String text) {
        PooledName known = names.get(text);
        return known != null ? known : names.computeIfAbsent(text, t -> new PooledName(t, nextId.getAndIncrement()));
    }

    String canonical(String text) {
        return pooled(text).text();
    }

    /** How many names were pooled: every id is below this. */
    int size() {
        return nextId.get();
    }
}
