package io.breakerboard.pipeline;

import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import java.util.List;

/** Where executions go once read or produced: the store, the metrics and everyone listening. */
public interface ExecutionSink {

    /**
     * Stores the executions whose keys are not stored yet and skips the rest.
     *
     * @return how many were skipped as duplicates
     */
    int write(List<Execution> batch);

    /** Keeps records that could not be imported. */
    void quarantine(List<QuarantinedRecord> records);

    /** Makes everything written so far durable. */
    void flush();
}
