package io.breakerboard.ingest.format.telemetry;

import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.TraceAssembler;
import io.breakerboard.ingest.format.trace.TraceContext;
import io.breakerboard.model.Execution;
import io.breakerboard.model.StepKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds one execution from the events of an agent CLI session received so far ({@link CliEvents}): the session
 * spans its first to its last event, its task is its first logged prompt, and it failed only when its last model
 * call failed (an API error followed by a successful call is a retry the tool survived, as a failed tool call is
 * a failed step). A session that goes on is built again from all its events and replaces the stored execution.
 */
public final class CliSessions {
    private static final String ROOT_ID = "cli-session";

    private CliSessions() {
    }

    /**
     * @param key    the session's key ({@link CliEvents#isSessionKey})
     * @param events the session's events in any order, as {@link CliEvents#map} made them
     * @throws IllegalArgumentException when there are no events
     */
    public static Execution assemble(String key, List<SpanRecord> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("session " + key + " has no events");
        }
        List<SpanRecord> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing((SpanRecord s) -> s.end).thenComparing(s -> s.start));
        SpanRecord root = new SpanRecord();
        root.id = ROOT_ID;
        root.traceId = key;
        root.kind = StepKind.EVENT;
        root.agentSpan = true;
        String agent = key.substring(CliEvents.KEY_PREFIX.length(), key.indexOf(':', CliEvents.KEY_PREFIX.length()));
        root.agentName = new SpanRecord.AgentName(agent, 0);
        root.name = agent;
        root.spanName = agent;
        String task = null;
        SpanRecord lastModelEvent = null;
        for (SpanRecord s : ordered) {
            s.parentId = ROOT_ID;
            s.retries = 0;
            root.start = root.start == null || s.start.isBefore(root.start) ? s.start : root.start;
            root.end = root.end == null || s.end.isAfter(root.end) ? s.end : root.end;
            if (task == null && s.kind == StepKind.MESSAGE) {
                task = s.input;
            }
            if (s.kind == StepKind.LLM_CALL || s.kind == StepKind.API_ERROR) {
                if (lastModelEvent != null && lastModelEvent.kind == StepKind.API_ERROR) {
                    lastModelEvent.retries = 1; // the tool called the model again after this error
                }
                lastModelEvent = s;
            }
        }
        if (lastModelEvent != null && lastModelEvent.kind == StepKind.API_ERROR) {
            root.failed = true;
            root.errorMessage = lastModelEvent.errorMessage;
            root.errorKind = lastModelEvent.errorKind;
        }
        List<SpanRecord> spans = new ArrayList<>(ordered.size() + 1);
        spans.add(root);
        spans.addAll(ordered);
        String user = ordered.stream().map(s -> s.userId).filter(u -> u != null).findFirst().orElse(null);
        TraceContext context = new TraceContext(agent, task, user, ordered.get(0).sessionId, null, null);
        return TraceAssembler.assemble(key, spans, context);
    }
}
