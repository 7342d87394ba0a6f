package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleKind;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts the engine holds: open rule alerts by rule and subject, recently resolved ones, and the recent
 * anomalies. Not thread-safe: the engine guards it.
 */
public final class AlertBook {
    private final Map<RuleKind, Map<String, Alert>> open = new EnumMap<>(RuleKind.class);
    private final List<Alert> resolved = new ArrayList<>();
    private final RecentAnomalies anomalies;

    public AlertBook(int anomalyLimit) {
        for (RuleKind k : RuleKind.values()) {
            open.put(k, new HashMap<>());
        }
        anomalies = new RecentAnomalies(anomalyLimit);
    }

    /** Open (pending or firing) alerts of one rule by subject; live, for the engine to iterate over a copy of. */
    public Map<String, Alert> open(RuleKind kind) {
        return open.get(kind);
    }

    /** Keeps the outcome of one lifecycle step. */
    public void apply(RuleKind kind, String subject, AlertLifecycle.Step step) {
        if (step.alert() == null) {
            return;
        }
        if (step.open()) {
            open.get(kind).put(subject, step.alert());
        } else {
            open.get(kind).remove(subject);
            if (step.alert().state() == AlertState.RESOLVED) {
                resolved.add(step.alert());
            }
        }
    }

    /** Drops resolved alerts older than the retention; true when any was dropped. */
    public boolean expire(Instant now, Duration retention) {
        return resolved.removeIf(a -> a.resolvedAt().plus(retention).isBefore(now));
    }

    public RecentAnomalies anomalies() {
        return anomalies;
    }

    /** Every alert held, unordered. */
    public List<Alert> all() {
        List<Alert> all = new ArrayList<>();
        open.values().forEach(m -> all.addAll(m.values()));
        all.addAll(resolved);
        all.addAll(anomalies.newestFirst());
        return all;
    }

    /** The alert with this id, or null. */
    public Alert find(String id) {
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

    /** Replaces the held alert with the same id, wherever it is. */
    public void replace(Alert a) {
        RuleKind kind = RuleKind.byId(a.rule());
        if (kind != null) {
            Alert held = open.get(kind).get(a.subject());
            if (held != null && held.id().equals(a.id())) {
                open.get(kind).put(a.subject(), a);
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

    /** A fresh id for an alert of this rule and subject starting now: readable, and unique among those held. */
    public String newId(RuleKind kind, String subject, Instant now) {
        String base = kind.id() + "/" + subject + "/" + now.toEpochMilli();
        String id = base;
        for (int n = 2; find(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
