package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.encoding.Input;
import com.datadoghq.sketch.ddsketch.encoding.VarEncodingHelper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the length-prefixed UTF-8 names of persisted rollups. The same few model and error names repeat in
 * every record, so the bytes are compared with the names read recently before a new string is made. One reader
 * serves one restore on one thread.
 */
final class NameReader {
    private static final int MAX_BYTES = 1 << 20;
    private static final int REMEMBERED = 64;

    private final NamePool pool;
    private final byte[][] recentBytes = new byte[REMEMBERED][];
    private final String[] recentNames = new String[REMEMBERED];
    private int remembered;
    private byte[] buffer = new byte[64];

    NameReader(NamePool pool) {
        this.pool = pool;
    }

    String canonical(String name) {
        return pool.canonical(name);
    }

    String read(Input in) throws IOException {
        long length = VarEncodingHelper.decodeUnsignedVarLong(in);
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("a name of " + length + " bytes");
        }
        int n = (int) length;
        if (buffer.length < n) {
            buffer = new byte[Math.max(n, buffer.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            buffer[i] = in.readByte();
        }
        for (int i = 0; i < remembered; i++) {
            byte[] known = recentBytes[i];
            if (known.length == n && Arrays.equals(known, 0, n, buffer, 0, n)) {
                return recentNames[i];
            }
        }
        String name = pool.canonical(new String(buffer, 0, n, StandardCharsets.UTF_8));
        int slot = remembered < REMEMBERED ? remembered++ : n % REMEMBERED;
        recentBytes[slot] = Arrays.copyOf(buffer, n);
        recentNames[slot] = name;
        return name;
    }
}
