package io.breakerboard.alerts;

import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.alerts.internal.AlertLifecycle;
import io.breakerboard.alerts.internal.AlertOrder;
import io.breakerboard.alerts.internal.Alerts;
import io.breakerboard.alerts.internal.BreakerOpenEvaluator;
import io.breakerboard.alerts.internal.CostPerDayEvaluator;
import io.breakerboard.alerts.internal.NoDataEvaluator;
import io.breakerboard.alerts.internal.P95Evaluator;
import io.breakerboard.alerts.internal.RateEvaluator;
import io.breakerboard.alerts.internal.RecentAnomalies;
import io.breakerboard.alerts.internal.RuleEvaluator;
import io.breakerboard.alerts.internal.TransitionLog;
import io.breakerboard.alerts.internal.WindowSnapshots;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Execution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates every rule on demand and keeps the alerts they raise, plus the anomalies found in single executions.
 * Thread-safe. {@link #evaluate()} is meant to run about once a second: it asks the metrics for a snapshot only
 * when the data or the current minute has changed, one per distinct window. Readers ({@link #alerts()}) never
 * wait for an evaluation.
 */
public final class AlertEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);

    private final Clock clock;
    private final Object lock = new Object();
    private final WindowSnapshots snapshots;
    private final Map<RuleKind, RuleEvaluator> evaluators = new EnumMap<>(RuleKind.class);
    private final Map<RuleKind, Map<String, Alert>> open = new EnumMap<>(RuleKind.class);
    private final List<Alert> resolved = new ArrayList<>();
    private final RecentAnomalies anomalies;
    private final TransitionLog history;
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();

    private volatile AlertSettings settings;
    private volatile AnomalyDetector detector;
    private volatile boolean stale = true;
    private volatile List<Alert> current = List.of();
    private volatile List<Alert> recentAnomalies = List.of();

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
        for (RuleKind k : RuleKind.values()) {
            open.put(k, new HashMap<>());
        }
        this.detector = new AnomalyDetector(settings.anomalies());
        this.anomalies = new RecentAnomalies(settings.anomalies().keep());
        this.history = new TransitionLog(settings.historyLimit());
    }

    /** Judges every rule at the clock's current instant, tells listeners of each transition, returns {@link #alerts()}. */
    public List<Alert> evaluate() {
        List<AlertTransition> changes = new ArrayList<>();
        List<Alert> changed = new ArrayList<>();
        synchronized (lock) {
            Instant now = clock.instant();
            AlertSettings s = settings;
            for (RuleKind kind : RuleKind.values()) {
                evaluate(kind, s.rule(kind), now, changes, changed);
            }
            resolved.removeIf(a -> a.resolvedAt().plus(s.resolvedRetention()).isBefore(now));
            stale = true;
        }
        notifyListeners(changes, changed);
        return alerts();
    }

    private void evaluate(RuleKind kind, RuleSettings rs, Instant now, List<AlertTransition> changes, List<Alert> changed) {
        RuleEvaluator evaluator = evaluators.get(kind);
        Map<String, Double> values = evaluator.measure(now, rs);
        Map<String, Alert> openOfKind = open.get(kind);
        String reason = openOfKind.isEmpty() ? null : evaluator.unmeasuredReason(rs);
        for (String subject : List.copyOf(openOfKind.keySet())) {
            step(kind, subject, openOfKind.get(subject), values.get(subject), reason, rs, now, changes, changed);
        }
        for (Map.Entry<String, Double> v : values.entrySet()) {
            if (!openOfKind.containsKey(v.getKey()) && kind.breaches(v.getValue(), rs.threshold())) {
                step(kind, v.getKey(), null, v.getValue(), reason, rs, now, changes, changed);
            }
        }
    }

    private void step(RuleKind kind, String subject, Alert currentAlert, Double value, String reason, RuleSettings rs,
            Instant now, List<AlertTransition> changes, List<Alert> changed) {
        AlertLifecycle.Step st = AlertLifecycle.advance(currentAlert, kind, subject, value, reason, rs, now,
                () -> newId(kind, subject, now));
        if (st.alert() == null) {
            return;
        }
        Map<String, Alert> openOfKind = open.get(kind);
        if (st.open()) {
            openOfKind.put(subject, st.alert());
        } else {
            openOfKind.remove(subject);
            if (st.alert().state() == AlertState.RESOLVED) {
                resolved.add(st.alert());
            }
        }
        if (st.change() != null) {
            record(Alerts.transition(st.alert(), st.change(), now), st.alert(), changes, changed);
        }
    }

    /**
     * Looks at one finished execution for anomalies, keeps the new ones among the most recent and tells listeners.
     *
     * @return the anomalies not seen before; empty when there are none
     */
    public List<Alert> inspect(Execution execution) {
        List<Alert> found = detector.detect(execution);
        if (found.isEmpty()) {
            return found;
        }
        List<AlertTransition> changes = new ArrayList<>();
        List<Alert> added = new ArrayList<>();
        synchronized (lock) {
            Instant now = clock.instant();
            for (Alert a : found) {
                if (anomalies.add(a)) {
                    record(Alerts.transition(a, Change.FIRING, now), a, changes, added);
                }
            }
            stale = true;
        }
        notifyListeners(changes, added);
        return List.copyOf(added);
    }

    /** Current alerts: firing first, then pending, then resolved within the retention period; anomalies included. */
    public List<Alert> alerts() {
        if (stale) {
            synchronized (lock) {
                if (stale) {
                    List<Alert> all = new ArrayList<>();
                    open.values().forEach(m -> all.addAll(m.values()));
                    all.addAll(resolved);
                    List<Alert> recent = anomalies.newestFirst();
                    all.addAll(recent);
                    all.sort(AlertOrder.CURRENT);
                    current = List.copyOf(all);
                    recentAnomalies = List.copyOf(recent);
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
        AlertTransition change = null;
        Alert marked = null;
        synchronized (lock) {
            Alert a = find(id);
            if (a == null) {
                return false;
            }
            if (!a.acknowledged()) {
                marked = Alerts.acknowledged(a);
                replace(marked);
                change = Alerts.transition(marked, Change.ACKNOWLEDGED, clock.instant());
                history.add(change);
                stale = true;
            }
        }
        if (change != null) {
            notifyListeners(List.of(change), List.of(marked));
        }
        return true;
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
            anomalies.limit(newSettings.anomalies().keep());
            history.limit(newSettings.historyLimit());
            stale = true;
        }
    }

    public void addListener(AlertListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(AlertListener listener) {
        listeners.remove(listener);
    }

    private void record(AlertTransition t, Alert a, List<AlertTransition> changes, List<Alert> changed) {
        history.add(t);
        changes.add(t);
        changed.add(a);
    }

    private Alert find(String id) {
        for (Map<String, Alert> m : open.values()) {
            for (Alert a : m.values()) {
                if (a.id().equals(id)) {
                    return a;
                }
            }
        }
        for (Alert a : resolved) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return anomalies.get(id);
    }

    private void replace(Alert a) {
        for (Map<String, Alert> m : open.values()) {
            Alert held = m.get(a.subject());
            if (held != null && held.id().equals(a.id())) {
                m.put(a.subject(), a);
                return;
            }
        }
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i).id().equals(a.id())) {
                resolved.set(i, a);
                return;
            }
        }
        anomalies.replace(a);
    }

    private String newId(RuleKind kind, String subject, Instant now) {
        String base = kind.id() + "/" + subject + "/" + now.toEpochMilli();
        String id = base;
        for (int n = 2; find(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void notifyListeners(List<AlertTransition> changes, List<Alert> alerts) {
        for (int i = 0; i < changes.size(); i++) {
            for (AlertListener l : listeners) {
                try {
                    l.onTransition(changes.get(i), alerts.get(i));
                } catch (RuntimeException e) {
                    LOG.warn("alert listener {} failed on {} of {}: {}", l, changes.get(i).change(),
                            changes.get(i).alertId(), e.toString(), e);
                }
            }
        }
    }
}
