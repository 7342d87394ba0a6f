package io.breakerboard.alerts;

import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.model.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An engine on a virtual clock, test metrics and a breaker map, with a listener recording every transition. */
final class EngineFixture {
    static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");

    final VirtualClock clock = new VirtualClock(T0);
    final RecordingMetrics metrics = new RecordingMetrics();
    final Map<String, BreakerStatus> breakers = new ConcurrentHashMap<>();
    final List<AlertTransition> told = new ArrayList<>();
    final AlertEngine engine;

    EngineFixture() {
        this(AlertSettings.DEFAULTS);
    }

    EngineFixture(AlertSettings settings) {
        engine = new AlertEngine(metrics, () -> Map.copyOf(breakers), settings, clock);
        engine.addListener((t, a) -> told.add(t));
    }

    Instant now() {
        return clock.instant();
    }

    EngineFixture advance(Duration d) {
        clock.advance(d);
        return this;
    }

    /** Evaluates and returns the alerts of one rule. */
    List<Alert> evaluate(RuleKind kind) {
        return engine.evaluate().stream().filter(a -> a.rule().equals(kind.id())).toList();
    }

    /** Evaluates and returns the only alert of one rule, if any. */
    Optional<Alert> evaluateOne(RuleKind kind) {
        List<Alert> alerts = evaluate(kind);
        if (alerts.size() > 1) {
            throw new AssertionError("expected at most one " + kind.id() + " alert, got " + alerts);
        }
        return alerts.stream().findFirst();
    }

    /** Transitions of one rule, in order. */
    List<Change> changes(RuleKind kind) {
        return engine.history().stream().filter(t -> t.rule().equals(kind.id())).map(AlertTransition::change).toList();
    }
}
