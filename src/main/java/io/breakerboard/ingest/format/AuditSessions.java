package io.breakerboard.ingest.format;

import io.breakerboard.ingest.ParseSink;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Open audit sessions, in order of their latest line, so memory stays bounded however long the file:
 * <ul>
 *   <li>a session with no line in the last {@link #IDLE_LINES} lines is emitted;</li>
 *   <li>a session that reaches {@link #MAX_STEPS} steps is emitted and its later lines start a new part;</li>
 *   <li>everything still open is emitted at the end of the file.</li>
 * </ul>
 * A session id that shows up again after its session was emitted starts a new execution keyed
 * {@code <session_id>#2}, then {@code #3}, and so on, so re-importing the same file yields the same keys. The
 * part counts of the last {@link #REMEMBERED} emitted ids are kept; an id older than that which comes back
 * reuses a key and is skipped as a duplicate by the importer.
 */
final class AuditSessions {
    static final int IDLE_LINES = 10_000;
    static final int MAX_STEPS = 5_000;
    static final int REMEMBERED = 100_000;

    private final ParseSink sink;
    private final int idleLines;
    private final int maxSteps;
    private final LinkedHashMap<String, AuditSession> open = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Integer> parts = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    AuditSessions(ParseSink sink) {
        this(sink, IDLE_LINES, MAX_STEPS);
    }

    AuditSessions(ParseSink sink, int idleLines, int maxSteps) {
        this.sink = sink;
        this.idleLines = idleLines;
        this.maxSteps = maxSteps;
    }

    void add(AuditLineParser.Entry entry, long line) {
        String id = entry.sessionId();
        AuditSession s = open.get(id);
        if (s == null) {
            int part = parts.getOrDefault(id, 0) + 1;
            s = new AuditSession(part == 1 ? id : id + "#" + part, id, line);
            open.put(id, s);
        }
        s.add(entry, line);
        if (s.size() >= maxSteps) {
            emit(id, open.remove(id));
        }
        emitIdle(line);
    }

    /** Emits every open session, oldest activity first. */
    void emitAll() {
        for (Iterator<Map.Entry<String, AuditSession>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, AuditSession> e = it.next();
            it.remove();
            emit(e.getKey(), e.getValue());
        }
    }

    int openCount() {
        return open.size();
    }

    private void emitIdle(long line) {
        for (Iterator<Map.Entry<String, AuditSession>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, AuditSession> e = it.next();
            if (line - e.getValue().lastLine() < idleLines) {
                return;
            }
            it.remove();
            emit(e.getKey(), e.getValue());
        }
    }

    private void emit(String id, AuditSession s) {
        parts.merge(id, 1, Integer::sum);
        sink.execution(s.toExecution());
    }
}
