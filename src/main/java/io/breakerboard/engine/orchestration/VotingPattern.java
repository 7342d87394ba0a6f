package io.breakerboard.engine.orchestration;

import io.breakerboard.engine.agent.Actor;
import io.breakerboard.engine.agent.AgentLoop;
import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.CallUnavailable;
import io.breakerboard.engine.agent.ExecutionContext;
import io.breakerboard.engine.agent.ToolObservation;
import io.breakerboard.engine.guard.IterationLimit;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.ToolCall;
import io.breakerboard.model.StepKind;
import java.util.List;
import java.util.Map;

/**
 * Three voters (two on the cheap model, one on the strong) each score the invoice and vote approve or reject; a
 * decision needs a majority of all voters. A voter whose model is unavailable abstains. Voters after the first
 * usually read the fraud score from the result cache.
 */
final class VotingPattern implements Pattern {
    static final List<String> VOTER_MODELS = List.of(ModelCatalog.CHEAP, ModelCatalog.CHEAP, ModelCatalog.STRONG);

    @Override
    public PatternKind kind() {
        return PatternKind.VOTING;
    }

    @Override
    public PatternResult run(ExecutionContext ctx) {
        AgentSpec agent = ctx.spec().agent();
        Task t = ctx.task();
        boolean fraud = Boolean.parseBoolean(t.fact("fraud"));
        int reject = 0;
        int approve = 0;
        for (int i = 0; i < VOTER_MODELS.size(); i++) {
            String model = VOTER_MODELS.get(i);
            Actor voter = new Actor(agent.name() + "/voter-" + (i + 1), model, agent.role());
            IterationLimit limit = new IterationLimit(3);
            try {
                ToolObservation o = ctx.tool(voter, ToolCall.of("score_fraud", "invoice_id", t.fact("invoice_id"),
                        "vendor", t.fact("vendor"), "amount", t.fact("amount")));
                double accuracy = model.equals(ModelCatalog.STRONG) ? 0.95 : 0.85;
                boolean right = ctx.random("vote", i).nextDouble() < accuracy;
                boolean votesReject = o.ok() ? fraud == right : ctx.random("guess", i).nextDouble() < 0.5;
                AgentLoop.reason(ctx, voter, limit, "vote", o.text(), 40, votesReject ? "vote: reject" : "vote: approve");
                if (votesReject) {
                    reject++;
                } else {
                    approve++;
                }
            } catch (CallUnavailable e) {
                ctx.note(StepKind.REASONING, voter.name(), "vote", "abstains: " + e.getMessage(), Map.of("actor", voter.name()));
            }
        }
        int quorum = VOTER_MODELS.size() / 2 + 1;
        String tally = reject + " reject, " + approve + " approve, " + (VOTER_MODELS.size() - reject - approve) + " abstain";
        ctx.note(StepKind.REASONING, agent.name(), "consensus", tally, Map.of("quorum", Integer.toString(quorum)));
        if (reject < quorum && approve < quorum) {
            return new PatternResult("No consensus on " + t.fact("invoice_id") + " (" + tally + "); escalate to a person",
                    false, null);
        }
        boolean rejected = reject >= quorum;
        String answer = (rejected ? "Reject " : "Approve ") + t.fact("invoice_id") + " by majority (" + tally + ")";
        return new PatternResult(answer, true, rejected ? "voted reject: " + t.rootCause() : "voted approve: " + t.rootCause());
    }
}
