package io.breakerboard.alerts.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Severity;
import java.time.Instant;
import java.util.Locale;

/** The JSON each kind of webhook receives for a firing or resolved alert. */
final class WebhookPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGERDUTY_SUMMARY_LIMIT = 1024;

    private WebhookPayloads() {
    }

    static String body(Webhook w, AlertTransition t, Alert a) {
        return switch (w.kind()) {
            case GENERIC -> generic(t, a);
            case SLACK -> slack(t, a);
            case PAGERDUTY -> pagerDuty(w, t, a);
        };
    }

    private static boolean resolved(AlertTransition t) {
        return t.change() == AlertTransition.Change.RESOLVED;
    }

    private static String generic(AlertTransition t, Alert a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("event", resolved(t) ? "resolved" : "firing");
        root.put("at", t.at().toString());
        ObjectNode alert = root.putObject("alert");
        alert.put("id", a.id());
        alert.put("rule", a.rule());
        alert.put("severity", a.severity().name().toLowerCase(Locale.ROOT));
        alert.put("state", a.state().name().toLowerCase(Locale.ROOT));
        alert.put("subject", a.subject());
        alert.put("value", a.value());
        alert.put("threshold", a.threshold());
        alert.put("unit", a.unit());
        alert.put("message", a.message());
        time(alert, "since", a.since());
        time(alert, "fired_at", a.firedAt());
        time(alert, "resolved_at", a.resolvedAt());
        ArrayNode keys = alert.putArray("execution_keys");
        a.executionKeys().forEach(keys::add);
        return root.toString();
    }

    private static String slack(AlertTransition t, Alert a) {
        String head = (resolved(t) ? "RESOLVED" : "FIRING") + " [" + a.severity().name() + "] " + a.message();
        String context = "rule `" + a.rule() + "` · subject `" + a.subject() + "` · " + t.at();
        ObjectNode root = JSON.createObjectNode();
        root.put("text", head);
        ArrayNode blocks = root.putArray("blocks");
        ObjectNode section = blocks.addObject();
        section.put("type", "section");
        ObjectNode text = section.putObject("text");
        text.put("type", "mrkdwn");
        text.put("text", (resolved(t) ? ":white_check_mark: *Resolved*" : ":rotating_light: *Firing*") + " — " + a.message());
        ObjectNode ctx = blocks.addObject();
        ctx.put("type", "context");
        ObjectNode el = ctx.putArray("elements").addObject();
        el.put("type", "mrkdwn");
        el.put("text", context);
        return root.toString();
    }

    private static String pagerDuty(Webhook w, AlertTransition t, Alert a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("routing_key", w.routingKey());
        root.put("event_action", resolved(t) ? "resolve" : "trigger");
        root.put("dedup_key", a.id());
        if (!resolved(t)) {
            ObjectNode p = root.putObject("payload");
            String summary = a.message() == null ? a.rule() + " on " + a.subject() : a.message();
            p.put("summary", summary.length() > PAGERDUTY_SUMMARY_LIMIT ? summary.substring(0, PAGERDUTY_SUMMARY_LIMIT) : summary);
            p.put("severity", severity(a.severity()));
            p.put("source", "breakerboard/" + a.subject());
            p.put("component", a.subject());
            p.put("class", a.rule());
            p.put("timestamp", t.at().toString());
            ObjectNode details = p.putObject("custom_details");
            details.put("value", a.value());
            details.put("threshold", a.threshold());
            details.put("unit", a.unit());
        }
        return root.toString();
    }

    private static String severity(Severity s) {
        return switch (s) {
            case CRITICAL -> "critical";
            case WARNING -> "warning";
            default -> "info";
        };
    }

    private static void time(ObjectNode o, String field, Instant at) {
        if (at == null) {
            o.putNull(field);
        } else {
            o.put(field, at.toString());
        }
    }
}
