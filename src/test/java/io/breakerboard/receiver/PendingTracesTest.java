package io.breakerboard.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingTracesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

    private PendingTraces traces(int maxSpans, int maxTraces) {
        return new PendingTraces(maxSpans, maxTraces, Duration.ofSeconds(2), Duration.ofSeconds(60), clock);
    }

    private static SpanRecord span(String trace, String id, String parent) {
        SpanRecord s = new SpanRecord();
        s.traceId = trace;
        s.id = id;
        s.parentId = parent;
        s.start = Instant.parse("2026-03-01T11:59:00Z");
        return s;
    }

    @Test
    void aTraceIsDueOnlyOnceItsRootHasWaitedTheGracePeriod() {
        PendingTraces t = traces(100, 100);
        t.add(span("t", "c", "r"));
        t.add(span("t", "r", null));
        clock.advance(Duration.ofMillis(1999));
        assertThat(t.due()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(t.due()).singleElement().satisfies(r -> {
            assertThat(r.spans()).hasSize(2);
            assertThat(r.early()).isFalse();
        });
        assertThat(t.pendingSpans()).isZero();
    }

    @Test
    void aTraceWhoseRootNeverComesIsHandedOverAfterTheLongestWait() {
        PendingTraces t = traces(100, 100);
        t.add(span("t", "c", "r"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(t.due()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(t.due()).singleElement().satisfies(r -> assertThat(r.early()).isFalse());
    }

    @Test
    void pastTheSpanBoundTheOldestTracesAreHandedOverEarlyAndCounted() {
        PendingTraces t = traces(3, 100);
        t.add(span("a", "1", "r"));
        t.add(span("a", "2", "r"));
        t.add(span("b", "1", "r"));
        t.add(span("b", "2", "r"));
        assertThat(t.due()).singleElement().satisfies(r -> {
            assertThat(r.traceId()).isEqualTo("a");
            assertThat(r.early()).isTrue();
        });
        assertThat(t.flushedEarly()).isEqualTo(1);
        assertThat(t.pendingSpans()).isEqualTo(2);
    }

    @Test
    void pastTheTraceBoundTheOldestTraceIsHandedOverEarly() {
        PendingTraces t = traces(100, 1);
        t.add(span("a", "1", "r"));
        t.add(span("b", "1", "r"));
        assertThat(t.due()).extracting(PendingTraces.Ready::traceId).containsExactly("a");
    }

    @Test
    void aLateSpanReopensItsTraceWithAllItsSpansAndARetryChangesNothing() {
        PendingTraces t = traces(100, 100);
        t.add(span("t", "r", null));
        clock.advance(Duration.ofSeconds(2));
        assertThat(t.due()).hasSize(1);

        assertThat(t.add(span("t", "r", null))).as("an exporter's retry").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(t.due()).isEmpty();

        t.add(span("t", "late", "r"));
        assertThat(t.due()).as("the late span waits its own grace period").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(t.due()).singleElement().satisfies(r -> assertThat(r.spans()).hasSize(2));
    }

    @Test
    void aSpanForATraceForgottenToKeepMemoryBoundedIsRefused() {
        PendingTraces t = traces(1, 1);
        t.add(span("a", "r", null));
        clock.advance(Duration.ofSeconds(2));
        t.due();
        t.add(span("b", "r", null));
        clock.advance(Duration.ofSeconds(2));
        t.due();
        assertThat(t.add(span("a", "late", "r"))).isFalse();
        assertThat(t.add(span("b", "late", "r"))).as("b is still held").isTrue();
    }
}
