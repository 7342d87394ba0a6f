package io.breakerboard.receiver;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.Json;
import java.io.IOException;

/** Counts the log records of a JSON {@code ExportLogsServiceRequest}, to report them rejected. */
final class LogRecordCount {
    private LogRecordCount() {
    }

    static long ofJson(byte[] body) throws IOException {
        JsonNode root = Json.MAPPER.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException("expected an object with resourceLogs");
        }
        long count = 0;
        JsonNode resources = Json.field(root, "resourceLogs", "resource_logs");
        if (resources == null) {
            return 0;
        }
        for (JsonNode rl : resources) {
            JsonNode scopes = Json.field(rl, "scopeLogs", "scope_logs");
            if (scopes == null) {
                continue;
            }
            for (JsonNode sl : scopes) {
                JsonNode records = Json.field(sl, "logRecords", "log_records");
                count += records == null ? 0 : records.size();
            }
        }
        return count;
    }
}
