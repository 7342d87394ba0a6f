package io.breakerboard.ui.dashboard;

import io.breakerboard.chaos.FaultEvent;
import io.breakerboard.metrics.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a fault was active, for the markers on the dashboard's time charts.
 *
 * @param id    the fault
 * @param label what it was, short: "Tool down · get_pod_logs"
 * @param from  its start
 * @param to    its end, or the refresh time while it is still active
 */
public record FaultWindow(String id, String label, Instant from, Instant to) {
    /** Markers drawn at most; the newest win. */
    static final int MAX = 40;

    /** The windows of the fault events that overlap {@code range}, newest last. */
    static List<FaultWindow> of(List<FaultEvent> events, TimeRange range, Instant now) {
        Map<String, FaultWindow> open = new LinkedHashMap<>();
        List<FaultWindow> done = new ArrayList<>();
        for (FaultEvent e : events) {
            String name = e.spec().target().name();
            String label = e.spec().kind().label() + " · " + (name == null ? "all calls" : name);
            if (e.type() == FaultEvent.Type.STARTED) {
                open.put(e.faultId(), new FaultWindow(e.faultId(), label, e.at(), null));
            } else {
                FaultWindow started = open.remove(e.faultId());
                done.add(new FaultWindow(e.faultId(), label, started == null ? e.at() : started.from(), e.at()));
            }
        }
        open.values().forEach(w -> done.add(new FaultWindow(w.id(), w.label(), w.from(), now.isBefore(w.from()) ? w.from() : now)));
        List<FaultWindow> shown = done.stream()
                .filter(w -> !w.to().isBefore(range.from()) && w.from().isBefore(range.to()))
                .sorted(java.util.Comparator.comparing(FaultWindow::from)).toList();
        return shown.subList(Math.max(0, shown.size() - MAX), shown.size());
    }
}
