package io.breakerboard.demo;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine execution as a log file holds it: times to the millisecond, as agent logs write them (the engine's
 * virtual clock counts nanoseconds), and no origin, which the importer sets from the file it reads.
 */
final class AsLogged {
    private AsLogged() {
    }

    static Execution of(Execution e) {
        return copy(e, e.key(), Duration.ZERO);
    }

    /** A copy under another key, every time moved by {@code by}: more lines of the same traffic. */
    static Execution copy(Execution e, String key, Duration by) {
        List<Step> steps = new ArrayList<>(e.steps().size());
        for (Step s : e.steps()) {
            steps.add(new Step(s.index(), s.kind(), s.name(), s.at() == null ? null : millis(s.at().plus(by)),
                    s.duration().truncatedTo(ChronoUnit.MILLIS), s.failed(), s.errorKind(), s.input(), s.output(),
                    s.inputTokens(), s.outputTokens(), s.costMicros(), s.attributes()));
        }
        return Execution.builder(key).agent(e.agent()).task(e.task()).startedAt(millis(e.startedAt().plus(by)))
                .duration(e.duration().truncatedTo(ChronoUnit.MILLIS)).outcome(e.outcome()).errorKind(e.errorKind())
                .errorMessage(e.errorMessage()).model(e.model()).inputTokens(e.inputTokens())
                .outputTokens(e.outputTokens()).costMicros(e.costMicros()).retries(e.retries())
                .iterations(e.iterations()).toolCalls(e.toolCalls()).toolFailures(e.toolFailures()).userId(e.userId())
                .sessionId(key.equals(e.key()) ? e.sessionId() : "sess-" + key).pattern(e.pattern()).scores(e.scores())
                .steps(steps).build();
    }

    private static Instant millis(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }
}
