package io.breakerboard.testsupport;

import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.ExecutionSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps what it is given in memory, skipping repeated keys like the store does. */
public final class RecordingSink implements ExecutionSink {
    public final List<Execution> executions = new ArrayList<>();
    public final List<QuarantinedRecord> quarantined = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    public int flushes;

    @Override
    public synchronized int write(List<Execution> batch) {
        int duplicates = 0;
        for (Execution e : batch) {
            if (keys.add(e.key())) {
                executions.add(e);
            } else {
                duplicates++;
            }
        }
        return duplicates;
    }

    @Override
    public synchronized void quarantine(List<QuarantinedRecord> records) {
        quarantined.addAll(records);
    }

    @Override
    public synchronized void flush() {
        flushes++;
    }

    public synchronized List<String> keys() {
        return executions.stream().map(Execution::key).toList();
    }
}
