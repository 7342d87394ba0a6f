package io.breakerboard.engine;

import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.ExecutionSink;
import java.util.ArrayList;
import java.util.List;

/** Collects what the engine writes. */
public final class ListSink implements ExecutionSink {
    private final List<Execution> executions = new ArrayList<>();

    @Override
    public synchronized int write(List<Execution> batch) {
        executions.addAll(batch);
        return 0;
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
    }

    @Override
    public void flush() {
    }

    public synchronized List<Execution> executions() {
        return new ArrayList<>(executions);
    }
}
