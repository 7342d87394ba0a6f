package io.breakerboard.metrics;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct name, so tens of thousands of rollups do not each keep their own copy of
 * "gpt-4o" and lookups usually succeed on identity.
 */
final class NamePool {
    private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();

    String canonical(String name) {
        String known = names.get(name);
        if (known != null) {
            return known;
        }
        known = names.putIfAbsent(name, name);
        return known == null ? name : known;
    }
}
