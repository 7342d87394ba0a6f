package io.breakerboard.engine.reliability;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A call that answers from a script of attempts, counting how often it was really called. */
final class Scripted implements Function<CallSite, Attempt<String>> {
    private final Deque<Attempt<String>> script;
    int calls;

    Scripted(List<Attempt<String>> attempts) {
        this.script = new ArrayDeque<>(attempts);
    }

    static Attempt<String> ok(long millis) {
        return Attempt.ok("ok", Duration.ofMillis(millis), Usage.NONE);
    }

    static Attempt<String> fail(FailureType type) {
        return Attempt.failed(new CallFailure(type, type + " in test"), Duration.ofMillis(100));
    }

    static CallSite tool(String name) {
        return new CallSite(CallKind.TOOL, name, "agent#1", "exec-1", 1, Map.of(), 42);
    }

    static CallSite model(String name) {
        return new CallSite(CallKind.MODEL, name, "agent#1", "exec-1", 1, Map.of(), 42);
    }

    @Override
    public Attempt<String> apply(CallSite site) {
        calls++;
        Attempt<String> a = script.poll();
        if (a == null) {
            throw new AssertionError("the script has no attempt left for call " + calls);
        }
        return a;
    }
}
