package io.breakerboard.engine.reliability.internal;

import io.breakerboard.engine.reliability.ResilientCaller;
import java.util.List;

/**
 * The order in which every model and tool call is wrapped, outermost first. {@link ResilientCaller} applies
 * exactly this order; the list is data so a panel can show it. Reasons: docs/decisions/0002-reliability-wrapping-order.md.
 */
public final class WrappingOrder {
    /** Outermost first. {@code faults} is the {@link io.breakerboard.engine.reliability.CallInterceptor} hook. */
    public static final List<String> LAYERS = List.of(
            "fallback", "retry", "circuitBreaker", "rateLimiter", "bulkhead", "timeLimiter", "faults", "call");

    private WrappingOrder() {
    }

    /** The order as nested calls: {@code fallback( retry( … call ))}. */
    public static String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            sb.append(LAYERS.get(i)).append("( ");
        }
        sb.append(LAYERS.get(LAYERS.size() - 1));
        sb.append(" )".repeat(LAYERS.size() - 1));
        return sb.toString();
    }
}
