package io.breakerboard.engine.reliability;

import java.time.Duration;

/**
 * One model's rate limiter.
 *
 * @param name           model
 * @param limitForPeriod calls per period
 * @param period         period length
 * @param available      permits left in the current period (negative when calls have reserved future ones)
 */
public record RateLimiterView(String name, int limitForPeriod, Duration period, int available) {
}
