package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.encoding.VarEncodingHelper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the length-prefixed UTF-8 names of persisted rollups. The same few model names repeat in every record,
 * so the bytes are matched in place against the names read before, through a small hash table, and a string
 * is made only for a name not seen yet. One reader serves one restore on one thread.
 */
final class NameReader {
    private static final int MAX_BYTES = 1 << 20;
    private static final int SLOTS = 256;

    private final NamePool pool;
    private final byte[][] slotBytes = new byte[SLOTS][];
    private final PooledName[] slotNames = new PooledName[SLOTS];

    NameReader(NamePool pool) {
        this.pool = pool;
    }

    PooledName read(ByteCursor in) throws IOException {
        long length = VarEncodingHelper.decodeUnsignedVarLong(in);
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("a name of " + length + " bytes");
        }
        int n = (int) length;
        int start = in.skip(n);
        int slot = in.hash(start, n) & (SLOTS - 1);
        byte[] known = slotBytes[slot];
        if (known != null && in.matches(start, n, known)) {
            return slotNames[slot];
        }
        byte[] bytes = in.copy(start, n);
        PooledName name = pool.pooled(new String(bytes, StandardCharsets.UTF_8));
        slotBytes[slot] = bytes;
        slotNames[slot] = name;
        return name;
    }
}
