package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.AlertTransition;
import java.util.ArrayDeque;
import java.util.List;

/** The latest transitions in order, the oldest dropped past a limit. Not thread-safe: the engine guards it. */
public final class TransitionLog {
    private final ArrayDeque<AlertTransition> entries = new ArrayDeque<>();
    private int limit;

    public TransitionLog(int limit) {
        this.limit = limit;
    }

    public void add(AlertTransition t) {
        entries.addLast(t);
        trim();
    }

    public void limit(int newLimit) {
        limit = newLimit;
        trim();
    }

    /** Oldest first. */
    public List<AlertTransition> all() {
        return List.copyOf(entries);
    }

    private void trim() {
        while (entries.size() > limit) {
            entries.removeFirst();
        }
    }
}
