package io.breakerboard.ui.lab;

import io.breakerboard.lab.ReplayScenario;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.service.ReplaySelection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the Lab tab's Replay section holds: which recorded executions (since when, which agent) and the scenario
 * (fault, attempts, tool time limit, breaker, budget, cache). A blank or "as recorded" part changes nothing.
 */
public final class ReplayControls {
    /** The attempts choice that plays back exactly the recorded attempts. */
    public static final String AS_RECORDED = "as recorded";
    /** The ranges to pick from, counted back from now; "all" for every recorded execution. */
    public static final List<String> SINCE = List.of("all", "1 h", "24 h", "7 d");

    private final StringProperty fault = new SimpleStringProperty(this, "fault", "");
    private final ObjectProperty<String> attempts = new SimpleObjectProperty<>(this, "attempts", AS_RECORDED);
    private final StringProperty timeout = new SimpleStringProperty(this, "timeout", "");
    private final StringProperty breaker = new SimpleStringProperty(this, "breaker", "");
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");
    private final BooleanProperty cache = new SimpleBooleanProperty(this, "cache");
    private final ObjectProperty<String> since = new SimpleObjectProperty<>(this, "since", "all");
    private final StringProperty agent = new SimpleStringProperty(this, "agent", "");

    /** The attempts to pick from: as recorded, then 1 to 6. */
    public List<String> attemptChoices() {
        return List.of(AS_RECORDED, "1", "2", "3", "4", "5", "6");
    }

    ReplayScenario scenario(long seed) {
        String a = attempts.get();
        Integer n = a == null || a.equals(AS_RECORDED) ? null : Integer.valueOf(a);
        return ReplayScenario.parse(seed, fault.get(), n, timeout.get(), breaker.get(), budget.get(), cache.get());
    }

    ReplaySelection selection(Instant now) {
        TimeRange range = switch (since.get() == null ? "all" : since.get()) {
            case "1 h" -> new TimeRange(now.minus(Duration.ofHours(1)), TimeRange.ALL.to());
            case "24 h" -> new TimeRange(now.minus(Duration.ofHours(24)), TimeRange.ALL.to());
            case "7 d" -> new TimeRange(now.minus(Duration.ofDays(7)), TimeRange.ALL.to());
            default -> TimeRange.ALL;
        };
        String a = agent.get() == null ? "" : agent.get().strip();
        return new ReplaySelection(new MetricsFilter(range, a.isEmpty() ? Set.of() : Set.of(a)), List.of(),
                ReplaySelection.DEFAULT_LIMIT);
    }

    public StringProperty faultProperty() {
        return fault;
    }

    public ObjectProperty<String> attemptsProperty() {
        return attempts;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    public StringProperty breakerProperty() {
        return breaker;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public BooleanProperty cacheProperty() {
        return cache;
    }

    public ObjectProperty<String> sinceProperty() {
        return since;
    }

    public StringProperty agentProperty() {
        return agent;
    }
}
