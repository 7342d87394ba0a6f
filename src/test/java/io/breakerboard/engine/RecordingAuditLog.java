package io.breakerboard.engine;

import io.breakerboard.engine.guard.internal.AuditLog;
import io.breakerboard.engine.guard.internal.AuditRecord;
import java.util.ArrayList;
import java.util.List;

/** Keeps audit records in memory. */
public final class RecordingAuditLog implements AuditLog {
    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized void append(AuditRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    public synchronized List<AuditRecord> records() {
        return new ArrayList<>(records);
    }
}
