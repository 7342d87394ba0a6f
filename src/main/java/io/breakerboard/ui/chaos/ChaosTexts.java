package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.ActiveFault;
import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.FaultEvent;
import io.breakerboard.chaos.ScheduledFault;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The chaos panel's words for faults, events and experiments; formatting happens here, at the edge. */
final class ChaosTexts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private ChaosTexts() {
    }

    /** "1:05" or "12 s". */
    static String left(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** "Tool down · tool get_pod_logs · 100 %". */
    static String fault(ActiveFault f) {
        String intensity = f.spec().intensity();
        return f.spec().kind().label() + (intensity.isEmpty() ? "" : " " + intensity) + " · " + f.spec().target().label()
                + " · " + Units.count(Math.round(f.spec().percent())) + " %";
    }

    /** "1:05 left · 12 calls hit · manual" or "starts in 0:30 · experiment X". */
    static String faultStatus(ActiveFault f) {
        String when = f.waiting() ? "waiting to start" : left(f.timeLeft()) + " left";
        return when + " · " + Units.count(f.hits()) + (f.hits() == 1 ? " call" : " calls") + " hit · " + f.origin();
    }

    /** "09:12:03  started  Tool down on tool get_pod_logs (manual)". */
    static String event(FaultEvent e, ZoneId zone) {
        String time = CLOCK.format(e.at().atZone(zone));
        String what = e.spec().kind().label() + " on " + e.spec().target().label();
        if (e.type() == FaultEvent.Type.STARTED) {
            return time + "  ▶ started  " + what + " (" + e.origin() + ")";
        }
        String why = switch (e.reason()) {
            case EXPIRED -> "rolled back by itself";
            case REMOVED -> "removed";
            case STOPPED_ALL -> "stopped with all";
            case ROLLED_BACK -> "rolled back by its experiment";
        };
        return time + "  ■ ended  " + what + ", " + why + " · " + Units.count(e.hits()) + " calls hit";
    }

    /** What an experiment does, in a few lines. */
    static String plan(ExperimentEntry x) {
        StringBuilder s = new StringBuilder(x.experiment().description());
        s.append("\nSteady state ").append(Units.setting(x.experiment().steadyState())).append(", then ")
                .append(Units.setting(x.experiment().method().duration())).append(" of ")
                .append(x.experiment().method().workload().describe()).append(" with:");
        for (ScheduledFault f : x.experiment().method().faults()) {
            s.append("\n • ").append(f.fault().describe());
            if (!f.at().isZero()) {
                s.append(", from ").append(Units.setting(f.at()));
            }
        }
        return s.toString();
    }

    /** "Passed · 09:12:03 · 0 deviations", for the report chooser. */
    static String run(ExperimentReport r, ZoneId zone) {
        return r.status().label() + " · " + DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.ROOT)
                .format(r.startedAt().atZone(zone)) + " · " + r.deviations() + (r.deviations() == 1 ? " deviation" : " deviations");
    }
}
