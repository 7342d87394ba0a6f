package io.breakerboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;

/** Compares what a dashboard shows, leaving out the version and the time a snapshot was taken. */
final class SnapshotAssert {
    static final Clock CLOCK = Clock.fixed(TestExecutions.T0.plusSeconds(86_400 * 30), ZoneOffset.UTC);

    private SnapshotAssert() {
    }

    static void assertSameFigures(DashboardSnapshot actual, DashboardSnapshot expected) {
        assertThat(actual.total()).isEqualTo(expected.total());
        assertThat(actual.agents()).isEqualTo(expected.agents());
        assertThat(actual.models()).isEqualTo(expected.models());
        assertThat(actual.bucket()).isEqualTo(expected.bucket());
        assertThat(actual.series()).isEqualTo(expected.series());
    }
}
