package io.breakerboard.engine.orchestration;

import io.breakerboard.engine.agent.Actor;
import io.breakerboard.engine.agent.AgentLoop;
import io.breakerboard.engine.agent.AgentResult;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.ExecutionContext;
import io.breakerboard.engine.agent.Objective;
import io.breakerboard.engine.guard.IterationLimit;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.ToolCall;
import java.util.ArrayDeque;

/**
 * ReAct with reflexion: a round of at most {@link #CALLS_PER_ROUND} tool calls, then a critique of the answer;
 * below the acceptance score the agent reflects and runs another round, up to {@link #MAX_REFINEMENTS} times.
 * All rounds share the agent's iteration limit. Given an invoice, it works through {@link FinancePlaybook}'s calls
 * and answers with a decision.
 */
final class IterativePattern implements Pattern {
    static final int CALLS_PER_ROUND = 3;
    static final int MAX_REFINEMENTS = 2;

    @Override
    public PatternKind kind() {
        return PatternKind.ITERATIVE;
    }

    @Override
    public PatternResult run(ExecutionContext ctx) {
        AgentSpec agent = ctx.spec().agent();
        Actor actor = agent.actor();
        IterationLimit limit = new IterationLimit(agent.maxIterations());
        boolean invoice = ctx.task().domain() == Domain.FINANCE;
        ArrayDeque<ToolCall> plan = new ArrayDeque<>(invoice ? FinancePlaybook.plan(ctx.task())
                : SrePlaybook.plan(ctx.task(), ctx.memoryHint()));
        String target = ctx.task().rootCause();
        AgentResult result = null;
        for (int round = 0; round <= MAX_REFINEMENTS; round++) {
            result = AgentLoop.run(ctx, actor, new Objective(ctx.task().text(), plan, target, CALLS_PER_ROUND), limit,
                    agent.carefulness());
            boolean good = result.complete() || invoice && plan.isEmpty();
            String critique = good ? "score 0.90: the answer names a cause and cites evidence"
                    : "score 0.40: no evidence for a root cause yet";
            AgentLoop.reason(ctx, actor, limit, "critique", result.answer(), 70, critique);
            if (good || plan.isEmpty() || round == MAX_REFINEMENTS) {
                break;
            }
            AgentLoop.reason(ctx, actor, limit, "reflect", critique, 80,
                    "Reflection: the evidence so far is inconclusive; continue with " + plan.peek().tool() + ".");
        }
        if (invoice) {
            PatternResult decision = FinancePlaybook.decide(ctx.task(), result.complete(), plan.isEmpty());
            if (decision != null) {
                AgentLoop.reason(ctx, actor, limit, "answer", "decision", 100, decision.answer());
                return decision;
            }
        }
        return new PatternResult(result.answer(), result.complete(), result.complete() ? target : null);
    }
}
