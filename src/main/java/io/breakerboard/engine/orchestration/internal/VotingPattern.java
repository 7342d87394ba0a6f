package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.agent.internal.AgentLoop;
import io.breakerboard.engine.agent.internal.CallUnavailable;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.agent.internal.ToolObservation;
import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;
import java.util.List;
import java.util.Map;

/**
 * Five voters (three on the cheap model, two on the strong) each ask for the invoice's fraud score and vote
 * from what they were given, each with its own model call: a high score is a vote to reject, a low one to
 * approve, misread now and then at the voter's model's rate. A voter who got no score (the tool failed) or whose
 * model is unavailable abstains. A decision needs a majority of all voters, and it succeeds only when it agrees
 * with the invoice's ground truth; a majority for the wrong verdict is a failure. Voters after the first usually
 * read the fraud score from the result cache.
 */
final class VotingPattern implements Pattern {
    static final List<String> VOTER_MODELS = List.of(ModelCatalog.CHEAP, ModelCatalog.CHEAP, ModelCatalog.CHEAP,
            ModelCatalog.STRONG, ModelCatalog.STRONG);
    static final double CHEAP_MISREADS = 0.10;
    static final double STRONG_MISREADS = 0.03;

    @Override
    public PatternKind kind() {
        return PatternKind.VOTING;
    }

    @Override
    public PatternResult run(ExecutionContext ctx) {
        AgentSpec agent = ctx.spec().agent();
        Task t = ctx.task();
        String id = t.fact("invoice_id");
        int reject = 0;
        int approve = 0;
        for (int i = 0; i < VOTER_MODELS.size(); i++) {
            String model = VOTER_MODELS.get(i);
            Actor voter = new Actor(agent.name() + "/voter-" + (i + 1), model, agent.role());
            IterationLimit limit = new IterationLimit(3);
            try {
                ToolObservation o = ctx.tool(voter, ToolCall.of("score_fraud", "invoice_id", id,
                        "vendor", t.fact("vendor"), "amount", t.fact("amount")));
                Boolean vote = vote(ctx, i, model, o);
                String text = vote == null ? "abstain: no fraud score to judge by (" + o.text() + ")"
                        : vote ? "vote: reject" : "vote: approve";
                AgentLoop.reason(ctx, voter, limit, "vote", o.text(), 40, text);
                if (vote == null) {
                    continue;
                }
                if (vote) {
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
            return PatternResult.partial("No consensus on " + id + " (" + tally + "); escalate to a person",
                    ErrorKind.VALIDATION, "no majority of " + quorum + " among " + VOTER_MODELS.size() + " voters ("
                            + tally + ")");
        }
        boolean rejected = reject >= quorum;
        String answer = (rejected ? "Reject " : "Approve ") + id + " by majority (" + tally + ")";
        boolean fraud = Boolean.parseBoolean(t.fact("fraud"));
        if (rejected != fraud) {
            return PatternResult.wrong(answer, ErrorKind.VALIDATION, "the majority voted to " + (rejected ? "reject" : "approve")
                    + " but " + (fraud ? t.rootCause() : "the invoice shows no sign of fraud") + " (" + tally + ")");
        }
        return PatternResult.done(answer, (rejected ? "voted reject: " : "voted approve: ") + t.rootCause());
    }

    /**
     * A voter's reading of the evidence it received: true to reject, false to approve, null to abstain. The
     * simulated model reads a high score (the tool's fraud finding) as reject and misreads at its rate.
     */
    private static Boolean vote(ExecutionContext ctx, int voter, String model, ToolObservation o) {
        if (!o.ok()) {
            return null;
        }
        boolean evidenceSaysFraud = o.finding() != null;
        double misread = model.equals(ModelCatalog.STRONG) ? STRONG_MISREADS : CHEAP_MISREADS;
        boolean misreads = ctx.random("vote", voter).nextDouble() < misread;
        return evidenceSaysFraud != misreads;
    }
}
