package io.breakerboard.demo;

import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The steps of one simulated run, laid out one after another on a clock that moves with each step. */
final class Timeline {
    private final List<Step> steps = new ArrayList<>();
    private final SimRandom random;
    private Instant now;
    private long costMicros;

    Timeline(Instant start, SimRandom random) {
        this.now = start;
        this.random = random;
    }

    Instant now() {
        return now;
    }

    long costMicros() {
        return costMicros;
    }

    List<Step> steps() {
        return steps;
    }

    /** Lets time pass without a step, e.g. a retry back-off. */
    void wait(Duration d) {
        now = now.plus(d);
    }

    Step.Builder step(StepKind kind, String name) {
        return Step.builder(kind).name(name).at(now);
    }

    /** Appends the step and moves the clock past it, plus a few milliseconds of agent overhead. */
    void add(Step.Builder b) {
        Step s = b.index(steps.size()).build();
        steps.add(s);
        costMicros += s.costMicros();
        now = now.plus(s.duration()).plusMillis(random.between(3, 40));
    }

    static Map<String, String> attrs(String... keyThenValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            m.put(keyThenValue[i], keyThenValue[i + 1]);
        }
        return m;
    }
}
