package io.breakerboard.chaos.internal;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.model.ErrorKind;
import java.util.EnumSet;
import java.util.Set;

/** The error kinds an execution reports when a fault of a kind reached it and it could not recover. */
public final class FaultErrors {
    private FaultErrors() {
    }

    /** What a fault of these kinds should surface as; an open breaker counts for every failing kind. */
    public static Set<ErrorKind> expected(Set<FaultKind> kinds) {
        Set<ErrorKind> out = EnumSet.noneOf(ErrorKind.class);
        for (FaultKind k : kinds) {
            out.addAll(switch (k) {
                case TOOL_DOWN -> Set.of(ErrorKind.TOOL_ERROR);
                case MODEL_OUTAGE -> Set.of(ErrorKind.MODEL_ERROR);
                case ERROR_RATE -> Set.of(ErrorKind.TOOL_ERROR, ErrorKind.MODEL_ERROR);
                case HANG, LATENCY -> Set.of(ErrorKind.TIMEOUT);
                case MALFORMED -> Set.of(ErrorKind.MALFORMED_RESPONSE);
                case PERMISSION_DENIED -> Set.of(ErrorKind.PERMISSION_DENIED);
                case RATE_LIMITED -> Set.of(ErrorKind.RATE_LIMIT);
                case TOKEN_SPIKE -> Set.of(ErrorKind.BUDGET_EXCEEDED);
            });
            if (k.fails()) {
                out.add(ErrorKind.CIRCUIT_OPEN);
            }
        }
        return out;
    }
}
