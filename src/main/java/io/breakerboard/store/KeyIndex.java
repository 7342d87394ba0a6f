package io.breakerboard.store;

import java.util.Arrays;

/**
 * Key hash to execution id, for every stored execution, in 8 bytes a slot: each slot packs the id (its low
 * {@value #ID_BITS} bits) with the top {@value #FINGERPRINT_BITS} bits of the key's hash. The hash's low
 * {@value #SEGMENT_BITS} bits pick one of {@value #SEGMENTS} open-addressing tables (linear probing, at most
 * four fifths full, growing by half), and the stored hash bits pick the slot, so a table grows without the full
 * hashes and one table at a time: the heap holds about 12 bytes per stored execution and never twice the index
 * (see {@code docs/decisions/0027-memory-bounded-by-design.md}). Many small tables also keep each array under
 * the size the garbage collector places in whole regions of its own (up to some 40 million executions at a
 * 256 MB heap), which scattered over a small heap left no room for the database's write buffers.
 *
 * <p>As 40 bits of a hash are kept (the table's and the slot's), a look-up may also answer ids of keys whose hash
 * differs: for a new key, with a chance of the number of stored keys in 2<sup>40</sup> (one in 110,000 for ten
 * million). Callers compare the stored key anyway, as two keys may share a whole hash too. Not thread-safe.
 */
final class KeyIndex {
    static final int ID_BITS = 34;
    /** The highest id a slot holds, some 17 billion. */
    static final long MAX_ID = (1L << ID_BITS) - 1;
    private static final int FINGERPRINT_BITS = Long.SIZE - ID_BITS;
    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int MIN_SEGMENT = 32;
    private static final long[] NONE = new long[0];

    private final long[][] segments = new long[SEGMENTS][];
    private final int[] used = new int[SEGMENTS];
    private int size;

    /** @param expected ids about to be added: the tables then are from four fifths to half full */
    KeyIndex(int expected) {
        long perSegment = Math.max(MIN_SEGMENT, (long) expected * 5 / 4 / SEGMENTS);
        for (int s = 0; s < SEGMENTS; s++) {
            // Staggered sizes (up to half larger) make the tables grow at different sizes, so the index as a whole
            // stays about two thirds full instead of being half empty right after they all grow at once.
            segments[s] = new long[(int) Math.min(Integer.MAX_VALUE - 8, perSegment + perSegment * s / (2 * SEGMENTS))];
        }
    }

    int size() {
        return size;
    }

    /** Bytes the slots take on the heap. */
    long footprint() {
        long slots = 0;
        for (long[] table : segments) {
            slots += table.length;
        }
        return slots * Long.BYTES;
    }

    /** @param id an execution id, from 1 to {@link #MAX_ID} */
    void add(long hash, long id) {
        if (id <= 0 || id > MAX_ID) {
            throw new IllegalArgumentException("execution ids run from 1 to " + MAX_ID + ", got " + id);
        }
        int s = segment(hash);
        if ((used[s] + 1) * 5L > segments[s].length * 4L) {
            segments[s] = grown(segments[s]);
        }
        put(segments[s], (hash & ~MAX_ID) | id);
        used[s]++;
        size++;
    }

    /** Whether some stored key may have this hash; false means no stored key has it. */
    boolean contains(long hash) {
        long[] table = segments[segment(hash)];
        for (int i = home(hash, table.length); table[i] != 0; i = next(i, table.length)) {
            if (sameHash(table[i], hash)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the executions whose key may have this hash; nearly always none or one. */
    long[] idsOf(long hash) {
        long[] table = segments[segment(hash)];
        long[] found = NONE;
        for (int i = home(hash, table.length); table[i] != 0; i = next(i, table.length)) {
            if (sameHash(table[i], hash)) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = table[i] & MAX_ID;
            }
        }
        return found;
    }

    private static long[] grown(long[] table) {
        long[] bigger = new long[(int) Math.min(Integer.MAX_VALUE - 8, table.length + (long) table.length / 2 + 1)];
        for (long slot : table) {
            if (slot != 0) {
                put(bigger, slot);
            }
        }
        return bigger;
    }

    private static void put(long[] table, long slot) {
        int i = home(slot, table.length);
        while (table[i] != 0) {
            i = next(i, table.length);
        }
        table[i] = slot;
    }

    private static boolean sameHash(long slot, long hash) {
        return ((slot ^ hash) & ~MAX_ID) == 0;
    }

    private static int segment(long hash) {
        return (int) hash & (SEGMENTS - 1);
    }

    // The slot from the kept hash bits alone (a slot holds nothing else of the hash), scaled to the table's length.
    private static int home(long hashOrSlot, int length) {
        return (int) (((hashOrSlot >>> ID_BITS) * length) >>> FINGERPRINT_BITS);
    }

    private static int next(int i, int length) {
        return i + 1 == length ? 0 : i + 1;
    }
}
