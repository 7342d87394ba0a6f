package io.breakerboard.lab;

import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the model and tool calls out of a recorded execution's steps, whatever format it came from. Attempts of
 * one call are grouped by the engine's {@code attempt} attribute; a log without it has one attempt per call. A
 * tool's attempt is a {@code TOOL_CALL} ended by its {@code TOOL_RESULT} or {@code TOOL_ERROR} (either may stand
 * alone); a model's attempt is an {@code LLM_CALL}, or an {@code API_ERROR} for one that failed.
 */
final class RecordedCalls {
    /** Words of a tool error that say the dependency itself was unwell, so another attempt may succeed. */
    private static final Pattern TRANSIENT = Pattern.compile(
            "\\b(5\\d\\d|unavailable|overloaded|connection|reset|refused|temporar\\w*|try again|gateway)\\b");

    /**
     * The calls, or why the execution cannot be replayed.
     *
     * @param calls            in the order they were made; empty when not replayable
     * @param notReplayable    the reason; null when replayable
     * @param otherCostMicros  what the execution cost beyond its calls (kept as it was in a replay)
     */
    record Parsed(List<RecordedCall> calls, String notReplayable, long otherCostMicros) {
    }

    private RecordedCalls() {
    }

    static Parsed of(Execution e) {
        if (e.steps().isEmpty()) {
            return new Parsed(List.of(), e.stepCount() > 0 ? "its " + e.stepCount() + " steps are not in the store"
                    : "no recorded steps: the log gave only the execution's totals", 0);
        }
        List<RecordedCall> calls = new ArrayList<>();
        long callCost = 0;
        for (Step s : e.steps()) {
            switch (s.kind()) {
                case LLM_CALL, API_ERROR -> model(calls, s);
                case TOOL_CALL -> toolCall(calls, s);
                case TOOL_ERROR -> toolError(calls, s);
                case TOOL_RESULT -> toolResult(calls, s);
                default -> {
                    continue;
                }
            }
            callCost += s.costMicros();
        }
        if (calls.isEmpty()) {
            return new Parsed(List.of(), "none of its " + e.steps().size() + " steps is a model or tool call", 0);
        }
        return new Parsed(calls, null, e.costMicros() - callCost);
    }

    private static void model(List<RecordedCall> calls, Step s) {
        String name = s.name() == null ? "model" : s.name();
        RecordedCall c = attempt(s) > 1 ? lastOpen(calls, CallKind.MODEL, name) : null;
        if (c == null) {
            c = new RecordedCall(CallKind.MODEL, name, s.input());
            calls.add(c);
        }
        RecordedAttempt a = new RecordedAttempt(s.at(), s.duration());
        a.inputTokens = s.inputTokens();
        a.outputTokens = s.outputTokens();
        a.costMicros = s.costMicros();
        a.output = s.output();
        boolean failed = s.failed() || s.kind() == StepKind.API_ERROR;
        a.ok = !failed;
        if (failed) {
            fail(a, s);
            c.errorKind = s.errorKind();
        }
        c.attempts.add(a);
    }

    private static void toolCall(List<RecordedCall> calls, Step s) {
        String name = toolName(s);
        if ("true".equals(s.attributes().get("cached"))) {
            RecordedCall c = new RecordedCall(CallKind.TOOL, name, s.input());
            c.cached = true;
            calls.add(c);
            return;
        }
        RecordedCall c = attempt(s) > 1 ? lastOpen(calls, CallKind.TOOL, name) : null;
        if (c == null) {
            c = new RecordedCall(CallKind.TOOL, name, s.input());
            calls.add(c);
        }
        RecordedAttempt a = new RecordedAttempt(s.at(), s.duration());
        a.costMicros = s.costMicros();
        String outcome = s.attributes().get("outcome");
        if (outcome != null) {
            a.ok = outcome.equals("SUCCESS");
        }
        if (s.failed()) {
            a.ok = false;
            fail(a, s);
            c.errorKind = s.errorKind();
        }
        c.attempts.add(a);
    }

    private static void toolError(List<RecordedCall> calls, Step s) {
        String name = toolName(s);
        RecordedCall c = lastOf(calls, name);
        RecordedAttempt a = c == null || c.cached || c.attempts.isEmpty() ? null : c.last();
        if (a == null || c.closed || a.errorSeen || Boolean.TRUE.equals(a.ok)) {
            c = new RecordedCall(CallKind.TOOL, name, s.input());
            calls.add(c);
            a = new RecordedAttempt(s.at(), s.duration());
            c.attempts.add(a);
            c.closed = true;
        } else {
            // A call the log ended by its error alone; the engine's attempts say their outcome and may go on.
            c.closed = a.ok == null;
            fillLatency(a, s);
        }
        a.ok = false;
        a.costMicros += s.costMicros();
        fail(a, s);
        c.errorKind = s.errorKind();
    }

