package io.breakerboard.alerts.delivery;

import java.util.Locale;

/** The payload a webhook receives. */
public enum WebhookKind {
    /** Breakerboard's own JSON: the event and the whole alert. */
    GENERIC,
    /** Slack incoming webhooks (and Mattermost, Teams connectors that read {@code text}): {@code text} and blocks. */
    SLACK,
    /** PagerDuty Events API v2: trigger on firing, resolve on resolved, one incident per alert. */
    PAGERDUTY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value and the known kinds */
    public static WebhookKind parse(String s) {
        for (WebhookKind k : values()) {
            if (k.id().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown webhook kind '" + s + "'; known: generic, slack, pagerduty");
    }
}
