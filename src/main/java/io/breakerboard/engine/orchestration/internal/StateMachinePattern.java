package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.agent.internal.AgentLoop;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Invoice approval as a state machine: PENDING (validate, extract) → REVIEW (fraud score, ledger) → APPROVED
 * (payment released) or REJECTED. Every transition is a step. The simulated model sometimes proposes to skip
 * review; the machine refuses and the refusal is recorded as a GUARDRAIL step. Releasing a payment needs the
 * admin role: an agent without it leaves the invoice approved but unpaid, a partial result.
 */
final class StateMachinePattern implements Pattern {
    static final String GUARD = "approval-state-machine";

    @Override
    public PatternKind kind() {
        return PatternKind.STATE_MACHINE;
    }

    @Override
    public PatternResult run(ExecutionContext ctx) {
        AgentSpec agent = ctx.spec().agent();
        Actor actor = agent.actor();
        Task t = ctx.task();
        IterationLimit limit = new IterationLimit(agent.maxIterations());
        ApprovalStateMachine sm = new ApprovalStateMachine();
        String id = t.fact("invoice_id");
        String amount = t.fact("amount");
        AgentLoop.reason(ctx, actor, limit, "reason", "PENDING", 80, "Validate and read the invoice before review.");
        boolean valid = ctx.tool(actor, ToolCall.of("validate_invoice", "invoice_id", id, "amount", amount, "currency",
                t.fact("currency"))).ok() && ctx.tool(actor, ToolCall.of("extract_invoice_fields", "invoice_id", id)).ok();
        if (ctx.random("skip-review", 0).nextDouble() < (1 - agent.carefulness()) * 2) {
            move(ctx, sm, ApprovalState.APPROVED, "propose approval straight away");
        }
        if (!valid) {
            move(ctx, sm, ApprovalState.REJECTED, "invoice could not be validated");
            return PatternResult.partial("Rejected " + id + ": it could not be validated. Missing: "
                    + String.join("; ", ctx.gaps()), kindOfGap(ctx), "invoice could not be validated or read");
        }
        move(ctx, sm, ApprovalState.REVIEW, "invoice validated and read");
        AgentLoop.reason(ctx, actor, limit, "reason", "REVIEW", 80, "Score fraud risk and reconcile with the ledger.");
        boolean checked = ctx.tool(actor, ToolCall.of("score_fraud", "invoice_id", id, "vendor", t.fact("vendor"),
                "amount", amount)).ok();
        if (checked && !ctx.found(t.rootCause())) {
            checked = ctx.tool(actor, ToolCall.of("reconcile_ledger", "invoice_id", id, "amount", amount)).ok();
        }
        if (!checked) {
            return PatternResult.partial("Left " + id + " in REVIEW: checks incomplete. Missing: "
                    + String.join("; ", ctx.gaps()), kindOfGap(ctx), "left in REVIEW: fraud or ledger check incomplete");
        }
        if (ctx.found(t.rootCause())) {
            move(ctx, sm, ApprovalState.REJECTED, t.rootCause());
            String answer = "Rejected " + id + ": " + t.rootCause();
            AgentLoop.reason(ctx, actor, limit, "answer", "REJECTED", 100, answer);
            return PatternResult.done(answer, t.rootCause());
        }
        move(ctx, sm, ApprovalState.APPROVED, "checks passed");
        AgentLoop.reason(ctx, actor, limit, "reason", "APPROVED", 60, "Release the payment.");
        boolean paid = ctx.tool(actor, ToolCall.of("approve_payment", "invoice_id", id, "amount", amount)).ok();
        String answer = paid ? "Approved and paid " + id + " (" + amount + " " + t.fact("currency") + ")"
                : "Approved " + id + " but the payment was not released; a controller must release it";
        AgentLoop.reason(ctx, actor, limit, "answer", "APPROVED", 100, answer);
        return paid ? PatternResult.done(answer, t.rootCause())
                : PatternResult.partial(answer, ctx.gapKind() != null ? ctx.gapKind() : ErrorKind.PERMISSION_DENIED,
                "approved but the payment was not released");
    }

    private static ErrorKind kindOfGap(ExecutionContext ctx) {
        return ctx.gapKind() != null ? ctx.gapKind() : ErrorKind.VALIDATION;
    }

    private static void move(ExecutionContext ctx, ApprovalStateMachine sm, ApprovalState to, String why) {
        ApprovalState from = sm.state();
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("from", from.name());
        attrs.put("to", to.name());
        try {
            sm.transition(to);
            ctx.note(StepKind.REASONING, GUARD, why, from + " -> " + to, attrs);
        } catch (IllegalStateException e) {
            attrs.put("guard", GUARD);
            ctx.steps().add(Step.builder(StepKind.GUARDRAIL).name(GUARD).at(ctx.now()).input(why)
                    .failure(ErrorKind.VALIDATION, e.getMessage()).attributes(attrs).build());
        }
    }
}
