package io.breakerboard.lab;

import io.breakerboard.model.Execution;
import io.breakerboard.model.StepKind;

/**
 * The two parts of what an execution cost: its model calls (priced by tokens, so the model tier moves them) and
 * the fees of the external APIs its tools called (a fixed price per answered call, whatever the model). A
 * cheaper model can only cut the first part; the result cache cuts the second.
 */
final class CostParts {
    private CostParts() {
    }

    /** What the execution's model calls cost, in micro-dollars. */
    static long modelCost(Execution e) {
        return e.steps().stream().filter(st -> st.kind() == StepKind.LLM_CALL).mapToLong(st -> st.costMicros()).sum();
    }

    /** What the execution's tool calls were billed, in micro-dollars (calls served from the cache cost nothing). */
    static long toolCost(Execution e) {
        return e.steps().stream().filter(st -> st.kind() == StepKind.TOOL_CALL || st.kind() == StepKind.TOOL_RESULT
                        || st.kind() == StepKind.TOOL_ERROR)
                .mapToLong(st -> st.costMicros()).sum();
    }
}
