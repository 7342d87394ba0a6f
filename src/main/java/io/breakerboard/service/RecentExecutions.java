package io.breakerboard.service;

import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.ExecutionSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Passes the engine's executions on to the real sink and keeps the newest few, without their steps, so the
 * Engine panel can list what just finished without a database query.
 */
final class RecentExecutions implements ExecutionSink {
    private final ExecutionSink next;
    private final int capacity;
    private final Deque<Execution> newest = new ArrayDeque<>();

    RecentExecutions(ExecutionSink next, int capacity) {
        this.next = next;
        this.capacity = capacity;
    }

    @Override
    public int write(List<Execution> batch) {
        int duplicates = next.write(batch);
        synchronized (this) {
            for (Execution e : batch) {
                newest.addFirst(e.toBuilder().steps(List.of()).build());
                if (newest.size() > capacity) {
                    newest.removeLast();
                }
            }
        }
        return duplicates;
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        next.quarantine(records);
    }

    @Override
    public void flush() {
        next.flush();
    }

    /** Newest first. */
    synchronized List<Execution> newest(int limit) {
        List<Execution> out = new ArrayList<>(Math.min(limit, newest.size()));
        for (Execution e : newest) {
            if (out.size() == limit) {
                break;
            }
            out.add(e);
        }
        return out;
    }
}
