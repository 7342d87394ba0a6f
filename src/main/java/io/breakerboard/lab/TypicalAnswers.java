package io.breakerboard.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each target's typical recorded success: the successful attempt of median latency (ties by cost) over the
 * replayed traffic. It answers the attempts a replay makes that the recording never did, so those answers come
 * from what the target really did, never from a made-up figure.
 */
final class TypicalAnswers {
    private TypicalAnswers() {
    }

    static Map<String, RecordedAttempt> of(List<List<RecordedCall>> executions) {
        Map<String, List<RecordedAttempt>> ok = new HashMap<>();
        for (List<RecordedCall> calls : executions) {
            for (RecordedCall c : calls) {
                collect(c, ok);
                if (c.alternative != null) {
                    collect(c.alternative, ok);
                }
            }
        }
        Map<String, RecordedAttempt> typical = new HashMap<>();
        ok.forEach((target, attempts) -> {
            attempts.sort(Comparator.comparing((RecordedAttempt a) -> a.latency).thenComparingLong(a -> a.costMicros));
            typical.put(target, attempts.get((attempts.size() - 1) / 2));
        });
        return typical;
    }

    private static void collect(RecordedCall c, Map<String, List<RecordedAttempt>> ok) {
        for (RecordedAttempt a : c.attempts) {
            if (a.succeeded()) {
                ok.computeIfAbsent(c.target, t -> new ArrayList<>()).add(a);
            }
        }
    }
}
