package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's parse errors into one short reason: what is wrong and where on the line. */
final class JsonProblems {
    private JsonProblems() {
    }

    static String reason(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        int nl = msg.indexOf('\n');
        if (nl > 0) {
            msg = msg.substring(0, nl);
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getColumnNr() < 0 ? "" : " (column " + at.getColumnNr() + ")";
        return "invalid JSON: " + msg + where;
    }
}
