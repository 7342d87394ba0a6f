package io.breakerboard.store;

import io.breakerboard.model.Execution;
import java.util.List;

/**
 * What a batched insert did.
 *
 * @param inserted   the executions stored now, in batch order
 * @param duplicates executions skipped because their key was stored already or came twice in the batch
 */
public record InsertResult(List<Execution> inserted, int duplicates) {
    public InsertResult {
        inserted = List.copyOf(inserted);
    }
}
