package io.breakerboard.alerts.internal;

import io.breakerboard.model.Alert;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/** The most recent anomalies by id, the oldest dropped past a limit. Not thread-safe: the engine guards it. */
public final class RecentAnomalies {
    private final LinkedHashMap<String, Alert> byId = new LinkedHashMap<>();
    private int limit;

    public RecentAnomalies(int limit) {
        this.limit = limit;
    }

    /** Keeps a new anomaly; returns false, keeping the one held, when its id is already known. */
    public boolean add(Alert anomaly) {
        if (byId.containsKey(anomaly.id())) {
            return false;
        }
        byId.put(anomaly.id(), anomaly);
        trim();
        return true;
    }

    public Alert get(String id) {
        return byId.get(id);
    }

    /** Replaces a kept anomaly in place (acknowledgement), keeping its age. */
    public void replace(Alert anomaly) {
        byId.replace(anomaly.id(), anomaly);
    }

    public void limit(int newLimit) {
        limit = newLimit;
        trim();
    }

    /** Newest first. */
    public List<Alert> newestFirst() {
        List<Alert> out = new ArrayList<>(byId.values());
        Collections.reverse(out);
        return out;
    }

    private void trim() {
        var it = byId.values().iterator();
        while (byId.size() > limit && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
