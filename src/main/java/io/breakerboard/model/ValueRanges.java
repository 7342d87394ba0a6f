package io.breakerboard.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The accepted range of every number an execution carries (see docs/log-formats.md, "Accepted values"). A record
 * outside them is quarantined with a reason naming the field, never clamped or stored, so the store, the rollups and
 * every sum only meet values they can hold.
 *
 * <p>Times are limited to the years 2000 to 2199: in that window an epoch number's size tells its unit apart
 * without overlap (seconds, milliseconds, microseconds and nanoseconds each fall in a band of their own), and
 * nanoseconds since the epoch fit a signed {@code long}. Single values are bounded so that sums of millions of
 * maximal records still fit a {@code long}; the sums themselves saturate ({@link Saturating}) beyond that.
 */
public final class ValueRanges {
    /** The first accepted time. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** The last accepted time. */
    public static final Instant LATEST = Instant.parse("2199-12-31T23:59:59.999999999Z");
    /** The longest accepted duration: 366 days. */
    public static final Duration MAX_DURATION = Duration.ofDays(366);
    /** The most tokens one count may hold: 10^12. */
    public static final long MAX_TOKENS = 1_000_000_000_000L;
    /** The highest accepted cost: one million dollars, in micro-dollars. */
    public static final long MAX_COST_MICROS = 1_000_000L * Money.MICROS_PER_USD;
    /** The highest accepted retries, iterations, tool calls and tool failures. */
    public static final int MAX_COUNT = 1_000_000;

    private static final long EARLIEST_SECOND = EARLIEST.getEpochSecond();
    private static final long LATEST_SECOND = LATEST.getEpochSecond();
    private static final long MAX_DURATION_SECONDS = MAX_DURATION.getSeconds();

    private ValueRanges() {
    }

    /**
     * What is out of range in {@code e}, naming the field as the canonical format does ({@code duration_ms},
     * {@code steps[3].at}), or null when every value is accepted. Primitive comparisons only: this runs once per
     * imported execution.
     */
    public static String problem(Execution e) {
        String p = time("started_at", e.startedAt());
        if (p == null) p = duration("duration_ms", e.duration());
        if (p == null) p = tokens("input_tokens", e.inputTokens());
        if (p == null) p = tokens("output_tokens", e.outputTokens());
        if (p == null) p = cost("cost_usd", e.costMicros());
        if (p == null) p = count("retries", e.retries());
        if (p == null) p = count("iterations", e.iterations());
        if (p == null) p = count("tool_calls", e.toolCalls());
        if (p == null) p = count("tool_failures", e.toolFailures());
        if (p == null) p = steps(e.steps());
        return p;
    }

    private static String steps(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.at() != null && !timeAccepted(s.at()) || !durationAccepted(s.duration())
                    || s.inputTokens() < 0 || s.inputTokens() > MAX_TOKENS
                    || s.outputTokens() < 0 || s.outputTokens() > MAX_TOKENS
                    || s.costMicros() < 0 || s.costMicros() > MAX_COST_MICROS) {
                return stepProblem("steps[" + i + "].", s);
            }
        }
        return null;
    }

    // Built only for a rejected step, so the loop above stays free of string work.
    private static String stepProblem(String prefix, Step s) {
        String p = s.at() == null ? null : time(prefix + "at", s.at());
        if (p == null) p = duration(prefix + "duration_ms", s.duration());
        if (p == null) p = tokens(prefix + "input_tokens", s.inputTokens());
        if (p == null) p = tokens(prefix + "output_tokens", s.outputTokens());
        if (p == null) p = cost(prefix + "cost_usd", s.costMicros());
        return p;
    }

    /** True when {@code t} lies within {@link #EARLIEST}..{@link #LATEST}. */
    public static boolean timeAccepted(Instant t) {
        long s = t.getEpochSecond();
        return s >= EARLIEST_SECOND && s <= LATEST_SECOND;
    }

    /** True when {@code d} lies within 0..{@link #MAX_DURATION}. */
    public static boolean durationAccepted(Duration d) {
        long s = d.getSeconds();
        return s >= 0 && (s < MAX_DURATION_SECONDS || s == MAX_DURATION_SECONDS && d.getNano() == 0);
    }

    private static String time(String field, Instant t) {
        return timeAccepted(t) ? null : field + " " + t + " is outside " + EARLIEST + ".." + LATEST;
    }

    private static String duration(String field, Duration d) {
        return durationAccepted(d) ? null
                : field + " " + millis(d) + " is outside 0.." + MAX_DURATION.toMillis();
    }

    private static String tokens(String field, long v) {
        return v >= 0 && v <= MAX_TOKENS ? null : field + " " + v + " is outside 0.." + MAX_TOKENS;
    }

    private static String cost(String field, long micros) {
        return micros >= 0 && micros <= MAX_COST_MICROS ? null
                : field + " " + usd(micros) + " is outside 0.." + usd(MAX_COST_MICROS);
    }

    private static String count(String field, int v) {
        return v >= 0 && v <= MAX_COUNT ? null : field + " " + v + " is outside 0.." + MAX_COUNT;
    }

    // Whole milliseconds with their fraction, for any Duration, even one of billions of years.
    private static String millis(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).scaleByPowerOfTen(3)
                .add(BigDecimal.valueOf(d.getNano(), 6)).stripTrailingZeros().toPlainString();
    }

    private static String usd(long micros) {
        return Money.toUsd(micros).stripTrailingZeros().toPlainString();
    }
}
