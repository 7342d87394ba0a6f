package io.breakerboard.store;

/**
 * The 64-bit hash under which an execution key is de-duplicated. It is stored (table
 * {@code execution_key_hashes}), so changing it needs a migration that rewrites those rows. Equal hashes only
 * say "maybe the same key": the stored key is always compared before an execution counts as a duplicate.
 */
final class KeyHash {
    private KeyHash() {
    }

    static long of(String key) {
        // FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser, so that the low bits (which pick the
        // slot of the in-memory table) depend on every character.
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
