package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.engine.guard.internal.CostBudget;
import io.breakerboard.engine.guard.internal.GuardStop;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.llm.internal.ModelToolCall;
import io.breakerboard.engine.llm.internal.RecordedReply;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.reliability.AttemptRecord;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallOutcome;
import io.breakerboard.engine.reliability.CallResult;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Fallback;
import io.breakerboard.engine.reliability.Recovery;
import io.breakerboard.engine.reliability.Usage;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Money;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every model call of an agent: replay from the journal, the cost budget (each attempt's worst case reserved
 * before it is made, settled after with the billed cost; see {@link BudgetedAttempts}), then the reliability stack, falling back from the strong model to
 * the cheap one. Malformed output is returned for the agent to ask again; any other failure that survives
 * retries and fallback ends the execution.
 */
final class ModelGateway {
    private static final String FALLBACK = "fallback model ";
    private final EngineRuntime rt;

    ModelGateway(EngineRuntime rt) {
        this.rt = rt;
    }

    ModelReply complete(ExecutionContext ctx, Actor actor, ModelRequest req) {
        int index = ctx.nextCallIndex();
        Optional<JournalEntry> done = ctx.replayed(index, CallKind.MODEL, req.model(), argsKey(req));
        if (done.isPresent()) {
            return replay(ctx, actor, req, done.get());
        }
        BudgetedAttempts budgeted = new BudgetedAttempts(req, ctx.budget(), rt.prices()).reserveFirst();
        CallSite site = new CallSite(CallKind.MODEL, req.model(), ctx.spec().instance(), ctx.spec().key(), 1, Map.of(),
                ctx.callSeed(index));
        AtomicReference<CallResult<ModelResponse>> fallbackCall = new AtomicReference<>();
        AtomicReference<BudgetedAttempts> fallbackBudget = new AtomicReference<>();
        Instant at = ctx.now();
        CallResult<ModelResponse> r;
        try {
            r = rt.caller().call(site, budgeted.around(
                    s -> rt.models().attempt(req, new SplittableRandom(Seeds.mix(s.seed(), s.attempt())))),
                    cheaperModel(ctx, req, site, fallbackCall, fallbackBudget));
        } catch (RuntimeException | Error e) {
            budgeted.abandon();
            if (fallbackBudget.get() != null) {
                fallbackBudget.get().abandon();
            }
            throw e;
        }
        record(ctx, actor, req, r, budgeted);
        long cost = budgeted.settle(r.attempts());
        if (fallbackCall.get() != null) {
            record(ctx, actor, req.withModel(ModelCatalog.fallbackFor(req.model())), fallbackCall.get(),
                    fallbackBudget.get());
            cost += fallbackBudget.get().settle(fallbackCall.get().attempts());
        } else if (fallbackBudget.get() != null) {
            fallbackBudget.get().abandon();
        }
        for (BudgetLine w : ctx.budget().takeWarnings()) {
            Map<String, String> wa = new LinkedHashMap<>();
            wa.put("guard", CostBudget.NAME);
            wa.put("budget", w.scope());
            wa.put("share", String.format(java.util.Locale.ROOT, "%.2f", w.share()));
            ctx.note(StepKind.EVENT, "budget-warning", null, "Budget warning: " + w.describe(), wa);
        }
        GuardStop refused = budgeted.refused() != null ? budgeted.refused()
                : fallbackBudget.get() == null ? null : fallbackBudget.get().refused();
        if (refused != null && !r.succeeded()) {
            throw refused;
        }
        Usage billed = billedTotal(r, budgeted, fallbackCall.get(), fallbackBudget.get());
        ctx.addRetries(r.retries());
        ctx.addContextTokens(req.outputTokens());
        boolean malformed = !r.succeeded() && r.failure().type() == FailureType.MALFORMED;
        String errorKind = r.succeeded() ? null : r.failure().type().errorKind(CallKind.MODEL).name();
        ctx.journal().complete(new JournalEntry(index, JournalEntry.Phase.COMPLETED, CallKind.MODEL,
                req.model(), argsKey(req), true, r.succeeded(), errorKind,
                r.succeeded() ? RecordedReply.encode(r.value()) : r.failure().getMessage(), null, at, r.elapsed().toNanos() / 1_000,
                billed.inputTokens(), billed.outputTokens(), cost, r.attempts().size(), r.recoveredBy()));
        if (r.succeeded()) {
            return new ModelReply(r.value().text(), false, r.value().toolCalls());
        }
        if (malformed) {
            return new ModelReply(null, true);
        }
        throw new CallUnavailable(r.failure().type().errorKind(CallKind.MODEL), r.failure().getMessage());
    }

    private Fallback<ModelResponse> cheaperModel(ExecutionContext ctx, ModelRequest req, CallSite site,
                                                 AtomicReference<CallResult<ModelResponse>> holder,
                                                 AtomicReference<BudgetedAttempts> budgetHolder) {
        String cheaper = ModelCatalog.fallbackFor(req.model());
        if (cheaper == null) {
            return Fallback.none();
        }
        return failure -> {
            if (failure.type() == FailureType.MALFORMED) {
                return Optional.empty();
            }
            ModelRequest alt = req.withModel(cheaper);
            BudgetedAttempts budgeted = new BudgetedAttempts(alt, ctx.budget(), rt.prices());
            budgetHolder.set(budgeted);
            CallSite altSite = new CallSite(CallKind.MODEL, cheaper, site.agent(), site.executionKey(), 1, Map.of(),
                    Seeds.mix(site.seed(), "fallback"));
            CallResult<ModelResponse> r = rt.caller().call(altSite, budgeted.around(
                    s -> rt.models().attempt(alt, new SplittableRandom(Seeds.mix(s.seed(), s.attempt())))),
                    Fallback.none());
            holder.set(r);
            return r.succeeded() ? Optional.of(new Recovery<>(r.value(), FALLBACK + cheaper)) : Optional.empty();
        };
    }

