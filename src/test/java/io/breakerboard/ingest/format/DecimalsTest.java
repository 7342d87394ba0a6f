package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void formatsScaledValuesWithoutTrailingZeros() {
        assertThat(Decimals.format(1_500, 6)).isEqualTo("0.0015");
        assertThat(Decimals.format(12_000_000, 6)).isEqualTo("12");
        assertThat(Decimals.format(1_234_500_000, 6)).isEqualTo("1234.5");
        assertThat(Decimals.format(0, 6)).isEqualTo("0");
        assertThat(Decimals.format(-250_000, 6)).isEqualTo("-0.25");
        assertThat(Decimals.format(-1_250_000, 6)).isEqualTo("-1.25");
    }

    @Test
    void parsesDecimalTextExactly() {
        assertThat(Decimals.parse("0.0031", 6)).isEqualTo(3_100);
        assertThat(Decimals.parse("12", 6)).isEqualTo(12_000_000);
        assertThat(Decimals.parse("-0.25", 6)).isEqualTo(-250_000);
        assertThat(Decimals.parse(".5", 6)).isEqualTo(500_000);
        assertThat(Decimals.parse("1.5e-3", 6)).isEqualTo(1_500);
        assertThat(Decimals.parse("0.1234565", 6)).isEqualTo(123_457);
        assertThat(Decimals.parse("0.1234564", 6)).isEqualTo(123_456);
    }

    @Test
    void roundTripsThroughText() {
        for (long v : new long[] {0, 1, 9, 10, 999_999, 1_000_000, 1_000_001, 123_456_789_012L, -42}) {
            assertThat(Decimals.parse(Decimals.format(v, 6), 6)).isEqualTo(v);
        }
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String bad : new String[] {"", "-", ".", "1.2.3", "abc", "12$", "1,5"}) {
            assertThatThrownBy(() -> Decimals.parse(bad, 6)).as(bad).isInstanceOf(NumberFormatException.class);
        }
    }
}
