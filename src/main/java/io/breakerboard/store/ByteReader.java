package io.breakerboard.store;

import java.nio.charset.StandardCharsets;

/**
 * Reads what a {@link ByteWriter} wrote, from a position up to a limit. Reading past the limit or a number
 * longer than 64 bits throws {@link IllegalArgumentException} with the offset, for the caller to name what was
 * damaged.
 */
final class ByteReader {
    private final byte[] bytes;
    private int position;
    private final int limit;

    ByteReader(byte[] bytes, int from, int limit) {
        this.bytes = bytes;
        this.position = from;
        this.limit = limit;
    }

    int position() {
        return position;
    }

    boolean hasMore() {
        return position < limit;
    }

    int readByte() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    long readUnsigned() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            byte b = bytes[position++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("a number runs past 64 bits at offset " + position);
    }

    long readSigned() {
        long v = readUnsigned();
        return (v >>> 1) ^ -(v & 1);
    }

    /** A length that must fit in what is left. */
    int readLength() {
        long length = readUnsigned();
        if (length > limit - position) {
            throw new IllegalArgumentException("a length of " + length + " at offset " + position + " runs past the end ("
                    + (limit - position) + " bytes left)");
        }
        return (int) length;
    }

    /** Text written by {@link ByteWriter#writeText}. */
    String readText() {
        long lengthPlusOne = readUnsigned();
        if (lengthPlusOne == 0) {
            return null;
        }
        if (lengthPlusOne - 1 > limit - position) {
            throw new IllegalArgumentException("a text of " + (lengthPlusOne - 1) + " bytes at offset " + position
                    + " runs past the end");
        }
        return utf8((int) (lengthPlusOne - 1));
    }

    /** Text written by {@link ByteWriter#writeUtf8Tail}. */
    String readUtf8Tail() {
        return utf8(readLength());
    }

    /** A reader over the next {@code length} bytes, which this one skips. */
    ByteReader section(int length) {
        need(length);
        ByteReader section = new ByteReader(bytes, position, position + length);
        position += length;
        return section;
    }

    private String utf8(int length) {
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return s;
    }

    private void need(int n) {
        if (n > limit - position) {
            throw new IllegalArgumentException("the data ends at offset " + limit + " where " + n + " more bytes were expected");
        }
    }
}
