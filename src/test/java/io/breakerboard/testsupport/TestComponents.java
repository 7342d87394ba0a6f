package io.breakerboard.testsupport;

import io.breakerboard.service.Components;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** Components built from the test doubles: pipe lines, counting metrics, a redaction that masks "sk-secret". */
public final class TestComponents {
    private TestComponents() {
    }

    public static Components with(io.breakerboard.metrics.Metrics metrics, Clock clock) {
        return new Components(() -> metrics, () -> List.of(new PipeFormat()),
                e -> e.toBuilder().task(e.task() == null ? null : e.task().replace("sk-secret", "[REDACTED]")).build(),
                s -> s.replace("sk-secret", "[REDACTED]"), clock, Duration.ofHours(1));
    }

    public static Components standard() {
        return with(new CountingMetrics(), Clock.systemUTC());
    }

    public static UnaryOperator<String> textRedaction() {
        return s -> s.replace("sk-secret", "[REDACTED]");
    }
}
