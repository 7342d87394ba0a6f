package io.breakerboard.store;

import java.util.Arrays;

/**
 * A growable byte array for the packed formats of the store: numbers as variable-length integers (seven bits a
 * byte, low bits first; signed ones zig-zag encoded, so small negative numbers stay short) and text as UTF-8
 * after its byte length.
 */
final class ByteWriter {
    private byte[] bytes;
    private int size;

    ByteWriter(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void writeUnsigned(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    void writeSigned(long value) {
        writeUnsigned((value << 1) ^ (value >> 63));
    }

    void writeBytes(byte[] source, int from, int length) {
        ensure(length);
        System.arraycopy(source, from, bytes, size, length);
        size += length;
    }

    /** Appends everything written to {@code other}, after its length. */
    void writeSection(ByteWriter other) {
        writeUnsigned(other.size);
        writeBytes(other.bytes, 0, other.size);
    }

    /** Text or null: its UTF-8 length plus one (0 for null), then the bytes. */
    void writeText(String text) {
        if (text == null) {
            writeUnsigned(0);
            return;
        }
        writeUtf8(text, 0);
    }

    /** The UTF-8 bytes of {@code text} from char {@code from} on, after their length (not plus one). */
    void writeUtf8Tail(String text, int from) {
        int length = utf8Length(text, from);
        writeUnsigned(length);
        encode(text, from, length);
    }

    private void writeUtf8(String text, int from) {
        int length = utf8Length(text, from);
        writeUnsigned(length + 1L);
        encode(text, from, length);
    }

    private void encode(String text, int from, int length) {
        ensure(length);
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = '?'; // a lone surrogate has no UTF-8 form; String.getBytes writes '?' as well
            } else {
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private static int utf8Length(String text, int from) {
        int n = text.length();
        int length = n - from;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    length += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    length += 2;
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    length += 2;
                }
            }
        }
        return length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
