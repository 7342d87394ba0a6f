package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.encoding.Input;
import java.io.EOFException;
import java.util.Arrays;

/**
 * Reads a byte array front to back for the sketch library's decoders, and lets names be matched in place
 * instead of being copied out first.
 */
final class ByteCursor implements Input {
    private final byte[] bytes;
    private int position;

    ByteCursor(byte[] bytes, int position) {
        this.bytes = bytes;
        this.position = position;
    }

    @Override
    public boolean hasRemaining() {
        return position < bytes.length;
    }

    @Override
    public byte readByte() throws EOFException {
        if (position >= bytes.length) {
            throw new EOFException("the record ends early");
        }
        return bytes[position++];
    }

    /** Skips {@code length} bytes and returns where they started. */
    int skip(int length) throws EOFException {
        if (length < 0 || length > bytes.length - position) {
            throw new EOFException("the record ends early");
        }
        int start = position;
        position += length;
        return start;
    }

    boolean matches(int start, int length, byte[] other) {
        return other.length == length && Arrays.equals(bytes, start, start + length, other, 0, length);
    }

    int hash(int start, int length) {
        int h = length;
        for (int i = start; i < start + length; i++) {
            h = 31 * h + bytes[i];
        }
        return h;
    }

    byte[] copy(int start, int length) {
        return Arrays.copyOfRange(bytes, start, start + length);
    }
}
