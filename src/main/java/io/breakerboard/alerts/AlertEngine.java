package io.breakerboard.alerts;

import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.alerts.internal.AlertBook;
import io.breakerboard.alerts.internal.AlertLifecycle;
import io.breakerboard.alerts.internal.BreakerOpenEvaluator;
import io.breakerboard.alerts.internal.CostPerDayEvaluator;
import io.breakerboard.alerts.internal.NoDataEvaluator;
import io.breakerboard.alerts.internal.P95Evaluator;
import io.breakerboard.alerts.internal.QualityRateEvaluator;
import io.breakerboard.alerts.internal.QualityWindows;
import io.breakerboard.alerts.internal.RateEvaluator;
import io.breakerboard.alerts.internal.RuleEvaluator;
import io.breakerboard.alerts.internal.TransitionLog;
import io.breakerboard.alerts.internal.TransitionOutbox;
import io.breakerboard.alerts.internal.WindowSnapshots;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Execution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates every rule on demand and keeps the alerts they raise, plus the anomalies found in single executions.
 * Thread-safe. {@link #evaluate()} is meant to run about once a second: it asks the metrics for a snapshot only
 * when the data or the current minute has changed, one per distinct window. {@link #alerts()} hands out an
 * immutable list, rebuilt only after something changed. Listeners hear of every transition in the order they
 * happened, outside the engine's lock, usually on the thread that caused it.
 */
public final class AlertEngine {
    private final Clock clock;
    private final Object lock = new Object();
    private final WindowSnapshots snapshots;
    private final QualityWindows quality = new QualityWindows();
    private final Map<RuleKind, RuleEvaluator> evaluators = new EnumMap<>(RuleKind.class);
    private final AlertBook book;
    private final TransitionLog history;
    private final TransitionOutbox outbox = new TransitionOutbox();

    private volatile AlertSettings settings;
    private volatile AnomalyDetector detector;
    private volatile boolean stale = true;
    private volatile List<Alert> current = List.of();
    private volatile List<Alert> recentAnomalies = List.of();
    private AlertSettings lastJudgedBy;
    private boolean moved;

    /**
     * @param metrics  where rates, percentiles and cost come from
     * @param breakers where circuit breaker states come from; {@link BreakerStateSource#NONE} when there are none
     * @param settings the rules and limits
     * @param clock    the time rules are judged at
     */
    public AlertEngine(Metrics metrics, BreakerStateSource breakers, AlertSettings settings, Clock clock) {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(breakers, "breakers");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.snapshots = new WindowSnapshots(metrics);
        evaluators.put(RuleKind.ERROR_RATE, new RateEvaluator(RuleKind.ERROR_RATE, snapshots));
        evaluators.put(RuleKind.SUCCESS_RATE, new RateEvaluator(RuleKind.SUCCESS_RATE, snapshots));
        evaluators.put(RuleKind.COST_PER_DAY, new CostPerDayEvaluator(snapshots));
        evaluators.put(RuleKind.P95_DURATION, new P95Evaluator(snapshots));
        evaluators.put(RuleKind.BREAKER_OPEN, new BreakerOpenEvaluator(breakers));
        evaluators.put(RuleKind.NO_DATA, new NoDataEvaluator(metrics));
        evaluators.put(RuleKind.TOOL_SUCCESS_RATE, new QualityRateEvaluator(RuleKind.TOOL_SUCCESS_RATE, quality));
        evaluators.put(RuleKind.ROOT_CAUSE_RATE, new QualityRateEvaluator(RuleKind.ROOT_CAUSE_RATE, quality));
        quality.keep(qualityHorizon(settings), clock.instant());
        this.detector = new AnomalyDetector(settings.anomalies());
        this.book = new AlertBook(settings.anomalies().keep());
        this.history = new TransitionLog(settings.historyLimit());
    }

    /** Judges every rule at the clock's current instant, tells listeners of each transition, returns {@link #alerts()}. */
    public List<Alert> evaluate() {
        synchronized (lock) {
            Instant now = clock.instant();
            AlertSettings s = settings;
            boolean sameSettings = s == lastJudgedBy;
            moved = false;
            quality.keep(qualityHorizon(s), now);
            for (RuleKind kind : RuleKind.values()) {
                evaluate(kind, s.rule(kind), now, sameSettings);
            }
            moved |= book.expire(now, s.resolvedRetention());
            lastJudgedBy = s;
            if (moved) {
                stale = true;
            }
        }
        outbox.deliver();
        return alerts();
    }

    private void evaluate(RuleKind kind, RuleSettings rs, Instant now, boolean sameSettings) {
        RuleEvaluator evaluator = evaluators.get(kind);
        Map<String, Double> values = evaluator.measure(now, rs);
        Map<String, Alert> openOfKind = book.open(kind);
        String reason = openOfKind.isEmpty() ? null : evaluator.unmeasuredReason(rs);
        for (String subject : List.copyOf(openOfKind.keySet())) {
            Alert held = openOfKind.get(subject);
            Double value = values.get(subject);
            // Judged by the same settings on the same value, a firing alert stays as it is, and so does a pending
            // one whose period has not run out; skipping them keeps an evaluation with nothing new nearly free.
            boolean unchanged = sameSettings && value != null && value == held.value()
                    && (held.firing() || now.isBefore(held.since().plus(rs.pendingFor())));
            if (!unchanged) {
                step(kind, subject, held, value, reason, rs, now);
            }
        }
        for (Map.Entry<String, Double> v : values.entrySet()) {
            if (!openOfKind.containsKey(v.getKey()) && kind.breaches(v.getValue(), rs.threshold())) {
                step(kind, v.getKey(), null, v.getValue(), reason, rs, now);
            }
        }
    }

    /** The longest window the quality rules look back over: what {@link QualityWindows} must hold. */
    private static Duration qualityHorizon(AlertSettings s) {
        Duration tools = s.rule(RuleKind.TOOL_SUCCESS_RATE).window();
        Duration rootCause = s.rule(RuleKind.ROOT_CAUSE_RATE).window();
        return tools.compareTo(rootCause) >= 0 ? tools : rootCause;
    }

    private void step(RuleKind kind, String subject, Alert currentAlert, Double value, String reason, RuleSettings rs,
            Instant now) {
        AlertLifecycle.Step st = AlertLifecycle.advance(currentAlert, kind, subject, value, reason, rs, now,
                () -> book.newId(kind, subject, now));
        book.apply(kind, subject, st);
        moved |= st.change() != null || (st.alert() != null && !st.alert().equals(currentAlert));
        if (st.change() != null) {
            record(Alerts.transition(st.alert(), st.change(), now), st.alert());
        }
    }

    /**
     * Looks at one finished execution for anomalies, keeps the new ones among the most recent and tells listeners.
     * Counts it towards the quality rules (tool success, root cause found) too, which see only what is inspected.
     *
     * @return the anomalies not seen before; empty when there are none
     */
    public List<Alert> inspect(Execution execution) {
        synchronized (lock) {
            quality.add(execution, clock.instant());
        }
        List<Alert> found = detector.detect(execution);
        if (found.isEmpty()) {
            return found;
        }
        List<Alert> added = new ArrayList<>(found.size());
        synchronized (lock) {
            Instant now = clock.instant();
            for (Alert a : found) {
                if (book.anomalies().add(a)) {
                    record(Alerts.transition(a, Change.FIRING, now), a);
                    added.add(a);
                }
            }
            stale |= !added.isEmpty();
        }
        outbox.deliver();
        return List.copyOf(added);
    }

    /**
     * Takes up the alerts another process (or an earlier run) left in the store, before the first evaluation:
     * pending and firing rule alerts go on under their ids, so a condition that still holds is not raised a
     * second time and one that has passed is resolved; the newest anomalies are known, so inspecting their
     * executions again adds nothing. Transitions are not re-announced.
     *
     * @param stored open rule alerts and recent anomalies, in any order
     */
    public void resume(List<Alert> stored) {
        synchronized (lock) {
            List<Alert> anomalies = new ArrayList<>();
            for (Alert a : stored) {
                RuleKind kind = RuleKind.byId(a.rule());
                if (kind == null) {
                    anomalies.add(a);
                } else if (a.state() != io.breakerboard.model.AlertState.RESOLVED && book.find(a.id()) == null) {
                    book.open(kind).put(a.subject(), a);
                }
            }
            anomalies.sort(java.util.Comparator.comparing(Alert::since));
            for (Alert a : anomalies) {
                book.anomalies().add(a);
            }
            stale = true;
        }
    }

    /**
     * Current alerts: firing first, then pending, then resolved within the retention period; anomalies included.
     * The same list instance comes back until something changes, so a caller can skip redrawing by identity.
     */
    public List<Alert> alerts() {
        if (stale) {
            synchronized (lock) {
                if (stale) {
                    List<Alert> all = book.all();
                    all.sort(AlertOrder.CURRENT);
                    current = List.copyOf(all);
                    recentAnomalies = List.copyOf(book.anomalies().newestFirst());
                    stale = false;
                }
            }
        }
        return current;
    }

    /** The most recent anomalies, newest first. */
    public List<Alert> anomalies() {
        alerts();
        return recentAnomalies;
    }

    /** One current alert by id. */
    public Optional<Alert> alert(String id) {
        return alerts().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Marks a current alert as seen by a person. It keeps firing until its rule resolves it; the mark stays with it.
     *
     * @return false when no current alert has this id
     */
    public boolean acknowledge(String id) {
        synchronized (lock) {
            Alert a = book.find(id);
            if (a == null) {
                return false;
            }
            if (!a.acknowledged()) {
                Alert marked = Alerts.acknowledged(a);
                book.replace(marked);
                record(Alerts.transition(marked, Change.ACKNOWLEDGED, clock.instant()), marked);
                stale = true;
            }
        }
        outbox.deliver();
        return true;
    }

    /**
     * Takes up acknowledgements another process stored (on a team store, a desktop that does not judge the rules):
     * the held alerts with these ids are marked as seen, without a transition, since that process recorded it.
     *
     * @return whether any held alert changed
     */
    public boolean acknowledgedElsewhere(java.util.Collection<String> ids) {
        boolean changed = false;
        synchronized (lock) {
            for (String id : ids) {
                Alert a = book.find(id);
                if (a != null && !a.acknowledged()) {
                    book.replace(Alerts.acknowledged(a));
                    changed = true;
                }
            }
            stale |= changed;
        }
        return changed;
    }

    /** The latest transitions, oldest first, up to the settings' history limit. */
    public List<AlertTransition> history() {
        synchronized (lock) {
            return history.all();
        }
    }

    public AlertSettings settings() {
        return settings;
    }

    /** Applies new settings from the next evaluation on; open alerts are judged by the new thresholds. */
    public void settings(AlertSettings newSettings) {
        Objects.requireNonNull(newSettings, "settings");
        synchronized (lock) {
            settings = newSettings;
            detector = new AnomalyDetector(newSettings.anomalies());
            book.anomalies().limit(newSettings.anomalies().keep());
            history.limit(newSettings.historyLimit());
            stale = true;
        }
    }

    public void addListener(AlertListener listener) {
        outbox.addListener(listener);
    }

    public void removeListener(AlertListener listener) {
        outbox.removeListener(listener);
    }

    private void record(AlertTransition t, Alert a) {
        history.add(t);
        outbox.post(t, a);
    }
}
