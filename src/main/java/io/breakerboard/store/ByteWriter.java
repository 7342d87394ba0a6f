package io.breakerboard.store;

import java.nio.charset.StandardCharsets;
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
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeUnsigned(utf8.length + 1L);
        writeBytes(utf8, 0, utf8.length);
    }

    /** The UTF-8 bytes of {@code text} from char {@code from} on, after their length (not plus one). */
    void writeUtf8Tail(String text, int from) {
        byte[] utf8 = (from == 0 ? text : text.substring(from)).getBytes(StandardCharsets.UTF_8);
        writeUnsigned(utf8.length);
        writeBytes(utf8, 0, utf8.length);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
