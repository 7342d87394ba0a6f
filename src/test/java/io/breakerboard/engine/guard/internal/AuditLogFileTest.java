package io.breakerboard.engine.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.model.Redactor;
import io.breakerboard.testsupport.PlantedSecrets.Planted;
import io.breakerboard.testsupport.PlantedSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit file as a kill -9 and a reader see it: whole lines, secrets and personal data masked. */
class AuditLogFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AuditRecord record(String session, String summary, String error, Map<String, String> args) {
        return new AuditRecord(Instant.parse("2024-10-15T14:00:00Z"), "exec-" + session, 3, "u-1", session, "clerk",
                "TOOL_CALL", "lookup", args, summary, 1_200, Duration.ofMillis(35), error == null, error, null, null);
    }

    @Test
    void everyRecordReachesTheFileWithItsNewlineBeforeTheNextIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        JsonLinesAuditLog log = new JsonLinesAuditLog(file, Redactor.DEFAULT);
        try {
            log.append(record("s-1", "ok", null, Map.of()));

            // Read before close or flush: what a kill -9 at this moment would leave.
            String afterOne = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(afterOne).endsWith("}\n");
            assertThat(afterOne.lines()).hasSize(1);

            log.append(record("s-2", "ok", null, Map.of()));
            List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(2);
            for (String line : lines) {
                assertThat(JSON.readTree(line).get("session_id").asText()).startsWith("s-");
            }
        } finally {
            log.close();
        }
    }

    @Test
    void aTornLastLineIsLeftAsItIsAndTheNextRecordStartsOnANewLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        String whole = "{\"timestamp\":\"2024-10-15T13:59:00Z\",\"session_id\":\"s-0\"}\n";
        String torn = "{\"timestamp\":\"2024-10-15T13:59:01Z\",\"session_id\":\"s-";
        Files.writeString(file, whole + torn, StandardCharsets.UTF_8);

        try (JsonLinesAuditLog log = new JsonLinesAuditLog(file, Redactor.DEFAULT)) {
            log.append(record("s-1", "ok", null, Map.of()));
        }

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith(whole + torn + "\n").endsWith("\n");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).isEqualTo(torn);
        assertThat(JSON.readTree(lines.get(2)).get("session_id").asText()).isEqualTo("s-1");
    }

    @Test
    void anIntactFileGetsNoEmptyLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (JsonLinesAuditLog log = new JsonLinesAuditLog(file, Redactor.DEFAULT)) {
            log.append(record("s-1", "ok", null, Map.of()));
        }
        try (JsonLinesAuditLog log = new JsonLinesAuditLog(file, Redactor.DEFAULT)) {
            log.append(record("s-2", "ok", null, Map.of()));
        }

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\n\n");
        assertThat(text.lines()).hasSize(2);
    }

    @Test
    void secretsCardNumbersAndOtherPersonalDataNeverReachTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (JsonLinesAuditLog log = new JsonLinesAuditLog(file, Redactor.DEFAULT)) {
            for (Planted p : PlantedSecrets.ALL) {
                log.append(record("s " + p.text(), p.text(), "failed: " + p.text(),
                        Map.of("query", p.text(), "password", "hunter2-plain", p.text(), "v")));
            }
        }

        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Planted p : PlantedSecrets.ALL) {
            String secretAsJson = JSON.writeValueAsString(p.secret());
            assertThat(text).as(p.kind()).doesNotContain(secretAsJson.substring(1, secretAsJson.length() - 1));
        }
        assertThat(text).doesNotContain("hunter2-plain").contains("[redacted-card]", "[redacted-email]");
    }
}
