package io.breakerboard.ingest.format;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;

/**
 * The steps of one audit session read so far; becomes one execution when it is emitted. The agent, model and
 * user are the first ones the session's lines name.
 *
 * <p>Outcome rule: the session failed when its last step failed (an {@code error} or {@code success: false}),
 * with that step's error; a failure followed by a successful step counts as recovered, so the session succeeded
 * (the failed step stays visible and counts as a tool failure). A step that repeats the tool of the failed step
 * just before it counts as a retry.
 */
final class AuditSession {
    private final Execution.Builder builder;
    private long lastLine;
    private int retries;
    private Step last;
    private String agent;
    private String model;
    private String user;

    AuditSession(String key, String sessionId, long firstLine) {
        this.builder = Execution.builder(key).sessionId(sessionId);
        this.lastLine = firstLine;
    }

    void add(AuditLineParser.Entry entry, long line) {
        Step step = entry.step();
        if (last != null && last.failed() && step.name() != null && step.name().equals(last.name())) {
            retries++;
        }
        builder.addStep(step);
        last = step;
        lastLine = line;
        agent = agent != null ? agent : entry.agent();
        model = model != null ? model : entry.model();
        user = user != null ? user : entry.userId();
    }

    long lastLine() {
        return lastLine;
    }

    int size() {
        return builder.steps().size();
    }

    Execution toExecution() {
        builder.agent(agent).model(model).userId(user).retries(retries);
        if (last != null && last.failed()) {
            ErrorKind kind = last.errorKind() != null ? last.errorKind() : ErrorKind.UNKNOWN;
            String message = last.attributes().getOrDefault("error", last.output());
            builder.outcome(Outcome.FAILURE).errorKind(kind).errorMessage(message);
        } else {
            builder.outcome(Outcome.SUCCESS);
        }
        return builder.build();
    }
}
