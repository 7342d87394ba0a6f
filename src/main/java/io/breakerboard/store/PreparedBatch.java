package io.breakerboard.store;

import io.breakerboard.model.Execution;
import java.util.List;

/**
 * Executions made ready for {@link ExecutionRepository#insertNew(PreparedBatch)} on the thread that has them:
 * repeated keys dropped (the first stays), keys hashed, content fingerprinted ({@link ExecutionFingerprint}) and
 * every chunk packed as a block, all as if no key were stored yet. The single writer then only checks the stored keys and writes, and packs again only a chunk some of
 * whose keys turn out to be stored. Immutable.
 */
public final class PreparedBatch {
    /** The executions of one transaction, with their keys, hashes and packed block (ids not yet given). */
    record Chunk(List<Execution> executions, List<String> keys, long[] hashes, ExecutionBlock block, byte[] packed) {
    }

    private final List<Chunk> chunks;
    private final int repeats;

    PreparedBatch(List<Chunk> chunks, int repeats) {
        this.chunks = List.copyOf(chunks);
        this.repeats = repeats;
    }

    List<Chunk> chunks() {
        return chunks;
    }

    /** Executions dropped because their key came earlier in the batch. */
    int repeats() {
        return repeats;
    }
}
