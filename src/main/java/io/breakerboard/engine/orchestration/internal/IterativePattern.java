package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.agent.internal.AgentLoop;
import io.breakerboard.engine.agent.internal.AgentResult;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.agent.internal.Objective;
import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import java.util.ArrayDeque;

/**
 * ReAct with reflexion: a round of at most {@link #CALLS_PER_ROUND} tool calls, then a critic (its own model
 * call) scores the answer against the evidence it is shown; below {@link Critique#ACCEPT} the agent reflects and
 * runs another round, up to {@link #MAX_REFINEMENTS} times. All rounds share the agent's iteration limit. The
 * critic can be wrong: it may accept an answer no finding supports, which then ends the execution partial.
 * Given an invoice, it works through {@link FinancePlaybook}'s calls and answers with a decision.
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
        Actor critic = new Actor(agent.name() + "/critic", agent.model(), agent.role());
        IterationLimit limit = new IterationLimit(agent.maxIterations());
        boolean invoice = ctx.task().domain() == Domain.FINANCE;
        ArrayDeque<ToolCall> plan = new ArrayDeque<>(invoice ? FinancePlaybook.plan(ctx.task())
                : SrePlaybook.plan(ctx.task(), ctx.memoryHint()));
        String target = ctx.task().rootCause();
        AgentResult result = null;
        Critique critique = null;
        for (int round = 0; round <= MAX_REFINEMENTS; round++) {
            result = AgentLoop.run(ctx, actor, new Objective(ctx.task().text(), plan, target, CALLS_PER_ROUND), limit,
                    agent.carefulness());
            critique = Critique.of(ctx, critic, result.answer(), round);
            AgentLoop.reason(ctx, critic, limit, "critique", result.answer(), 70, critique.text());
            if (critique.accepted() || plan.isEmpty() || round == MAX_REFINEMENTS) {
                break;
            }
            AgentLoop.reason(ctx, actor, limit, "reflect", critique.text(), 80,
                    "Reflection: " + critique.text() + "; continue with " + plan.peek().tool() + ".");
        }
        if (invoice) {
            PatternResult decision = FinancePlaybook.decide(ctx.task(), result.complete(), plan.isEmpty());
            if (decision != null) {
                AgentLoop.reason(ctx, actor, limit, "answer", "decision", 100, decision.answer());
                return decision;
            }
        }
        if (result.complete()) {
            return PatternResult.done(result.answer(), target);
        }
        if (critique.accepted()) {
            return PatternResult.partial(result.answer(), ErrorKind.VALIDATION,
                    "the critic accepted an answer no finding supports (" + critique.text() + ")");
        }
        return PatternResult.partial(result.answer(), result.kind(), result.shortfall() + "; critique after the last round: "
                + critique.text());
    }
}
