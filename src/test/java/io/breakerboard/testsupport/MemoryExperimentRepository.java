package io.breakerboard.testsupport;

import io.breakerboard.chaos.ExperimentRepository;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Saved experiments in memory, for tests that need the real chaos control without a database. */
public final class MemoryExperimentRepository implements ExperimentRepository {
    private final Map<String, String> saved = new TreeMap<>();

    @Override
    public synchronized Map<String, String> all() {
        return Map.copyOf(saved);
    }

    @Override
    public synchronized void save(String name, String json, Instant at) {
        saved.put(name, json);
    }

    @Override
    public synchronized boolean delete(String name) {
        return saved.remove(name) != null;
    }
}
