package io.breakerboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One way to write each unit, wherever a person reads it. */
class UnitsTest {

    @Test
    void measuredDurationsPickTheUnitThatReadsBest() {
        assertThat(Units.duration(null)).isEmpty();
        assertThat(Units.duration(Duration.ZERO)).isEqualTo("0 ms");
        assertThat(Units.duration(Duration.ofNanos(420_000))).isEqualTo("420 µs");
        assertThat(Units.duration(Duration.ofMillis(340))).isEqualTo("340 ms");
        assertThat(Units.duration(Duration.ofMillis(1_240))).isEqualTo("1.24 s");
        assertThat(Units.duration(Duration.ofSeconds(192))).isEqualTo("3 min 12 s");
        assertThat(Units.duration(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(Units.duration(Duration.ofMillis(-340))).isEqualTo("-340 ms");
    }

    @Test
    void setDurationsUseTheLargestExactUnitSoTheyReadBackAsTyped() {
        assertThat(Units.setting(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(Units.setting(Duration.ofHours(24))).isEqualTo("24 h");
        assertThat(Units.setting(Duration.ofDays(7))).isEqualTo("7 d");
        assertThat(Units.setting(Duration.ofSeconds(90))).isEqualTo("90 s");
        assertThat(Units.setting(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(Units.setting(Duration.ofMillis(1_500))).isEqualTo("1.5 s");
        assertThat(Units.setting(Duration.ZERO)).isEqualTo("0 s");
    }

    @Test
    void spansAreRoundedForDescriptions() {
        assertThat(Units.span(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Units.span(Duration.ofMillis(1_500))).isEqualTo("1.5 s");
        assertThat(Units.span(Duration.ofMinutes(2))).isEqualTo("2 min");
        assertThat(Units.span(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(Units.span(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    }

    @Test
    void bucketsNameTheirWidth() {
        assertThat(Units.bucket(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Units.bucket(Duration.ofMinutes(15))).isEqualTo("15 min");
        assertThat(Units.bucket(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(Units.bucket(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(Units.bucket(Duration.ofDays(7))).isEqualTo("7 days");
    }

    @Test
    void ratiosCountsAndRates() {
        assertThat(Units.percent(0.973)).isEqualTo("97.3%");
        assertThat(Units.percent(Double.NaN)).isEqualTo("–");
        assertThat(Units.percent(1, 8)).isEqualTo("12.5%");
        assertThat(Units.percent(3, 0)).isEqualTo("–");
        assertThat(Units.count(12_345)).isEqualTo("12,345");
        assertThat(Units.number(140.0)).isEqualTo("140");
        assertThat(Units.number(33.333)).isEqualTo("33.3");
        assertThat(Units.perMinute(1_240)).isEqualTo("1,240/min");
        assertThat(Units.perMinute(3.5)).isEqualTo("3.5/min");
        assertThat(Units.perMinute(0.04)).isEqualTo("0.04/min");
    }

    @Test
    void moneyIsCentsAboveACentAndFourPlacesBelow() {
        assertThat(Units.money(12_345_678)).isEqualTo("$12.35");
        assertThat(Units.money(3_100)).isEqualTo("$0.0031");
        assertThat(Units.measured(840, "ms")).isEqualTo("840 ms");
        assertThat(Units.measured(12.5, "%")).isEqualTo("12.5%");
    }
}
