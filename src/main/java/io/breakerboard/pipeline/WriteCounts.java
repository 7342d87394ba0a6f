package io.breakerboard.pipeline;

/**
 * What a sink did with a batch besides storing new executions.
 *
 * @param duplicates executions skipped because their key was stored already with the same content
 * @param updated    stored executions replaced because their key came back with other content
 */
public record WriteCounts(int duplicates, int updated) {
}
