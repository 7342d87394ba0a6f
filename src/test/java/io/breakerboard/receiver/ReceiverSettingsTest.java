package io.breakerboard.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReceiverSettingsTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", ReceiverSettings.DEFAULT_PORT);

    @Test
    void theDefaultsHoldSecondsOfTrafficAndWaitBrieflyForLateChildren() {
        ReceiverSettings s = ReceiverSettings.at(LOOPBACK);
        assertThat(s.grace()).isEqualTo(Duration.ofMillis(300));
        assertThat(s.maxWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.maxPendingSpans()).isEqualTo(50_000);
        assertThat(s.maxPendingTraces()).isEqualTo(10_000);
        assertThat(s.queueCapacity()).isEqualTo(20_000);
        assertThat(s.threads()).isEqualTo(4);
    }

    @Test
    void changingLimitsKeepsTheRest() {
        ReceiverSettings s = ReceiverSettings.builder(LOOPBACK).threads(2).build().withPendingLimits(10, 5)
                .withQueueCapacity(3);
        assertThat(s).isEqualTo(ReceiverSettings.builder(LOOPBACK).threads(2).maxPendingSpans(10).maxPendingTraces(5)
                .queueCapacity(3).build());
    }

    @Test
    void invalidLimitsAreRefusedNamingThem() {
        assertThatThrownBy(() -> ReceiverSettings.builder(LOOPBACK).threads(0).build())
                .hasMessage("maxPendingSpans, maxPendingTraces, queueCapacity and threads must be at least 1, were "
                        + "50000, 10000, 20000, 0");
        assertThatThrownBy(() -> ReceiverSettings.builder(LOOPBACK).maxWait(Duration.ofMillis(100)).build())
                .hasMessageContaining("maxWait must be at least the grace period");
    }
}
