package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleSettings;
import java.time.Instant;
import java.util.Map;

/** Measures one rule's value now, per subject. */
public interface RuleEvaluator {

    /** Subject of rules that judge everything at once. */
    String ALL = "all";

    /**
     * Values by subject, in the rule's unit. A subject left out is not measured now (too few executions, a
     * breaker no longer reported, the rule switched off): its pending alert clears and its firing alert resolves.
     */
    Map<String, Double> measure(Instant now, RuleSettings settings);

    /** Why a subject left out of {@link #measure} was not measured, for the resolving message. */
    String unmeasuredReason(RuleSettings settings);
}