    private static void toolResult(List<RecordedCall> calls, Step s) {
        String name = toolName(s);
        RecordedCall c = lastOf(calls, name);
        if (c != null && c.cached) {
            return;
        }
        String fallback = s.attributes().get("fallback");
        if (c == null || c.closed || (fallback == null && Boolean.FALSE.equals(c.last().ok))) {
            c = new RecordedCall(CallKind.TOOL, name, s.input());
            calls.add(c);
            RecordedAttempt a = new RecordedAttempt(s.at(), s.duration());
            a.ok = true;
            c.attempts.add(a);
        }
        c.closed = true;
        RecordedAttempt a = c.last();
        a.costMicros += s.costMicros();
        if (fallback != null) {
            c.recoveredBy = fallback;
            if (fallback.startsWith(RecordedCall.ALTERNATIVE)) {
                String alt = fallback.substring(RecordedCall.ALTERNATIVE.length()).strip();
                int i = calls.lastIndexOf(lastOf(calls, alt));
                if (i > calls.indexOf(c)) {
                    c.alternative = calls.remove(i);
                }
            }
        } else {
            fillLatency(a, s);
            a.ok = true;
        }
        c.errorKind = null;
        a.output = s.output();
    }

    // A result or error step that closes a call whose own step gave no duration: the time between them.
    private static void fillLatency(RecordedAttempt a, Step s) {
        if (a.latency.isZero() && a.at != null && s.at() != null && s.at().isAfter(a.at)) {
            a.latency = Duration.between(a.at, s.at());
        } else if (a.latency.isZero()) {
            a.latency = s.duration();
        }
    }

    private static void fail(RecordedAttempt a, Step s) {
        a.errorSeen = s.kind() == StepKind.TOOL_ERROR || s.kind() == StepKind.API_ERROR || s.failed();
        a.message = s.output() == null ? String.valueOf(s.errorKind()) : s.output();
        a.failure = failureType(s.errorKind(), a.message, s.attributes().get("outcome"));
    }

    /** The engine's failure type for a recorded error, which decides whether a retry may help. */
    static FailureType failureType(ErrorKind kind, String message, String outcome) {
        if ("SHORT_CIRCUITED".equals(outcome)) {
            return FailureType.CIRCUIT_OPEN;
        }
        if ("BULKHEAD_REJECTED".equals(outcome)) {
            return FailureType.BULKHEAD_FULL;
        }
        ErrorKind k = kind == null ? ErrorKind.classify(message) : kind;
        return switch (k) {
            case TIMEOUT -> FailureType.TIMEOUT;
            case RATE_LIMIT -> FailureType.RATE_LIMITED;
            case MODEL_ERROR -> FailureType.SERVER_ERROR;
            case MALFORMED_RESPONSE -> FailureType.MALFORMED;
            case PERMISSION_DENIED -> FailureType.PERMISSION_DENIED;
            case VALIDATION -> FailureType.VALIDATION;
            case CIRCUIT_OPEN -> FailureType.CIRCUIT_OPEN;
            case BUDGET_EXCEEDED -> FailureType.BUDGET_EXCEEDED;
            case TOOL_ERROR -> message != null && TRANSIENT.matcher(message.toLowerCase(Locale.ROOT)).find()
                    ? FailureType.SERVER_ERROR : FailureType.TOOL_FAILURE;
            default -> FailureType.TOOL_FAILURE;
        };
    }

    private static int attempt(Step s) {
        try {
            return Integer.parseInt(s.attributes().getOrDefault("attempt", "1").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String toolName(Step s) {
        return s.name() != null ? s.name() : s.attributes().getOrDefault("tool", "tool");
    }

    private static RecordedCall lastOf(List<RecordedCall> calls, String target) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).kind == CallKind.TOOL && calls.get(i).target.equals(target)) {
                return calls.get(i);
            }
        }
        return null;
    }

    private static RecordedCall lastOpen(List<RecordedCall> calls, CallKind kind, String target) {
        if (calls.isEmpty()) {
            return null;
        }
        RecordedCall c = calls.get(calls.size() - 1);
        return c.kind == kind && c.target.equals(target) && !c.cached && !c.attempts.isEmpty()
                && !c.last().succeeded() ? c : null;
    }
}
