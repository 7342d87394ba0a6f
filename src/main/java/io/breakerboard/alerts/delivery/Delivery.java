package io.breakerboard.alerts.delivery;

import java.time.Instant;

/**
 * What became of one alert event sent to one webhook.
 *
 * @param webhook     the webhook's name
 * @param kind        its payload kind
 * @param target      where it went, as it may be shown ({@link Webhook#shownTarget()})
 * @param alertId     the alert
 * @param event       {@code firing} or {@code resolved}
 * @param delivered   true when a 2xx answer came back
 * @param attempts    attempts made
 * @param httpStatus  the last HTTP status; 0 when no answer came
 * @param detail      the last answer or error in a few words, cleared of URL and key
 * @param firstAttempt when the first attempt started
 * @param finished    when it was delivered or given up
 */
public record Delivery(String webhook, WebhookKind kind, String target, String alertId, String event,
                       boolean delivered, int attempts, int httpStatus, String detail, Instant firstAttempt,
                       Instant finished) {
}
