package io.breakerboard.metrics;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Saturating;

/**
 * Everything known about one agent in one UTC minute (executions are placed by their start). Mutable and not
 * thread-safe by itself: every read and write holds the rollup's monitor, so the writer and a snapshot only
 * ever wait for one rollup, never for the whole store.
 */
final class Rollup {
    static final int ERROR_KINDS = ErrorKind.values().length;

    final String agent;
    final long minute;

    long executions;
    long successes;
    long failures;
    long retried;
    /** Retried executions that still succeeded: their failed calls were recovered by a retry or a fallback. */
    long recovered;
    /**
     * Retried executions whose outcome after the retries is known here. Equal to {@link #retried} except in
     * minutes persisted by format version 1, which did not keep {@link #recovered}.
     */
    long recoveryBase;
    long durationSumMicros;
    long durationMinMicros = Long.MAX_VALUE;
    long durationMaxMicros;
    long inputTokens;
    long outputTokens;
    long costMicros;
    /** Failures by {@link ErrorKind} ordinal; null until the first failure, as most minutes have none. */
    long[] errors;
    ModelTable models;
    DDSketch durations;
    long firstStartMicros = Long.MAX_VALUE;
    long lastEndMicros = Long.MIN_VALUE;
    /** Changed since it was last handed to the store. */
    boolean dirty;

    Rollup(String agent, long minute) {
        this(agent, minute, new ModelTable(), DurationSketch.forRollup());
    }

    /** A rollup with the given parts, as read back from the store. */
    Rollup(String agent, long minute, ModelTable models, DDSketch durations) {
        this.agent = agent;
        this.minute = minute;
        this.models = models;
        this.durations = durations;
    }

    static long minuteOf(long epochMicros) {
        return Math.floorDiv(epochMicros, Micros.PER_MINUTE);
    }

    /** Adds one execution that started at {@code startMicros} (epoch micros, inside this minute). */
    void add(Execution execution, long startMicros, NamePool names) {
        long micros = Micros.of(execution.duration());
        executions++;
        if (execution.succeeded()) {
            successes++;
        } else {
            failures++;
            countError(execution.errorKind());
        }
        if (execution.retries() > 0) {
            retried++;
            recoveryBase++;
            if (execution.succeeded()) {
                recovered++;
            }
        }
        durationSumMicros = Micros.add(durationSumMicros, micros);
        durationMinMicros = Math.min(durationMinMicros, micros);
        durationMaxMicros = Math.max(durationMaxMicros, micros);
        durations.accept(micros);
        inputTokens = Saturating.add(inputTokens, execution.inputTokens());
        outputTokens = Saturating.add(outputTokens, execution.outputTokens());
        costMicros = Saturating.add(costMicros, execution.costMicros());
        String model = execution.model() == null ? ModelCost.UNKNOWN : execution.model();
        models.add(model, execution.inputTokens(), execution.outputTokens(), execution.costMicros(), names);
        firstStartMicros = Math.min(firstStartMicros, startMicros);
        lastEndMicros = Math.max(lastEndMicros, Micros.add(startMicros, micros));
    }

    private void countError(ErrorKind kind) {
        if (errors == null) {
            errors = new long[ERROR_KINDS];
        }
        errors[(kind == null ? ErrorKind.UNKNOWN : kind).ordinal()]++;
    }

    long errors(ErrorKind kind) {
        return errors == null ? 0 : errors[kind.ordinal()];
    }

    /**
     * Adds everything another rollup of the same agent holds (a minute into the total of its day). The caller holds
     * the other rollup's monitor, and this one's unless no other thread can see it yet.
     */
    void merge(Rollup other) {
        addCounts(other);
        for (int i = 0; i < other.models.size(); i++) {
            models.add(other.models.name(i), other.models.executions(i), other.models.inputTokens(i),
                    other.models.outputTokens(i), other.models.costMicros(i));
        }
        durations.mergeWith(other.durations);
        firstStartMicros = Math.min(firstStartMicros, other.firstStartMicros);
        lastEndMicros = Math.max(lastEndMicros, other.lastEndMicros);
    }

    /** Adds the counts, sums, extremes and error kinds of another rollup: not its models, durations or span. */
    void addCounts(Rollup other) {
        executions = Saturating.add(executions, other.executions);
        successes = Saturating.add(successes, other.successes);
        failures = Saturating.add(failures, other.failures);
        retried = Saturating.add(retried, other.retried);
        recovered = Saturating.add(recovered, other.recovered);
        recoveryBase = Saturating.add(recoveryBase, other.recoveryBase);
        durationSumMicros = Micros.add(durationSumMicros, other.durationSumMicros);
        durationMinMicros = Math.min(durationMinMicros, other.durationMinMicros);
        durationMaxMicros = Math.max(durationMaxMicros, other.durationMaxMicros);
        inputTokens = Saturating.add(inputTokens, other.inputTokens);
        outputTokens = Saturating.add(outputTokens, other.outputTokens);
        costMicros = Saturating.add(costMicros, other.costMicros);
        if (other.errors != null) {
            if (errors == null) {
                errors = new long[ERROR_KINDS];
            }
            for (int i = 0; i < ERROR_KINDS; i++) {
                errors[i] = Saturating.add(errors[i], other.errors[i]);
            }
        }
    }

    /**
     * Takes over the state of a rollup read back from the store (see {@link Metrics#restore}); the persisted
     * rollup hands its parts over and must not be used afterwards.
     */
    void replaceWith(Rollup persisted) {
        executions = persisted.executions;
        successes = persisted.successes;
        failures = persisted.failures;
        retried = persisted.retried;
        recovered = persisted.recovered;
        recoveryBase = persisted.recoveryBase;
        durationSumMicros = persisted.durationSumMicros;
        durationMinMicros = persisted.durationMinMicros;
        durationMaxMicros = persisted.durationMaxMicros;
        inputTokens = persisted.inputTokens;
        outputTokens = persisted.outputTokens;
        costMicros = persisted.costMicros;
        errors = persisted.errors;
        models = persisted.models;
        durations = persisted.durations;
        firstStartMicros = persisted.firstStartMicros;
        lastEndMicros = persisted.lastEndMicros;
        dirty = false;
    }
}
