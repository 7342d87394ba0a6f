package io.breakerboard.pipeline;

/** Told when new executions were stored and recorded. Called on the writer thread: return quickly. */
@FunctionalInterface
public interface PipelineListener {

    /**
     * @param count       executions just added (duplicates are not counted)
     * @param dataVersion the metrics version that includes them
     */
    void executionsAdded(int count, long dataVersion);
}
