package io.breakerboard.pipeline;

import io.breakerboard.model.Execution;
import java.util.List;

/** Told when new executions were stored and recorded. Called on the writer thread: return quickly. */
@FunctionalInterface
public interface PipelineListener {

    /**
     * @param added       the executions just stored, redacted, and the new versions of stored executions they
     *                    replaced (duplicates are not among them)
     * @param dataVersion the metrics version that includes them
     */
    void executionsAdded(List<Execution> added, long dataVersion);
}
