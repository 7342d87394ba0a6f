package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {
    private static int check(byte... bytes) {
        return Utf8Check.firstInvalid(bytes, 0, bytes.length);
    }

    @Test
    void validTextOfEveryLengthPasses() {
        byte[] text = "a ü € 🧾 \uFFFD".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Check.firstInvalid(text, 0, text.length)).isEqualTo(-1);
        assertThat(Utf8Check.firstInvalid(text, 2, text.length - 2)).isEqualTo(-1);
    }

    @Test
    void theFirstBadByteIsFound() {
        assertThat(check((byte) 'P', (byte) 0xFC, (byte) 'f')).as("latin-1 ü").isEqualTo(1);
        assertThat(check((byte) 0xC0, (byte) 0xAF)).as("overlong /").isZero();
        assertThat(check((byte) 0xE0, (byte) 0x80, (byte) 0xAF)).as("overlong three bytes").isZero();
        assertThat(check((byte) 0xED, (byte) 0xA0, (byte) 0x80)).as("a surrogate").isZero();
        assertThat(check((byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80)).as("past U+10FFFF").isZero();
        assertThat(check((byte) 'a', (byte) 0xE2, (byte) 0x82)).as("cut short at the end").isEqualTo(1);
        assertThat(check((byte) 0x80)).as("a lone continuation byte").isZero();
    }
}
