package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.llm.ModelCatalog;
import java.util.Locale;

/**
 * A critic's verdict on an answer, from the evidence it was shown: the findings gathered so far and the tools
 * that answered. An answer that names a cause a finding supports scores high; one without support scores low,
 * the lower the fewer tools answered. The simulated critic misjudges at its model's rate (the cheap model more
 * often), flipping the verdict.
 *
 * @param score    0..1
 * @param accepted whether the score reaches {@link #ACCEPT}
 * @param text     the critique as the model writes it
 */
record Critique(double score, boolean accepted, String text) {
    static final double ACCEPT = 0.7;
    static final double CHEAP_MISJUDGES = 0.08;
    static final double STRONG_MISJUDGES = 0.03;

    static Critique of(ExecutionContext ctx, Actor critic, String answer, int round) {
        boolean supported = ctx.findings().stream().anyMatch(answer::contains);
        int answeredTools = ctx.answered().size();
        double misjudge = critic.model().equals(ModelCatalog.STRONG) ? STRONG_MISJUDGES : CHEAP_MISJUDGES;
        boolean misjudged = ctx.random("critique|" + critic.name(), round).nextDouble() < misjudge;
        boolean accept = supported != misjudged;
        double score = accept ? (supported ? 0.9 : 0.72) : (supported ? 0.6 : Math.min(0.5, 0.1 + 0.08 * answeredTools));
        String why = supported
                ? "the answer names a cause that " + ctx.findings().size() + " finding(s) support"
                : "no finding supports a root cause; " + answeredTools + " tool(s) answered ("
                + String.join(", ", ctx.answered()) + ")";
        String text = String.format(Locale.ROOT, "score %.2f: %s%s", score, why,
                misjudged ? (accept ? ", accepted anyway" : ", yet judged unconvincing") : "");
        return new Critique(score, accept, text);
    }
}
