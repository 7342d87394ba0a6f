package io.breakerboard.ingest.format.claude;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.TypedJsonLines;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.model.Execution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claude Code session files (JSON lines under {@code ~/.claude/projects}). A session is an execution keyed
 * {@code claude-code:<sessionId>}; a sub-agent transcript ({@code isSidechain} with an {@code agentId}) is one of
 * its own, keyed {@code claude-code:<sessionId>:<agentId>}, agent {@code claude-code/subagent}. Record mapping:
 * {@link ClaudeRecords}. A line that is not a JSON object, or a record whose {@code message} is not an object,
 * is rejected and the rest of the file is read. Sessions are held until the end of the file (one session file
 * is one conversation, so this is bounded by the conversation's length).
 */
public final class ClaudeCodeFormat implements LogFormat {
    private static final Set<String> CONVERSATION = Set.of("user", "assistant", "system");

    @Override
    public String id() {
        return "claude-code";
    }

    @Override
    public boolean assemblesAcrossLines() {
        return true;
    }

    @Override
    public String displayName() {
        return "Claude Code session";
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary()) {
            return 0;
        }
        int hits = 0;
        int meta = 0;
        int objects = 0;
        List<String> lines = sample.lines();
        for (int i = 0; i < Math.min(8, lines.size()); i++) {
            JsonNode r;
            try {
                r = Json.parse(lines.get(i));
            } catch (JsonProcessingException e) {
                continue;
            }
            if (!r.isObject()) {
                continue; // a torn line can still parse as a bare value
            }
            objects++;
            if (r.has("payload")) {
                return 0; // Codex rollout records wrap their content in "payload"
            }
            String type = Json.text(r, "type");
            if (type != null && CONVERSATION.contains(type)
                    && (r.has("sessionId") || r.has("parentUuid") || r.has("uuid"))) {
                hits++;
            } else if (type != null && ClaudeRecords.METADATA.contains(type)) {
                meta++;
            }
        }
        if (hits > 0) {
            return 95;
        }
        if (meta > 0 && meta == objects) {
            return 70;
        }
        String t = sample.trimmedText();
        boolean compactRecord = t.startsWith("{\"") && t.contains("\"sessionId\"") && t.contains("\"uuid\"")
                && (t.contains("\"type\":\"user\"") || t.contains("\"type\":\"assistant\""));
        return compactRecord ? 80 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        Map<String, ClaudeSession> sessions = new LinkedHashMap<>();
        List<Object[]> orphans = new ArrayList<>();
        ClaudeSession[] current = {null};
        TypedJsonLines.read(source, sink, "Claude Code", "a Claude Code record (a JSON object with a 'type')",
                (r, n, line) -> {
                    ClaudeSession session = sessionOf(r, n, sessions);
                    if (session == null) {
                        session = current[0];
                    }
                    if (session == null) {
                        orphans.add(new Object[] {r, n, line});
                        return;
                    }
                    current[0] = session;
                    for (Object[] o : orphans) {
                        ClaudeRecords.read((JsonNode) o[0], (Long) o[1], (String) o[2], session, sink);
                    }
                    orphans.clear();
                    ClaudeRecords.read(r, n, line, session, sink);
                });
        for (ClaudeSession s : sessions.values()) {
            Execution e = s.build();
            if (e != null) {
                sink.execution(e);
            } else {
                sink.reject(s.firstLine, "session " + s.sessionId + " has no record with a 'timestamp'; it cannot be "
                        + "placed in time and is skipped", "");
            }
        }
    }

    private static ClaudeSession sessionOf(JsonNode r, long line, Map<String, ClaudeSession> sessions) {
        String sessionId = Json.text(r, "sessionId", "session_id");
        if (sessionId == null) {
            return null;
        }
        String agentId = Json.isTrue(r, "isSidechain") ? Json.text(r, "agentId") : null;
        String key = "claude-code:" + sessionId + (agentId != null ? ":" + agentId : "");
        String agent = agentId != null || Json.isTrue(r, "isSidechain") ? "claude-code/subagent"
                : r.has("teamName") ? "claude-code/teammate" : "claude-code";
        return sessions.computeIfAbsent(key, k -> new ClaudeSession(k, sessionId, agent, line));
    }
}
