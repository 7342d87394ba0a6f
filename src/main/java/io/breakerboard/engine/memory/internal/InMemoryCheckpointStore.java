package io.breakerboard.engine.memory.internal;

import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.CheckpointStore;
import io.breakerboard.engine.memory.JournalEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checkpoints in memory: survives a failed execution, not a restart of the process. Thread-safe. */
public final class InMemoryCheckpointStore implements CheckpointStore {
    private final Map<String, CheckpointHeader> headers = new LinkedHashMap<>();
    private final Map<String, List<JournalEntry>> journals = new LinkedHashMap<>();

    @Override
    public synchronized void begin(CheckpointHeader header) {
        headers.put(header.executionKey(), header);
        journals.putIfAbsent(header.executionKey(), new ArrayList<>());
    }

    @Override
    public synchronized void record(String executionKey, JournalEntry entry) {
        List<JournalEntry> j = journals.get(executionKey);
        if (j == null) {
            throw new IllegalStateException("no checkpoint begun for execution " + executionKey);
        }
        j.removeIf(e -> e.callIndex() == entry.callIndex() && e.phase() == entry.phase());
        j.add(entry);
    }

    @Override
    public synchronized void pause(String executionKey, java.time.Instant at) {
        headers.computeIfPresent(executionKey, (k, h) -> h.pausedAt(at));
    }

    @Override
    public synchronized void resume(String executionKey, java.time.Duration totalDowntime) {
        headers.computeIfPresent(executionKey, (k, h) -> h.resumedAfter(totalDowntime));
    }

    @Override
    public synchronized void finish(String executionKey) {
        headers.remove(executionKey);
        journals.remove(executionKey);
    }

    @Override
    public synchronized List<CheckpointHeader> unfinished() {
        List<CheckpointHeader> all = new ArrayList<>(headers.values());
        all.sort(Comparator.comparing(CheckpointHeader::startedAt));
        return all;
    }

    @Override
    public synchronized List<JournalEntry> journal(String executionKey) {
        List<JournalEntry> j = new ArrayList<>(journals.getOrDefault(executionKey, List.of()));
        j.sort(Comparator.comparingInt(JournalEntry::callIndex).thenComparing(JournalEntry::phase));
        return j;
    }
}
