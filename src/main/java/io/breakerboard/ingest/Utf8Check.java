package io.breakerboard.ingest;

/**
 * Finds the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), so a
 * line with one is quarantined as it is rather than stored with U+FFFD in place of what it said.
 */
public final class Utf8Check {
    private Utf8Check() {
    }

    /** Offset from {@code start} of the first invalid byte, or -1 when the bytes are valid UTF-8. */
    public static int firstInvalid(byte[] bytes, int start, int length) {
        int end = start + length;
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return i - start;
            }
            int cp = b & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= end || (bytes[i + k] & 0xC0) != 0x80) {
                    return i - start;
                }
                cp = (cp << 6) | (bytes[i + k] & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i - start;
            }
            i += need + 1;
        }
        return -1;
    }
}
