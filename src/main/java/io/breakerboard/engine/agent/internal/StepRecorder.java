package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.guard.internal.AuditLog;
import io.breakerboard.engine.guard.internal.AuditRecord;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Appends the steps of one execution, secrets and personal data masked, and writes each as an audit line with the
 * execution's key and the step's number (the AGENT_START line also carries the user's query). Tool steps carry the
 * attribute {@code tool}, model steps {@code model}; the audit line takes its tool name and model from them.
 */
public final class StepRecorder {
    private final Execution.Builder builder;
    private final ExecutionSpec spec;
    private final AuditLog audit;
    private final UnaryOperator<String> redactor;

    public StepRecorder(Execution.Builder builder, ExecutionSpec spec, AuditLog audit, UnaryOperator<String> redactor) {
        this.builder = builder;
        this.spec = spec;
        this.audit = audit;
        this.redactor = redactor;
    }

    /** Records a step; its index is its position. */
    public void add(Step step, Map<String, String> toolArgs) {
        Step s = new Step(builder.steps().size(), step.kind(), step.name(), step.at(), step.duration(), step.failed(),
                step.errorKind(), mask(step.input()), mask(step.output()), step.inputTokens(), step.outputTokens(),
                step.costMicros(), step.attributes());
        builder.addStep(s);
        audit.append(new AuditRecord(s.at(), spec.key(), s.index(), spec.userId(), spec.sessionId(), spec.instance(),
                s.kind().name(), s.attributes().get("tool"), toolArgs, s.output(), s.costMicros(), s.duration(),
                !s.failed(), s.failed() ? s.output() : null, s.attributes().get("model"),
                s.kind() == StepKind.AGENT_START ? s.input() : null));
    }

    public void add(Step step) {
        add(step, Map.of());
    }

    /** Steps so far. */
    public int size() {
        return builder.steps().size();
    }

    /** The last step of a kind, or null. */
    public Step last(StepKind kind) {
        for (int i = builder.steps().size() - 1; i >= 0; i--) {
            if (builder.steps().get(i).kind() == kind) {
                return builder.steps().get(i);
            }
        }
        return null;
    }

    private String mask(String s) {
        return s == null ? null : redactor.apply(s);
    }
}
