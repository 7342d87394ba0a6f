package io.breakerboard.store;

import java.util.Arrays;

/**
 * Key hash to execution id, for every stored execution: an open-addressing table of two primitive arrays
 * (16 bytes a slot, at most three quarters full), so a million executions take about 32 MB and a look-up
 * touches one or two cache lines. A hash may map to several ids (two keys that collide): each gets its own
 * slot. Not thread-safe.
 */
final class KeyIndex {
    private static final long[] NONE = new long[0];

    private long[] hashes;
    private long[] ids;
    private int size;

    KeyIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected + expected / 2) * 2 - 1);
        hashes = new long[capacity];
        ids = new long[capacity];
    }

    int size() {
        return size;
    }

    /** @param id an execution id, at least 1 (0 marks an empty slot) */
    void add(long hash, long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("execution ids start at 1, got " + id);
        }
        if ((size + 1) * 4L > hashes.length * 3L) {
            grow();
        }
        put(hashes, ids, hash, id);
        size++;
    }

    /** Whether some stored key may have this hash; false means no stored key has it. */
    boolean contains(long hash) {
        int mask = hashes.length - 1;
        for (int i = slot(hash, mask); ids[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the executions whose key has this hash; nearly always none or one. */
    long[] idsOf(long hash) {
        int mask = hashes.length - 1;
        long[] found = NONE;
        for (int i = slot(hash, mask); ids[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = ids[i];
            }
        }
        return found;
    }

    private void grow() {
        long[] newHashes = new long[hashes.length * 2];
        long[] newIds = new long[ids.length * 2];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != 0) {
                put(newHashes, newIds, hashes[i], ids[i]);
            }
        }
        hashes = newHashes;
        ids = newIds;
    }

    private static void put(long[] hashes, long[] ids, long hash, long id) {
        int mask = hashes.length - 1;
        int i = slot(hash, mask);
        while (ids[i] != 0) {
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        ids[i] = id;
    }

    private static int slot(long hash, int mask) {
        return (int) hash & mask;
    }
}
