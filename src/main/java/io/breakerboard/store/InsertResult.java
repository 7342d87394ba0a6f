package io.breakerboard.store;

import io.breakerboard.model.Execution;
import java.util.List;

/**
 * What a batched insert did.
 *
 * @param inserted   the executions stored now, in batch order
 * @param duplicates executions skipped because their key was stored already with the same content, or came twice
 *                   in the batch
 * @param updated    stored executions replaced because their key came back with other content
 */
public record InsertResult(List<Execution> inserted, int duplicates, List<Update> updated) {
    public InsertResult {
        inserted = List.copyOf(inserted);
        updated = List.copyOf(updated);
    }

    /**
     * One stored execution replaced by a newer version of the same key.
     *
     * @param previous the version that was stored, without its steps
     * @param current  the version stored now
     */
    public record Update(Execution previous, Execution current) {
    }
}