    /** Tokens billed for the call, fallback included. */
    private static Usage billedTotal(CallResult<ModelResponse> r, BudgetedAttempts budgeted,
                                     CallResult<ModelResponse> fallback, BudgetedAttempts fallbackBudget) {
        Usage total = Usage.NONE;
        for (AttemptRecord a : r.attempts()) {
            total = total.plus(budgeted.billed(a));
        }
        if (fallback != null) {
            for (AttemptRecord a : fallback.attempts()) {
                total = total.plus(fallbackBudget.billed(a));
            }
        }
        return total;
    }

    private void record(ExecutionContext ctx, Actor actor, ModelRequest req, CallResult<ModelResponse> r,
                        BudgetedAttempts budgeted) {
        for (AttemptRecord a : r.attempts()) {
            CallFailure f = a.failure();
            if (f != null && f.type() == FailureType.BUDGET_EXCEEDED) {
                continue;
            }
            Map<String, String> attrs = attrs(actor, req);
            attrs.put("attempt", Integer.toString(a.number()));
            attrs.put("outcome", a.outcome().name());
            if (a.outcome() == CallOutcome.SUCCESS || (f != null && f.type() == FailureType.MALFORMED)) {
                Usage billed = budgeted.billed(a);
                if (budgeted.capped(a)) {
                    attrs.put("usage_capped", "reported " + a.usage().outputTokens() + " output tokens, "
                            + Money.format(a.usage().costMicros()) + "; billed at most the reserved "
                            + BudgetedAttempts.maxOutputTokens(req) + " tokens");
                }
                Step.Builder b = Step.builder(StepKind.LLM_CALL).name(rt.models().modelName(req.model())).at(a.at()).duration(a.latency())
                        .input(req.prompt()).inputTokens(billed.inputTokens()).outputTokens(billed.outputTokens())
                        .costMicros(billed.costMicros()).attributes(attrs);
                if (f != null) {
                    b.failure(ErrorKind.MALFORMED_RESPONSE, f.getMessage());
                } else {
                    b.output(r.value() == null ? req.completion() : shown(r.value()));
                }
                ctx.steps().add(b.build());
            } else {
                ctx.steps().add(Step.builder(StepKind.API_ERROR).name(rt.models().modelName(req.model())).at(a.at()).duration(a.latency())
                        .input(req.prompt()).failure(f.type().errorKind(CallKind.MODEL), f.getMessage())
                        .attributes(attrs).build());
            }
        }
    }

    /** What identifies a model call in the journal: its purpose and prompt (hashed when long). */
    static String argsKey(ModelRequest req) {
        String key = req.purpose() + ": " + req.prompt();
        return key.length() <= 1000 ? key : req.purpose() + ": #" + Integer.toHexString(req.prompt().hashCode());
    }

    private ModelReply replay(ExecutionContext ctx, Actor actor, ModelRequest req, JournalEntry e) {
        Map<String, String> attrs = attrs(actor, req);
        attrs.put("replayed", "true");
        String answered = e.recoveredBy() != null && e.recoveredBy().startsWith(FALLBACK)
                ? e.recoveredBy().substring(FALLBACK.length()) : e.target();
        ModelResponse recorded = RecordedReply.decode(answered, e.output());
        Step.Builder b = Step.builder(StepKind.LLM_CALL).name(rt.models().modelName(answered)).at(e.at())
                .duration(Duration.ofNanos(e.latencyMicros() * 1_000)).input(req.prompt())
                .inputTokens(e.inputTokens()).outputTokens(e.outputTokens()).costMicros(e.costMicros()).attributes(attrs);
        if (e.ok()) {
            b.output(shown(recorded));
        } else {
            b.failure(ErrorKind.parse(e.errorKind()), e.output());
        }
        ctx.steps().add(b.build());
        ctx.budget().chargeReplayed(e.costMicros());
        ctx.addContextTokens(req.outputTokens());
        if (e.ok()) {
            return new ModelReply(recorded.text(), false, recorded.toolCalls());
        }
        if (ErrorKind.MALFORMED_RESPONSE.name().equals(e.errorKind())) {
            return new ModelReply(null, true);
        }
        throw new CallUnavailable(ErrorKind.parse(e.errorKind()), e.output());
    }

    /** The reply as a step shows it: the text, then the tools it asked for. */
    private static String shown(ModelResponse r) {
        StringBuilder sb = new StringBuilder(r.text());
        for (ModelToolCall c : r.toolCalls()) {
            sb.append(sb.length() == 0 ? "" : "\n").append("call ").append(c.call());
        }
        return sb.toString();
    }

    private static Map<String, String> attrs(Actor actor, ModelRequest req) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model", req.model());
        m.put("purpose", req.purpose());
        m.put("actor", actor.name());
        return m;
    }
}
