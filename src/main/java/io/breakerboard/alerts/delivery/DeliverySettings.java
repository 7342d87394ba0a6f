package io.breakerboard.alerts.delivery;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The webhooks alerts go to and how hard a delivery tries.
 *
 * @param webhooks     where firing and resolved alerts are delivered; empty delivers nothing
 * @param maxAttempts  attempts per delivery, the first included (1..10)
 * @param firstBackoff wait before the second attempt; doubled before each further one (a server's Retry-After
 *                     is waited for when longer)
 * @param timeout      how long one attempt may take
 */
public record DeliverySettings(List<Webhook> webhooks, int maxAttempts, Duration firstBackoff, Duration timeout) {
    public static final DeliverySettings NONE =
            new DeliverySettings(List.of(), 4, Duration.ofSeconds(2), Duration.ofSeconds(10));

    public DeliverySettings {
        webhooks = List.copyOf(webhooks);
        Set<String> names = new HashSet<>();
        for (Webhook w : webhooks) {
            if (!names.add(w.name())) {
                throw new IllegalArgumentException("two webhooks are named '" + w.name() + "'");
            }
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("max_attempts must be within 1..10, got " + maxAttempts);
        }
        if (firstBackoff == null || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("backoff cannot be negative, got " + firstBackoff);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    public DeliverySettings withWebhooks(List<Webhook> v) {
        return new DeliverySettings(v, maxAttempts, firstBackoff, timeout);
    }

    /** The wait before attempt {@code next} (2, 3, …). */
    public Duration backoffBefore(int next) {
        return firstBackoff.multipliedBy(1L << Math.min(20, next - 2));
    }
}
