package io.breakerboard.alerts.delivery;

import java.net.URI;
import java.util.Objects;

/**
 * One place alerts are delivered to. Its URL (a Slack webhook URL is itself a secret) and routing key are never
 * shown whole: records and messages name the webhook and {@link #shownTarget()}.
 *
 * @param name       what people call it; unique among the webhooks
 * @param kind       the payload it receives
 * @param url        where to POST
 * @param routingKey PagerDuty's integration key; null for the other kinds
 * @param anomalies  whether anomalies of single executions are delivered too (they only fire, never resolve)
 */
public record Webhook(String name, WebhookKind kind, URI url, String routingKey, boolean anomalies) {
    /** PagerDuty's Events API v2 address, the default for that kind. */
    public static final URI PAGERDUTY_EVENTS = URI.create("https://events.pagerduty.com/v2/enqueue");

    public Webhook {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a webhook needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        if (url == null && kind == WebhookKind.PAGERDUTY) {
            url = PAGERDUTY_EVENTS;
        }
        if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("webhook '" + name + "': url must be an http or https address");
        }
        routingKey = routingKey == null || routingKey.isBlank() ? null : routingKey.strip();
        if (kind == WebhookKind.PAGERDUTY && routingKey == null) {
            throw new IllegalArgumentException("webhook '" + name + "': PagerDuty needs a routing_key (the integration key)");
        }
    }

    /** The URL as it may be shown: scheme, host and port, the path (which may hold a token) left out. */
    public String shownTarget() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null || url.getRawPath().isEmpty() || "/".equals(url.getRawPath()) ? "" : "/…");
    }

    /** Text cleared of this webhook's URL and routing key. */
    public String masked(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replace(url.toString(), shownTarget());
        if (url.getRawPath() != null && url.getRawPath().length() > 1) {
            out = out.replace(url.getRawPath(), "/…");
        }
        return routingKey == null ? out : out.replace(routingKey, "***");
    }
}
