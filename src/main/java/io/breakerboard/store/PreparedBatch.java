package io.breakerboard.store;

import io.breakerboard.model.Execution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Finishes a chunk for one store: what it adds to the executions, their keys and their (unpacked) block. */
    @FunctionalInterface
    interface ChunkMaker {
        Chunk make(List<Execution> executions, List<String> keys, ExecutionBlock block);
    }

    private final List<Chunk> chunks;
    private final int repeats;

    /**
     * Splits {@code batch} into transactions of at most {@code chunkSize}, drops a key repeated in the batch (over the
     * whole batch: a later chunk must not take a repeated key for a newer version of the first) and hands each
     * chunk, with its block of import times {@code importedAtMicros}, to {@code maker}.
     */
    static PreparedBatch split(List<Execution> batch, long importedAtMicros, int chunkSize, ChunkMaker maker) {
        List<Chunk> chunks = new ArrayList<>();
        int repeats = 0;
        Set<String> seen = new HashSet<>(batch.size() * 4 / 3 + 1);
        for (int from = 0; from < batch.size(); from += chunkSize) {
            List<Execution> part = batch.subList(from, Math.min(batch.size(), from + chunkSize));
            List<Execution> executions = new ArrayList<>(part.size());
            List<String> keys = new ArrayList<>(part.size());
            for (Execution e : part) {
                if (seen.add(e.key())) {
                    executions.add(e);
                    keys.add(e.key());
                } else {
                    repeats++;
                }
            }
            long[] imported = new long[executions.size()];
            Arrays.fill(imported, importedAtMicros);
            chunks.add(maker.make(executions, keys, ExecutionBlock.of(0, executions, imported)));
        }
        return new PreparedBatch(chunks, repeats);
    }

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
