package io.breakerboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.PlantedSecrets;
import io.breakerboard.testsupport.PlantedSecrets.Planted;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {
    private final Redactor redactor = Redactor.DEFAULT;

    @Test
    void masksEachKindOfSecretAndKeepsItsPrefix() {
        assertThat(redactor.redact("key sk-proj-AbCdEfGhIjKlMnOpQrStUvWx12 used"))
                .isEqualTo("key sk-proj-[redacted] used");
        assertThat(redactor.redact("sk-ant-api03-AbCdEfGhIjKlMnOp_-qr")).isEqualTo("sk-ant-[redacted]");
        assertThat(redactor.redact("LANGFUSE pk-lf-1234abcd-ef56 and sk-lf-9876fedc-ba54"))
                .isEqualTo("LANGFUSE pk-lf-[redacted] and sk-lf-[redacted]");
        assertThat(redactor.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc"))
                .isEqualTo("Authorization: Bearer [redacted]");
        assertThat(redactor.redact("aws AKIAIOSFODNN7EXAMPLE region")).isEqualTo("aws AKIA[redacted] region");
        assertThat(redactor.redact("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .isEqualTo("aws_secret_access_key=[redacted]");
        assertThat(redactor.redact("{\"password\": \"hunter22\"}")).isEqualTo("{\"password\": \"[redacted]\"}");
        assertThat(redactor.redact("reply to jane.doe+billing@example.co.uk today"))
                .isEqualTo("reply to [redacted-email] today");
    }

    @Test
    void findsSecretsAmongIdsFullOfHyphensAndColons() {
        assertThat(redactor.redact("CN-11040: API-KEY: abcd1234 for sess-daa6380001"))
                .isEqualTo("CN-11040: API-KEY: [redacted] for sess-daa6380001");
        assertThat(redactor.redact("run-7:Access_Token=zz-top-99;next"))
                .isEqualTo("run-7:Access_Token=[redacted];next");
        assertThat(redactor.redact("ticket-9 PASSWD : s3cr3t-value"))
                .isEqualTo("ticket-9 PASSWD : [redacted]");
        assertThat(redactor.redact("ids ex-1,ex-2 then sk-AbCdEfGhIjKlMnOpQr")).isEqualTo("ids ex-1,ex-2 then sk-[redacted]");
        assertThat(redactor.redact("a-b-c pk-lf-12345678")).isEqualTo("a-b-c pk-lf-[redacted]");
    }

    static Stream<Planted> planted() {
        return PlantedSecrets.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted")
    void masksEveryKindOfSecretAlone(Planted p) {
        String masked = redactor.redact(p.text());

        assertThat(masked).as(p.kind()).doesNotContain(p.secret()).containsPattern("\\[redacted(-email|-card)?]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted")
    void masksEverySecretInsideJsonTextEscapedJsonAndCsvQuotedJson(Planted p) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String once = json.writeValueAsString(Map.of("input", p.text()));
        String twice = json.writeValueAsString(Map.of("raw", once));
        String csvCell = "\"" + once.replace("\"", "\"\"") + "\"";

        assertThat(redactor.redact(once)).as(p.kind()).doesNotContain(p.secret());
        assertThat(redactor.redact(twice)).as(p.kind()).doesNotContain(p.secret());
        assertThat(redactor.redact(csvCell)).as(p.kind()).doesNotContain(p.secret());
    }

    @Test
    void masksEverySecretWhenAllShareOneText() {
        String masked = redactor.redact(PlantedSecrets.allInOne());

        for (Planted p : PlantedSecrets.ALL) {
            assertThat(masked).as(p.kind()).doesNotContain(p.secret());
        }
    }

    @Test
    void masksCardNumbersOnlyWhenTheyPassTheChecksumAndStartLikeACard() {
        assertThat(redactor.redact("visa 4012 8888 8888 1881 paid")).isEqualTo("visa [redacted-card] paid");
        assertThat(redactor.redact("qty 12 4111 1111 1111 1111")).isEqualTo("qty 12 [redacted-card]");
        String[] notCards = {"order 4111 1111 1111 1112", "ex-20241014-0000001", "ts 1728864000407123",
            "id 2024101400000010", "amount 1234567890123456789012"};
        for (String s : notCards) {
            assertThat(redactor.redact(s)).as(s).isSameAs(s);
        }
    }

    @Test
    void masksPhoneNumbersButNotVersionsAmountsOrShortCodes() {
        assertThat(redactor.redact("phone +49 170 1234567")).isEqualTo("phone [redacted-phone]");
        assertThat(redactor.redact("call +1 (415) 555-0132 now")).isEqualTo("call [redacted-phone] now");
        assertThat(redactor.redact("office (415) 555-0132")).isEqualTo("office [redacted-phone]");
        assertThat(redactor.redact("{\"phone\":\"+44 20 7946 0958\"}")).isEqualTo("{\"phone\":\"[redacted-phone]\"}");
        String[] notPhones = {"retries +3 (max 5)", "delta +12.5 ms", "v2 (2024) build", "score +0.93",
            "latency (p95) 1200 ms", "+1 112"};
        for (String s : notPhones) {
            assertThat(redactor.redact(s)).as(s).isSameAs(s);
        }
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String[] clean = {"sk-learn is a library", "tokens=1200/320", "task-force", "Bearer of bad news",
            "max_tokens=4096", "2024-10-15 14:23:01 | TOOL_CALL | tool=search", "AKIA", "short", "",
            "risk-assessment-pipeline", "{\"invoice_id\":\"INV-11040\",\"po\":\"PO-11040\"}",
            "basic plan chosen", "Basic authentication failed", "{\"secret\": true, \"password\": null}",
            "https://example.com:8443/path", "input_tokens: 1200", "see docs.example.com/eyJ",
            "Validate credit note CN-11040", "sess-daa6380001", "gpt-4o-mini-2024-07-18"};
        for (String s : clean) {
            assertThat(redactor.redact(s)).as(s).isSameAs(s);
        }
        assertThat(redactor.redact((String) null)).isNull();
    }

    @Test
    void masksEveryTextFieldOfAnExecution() {
        Execution e = Execution.builder("ex-1").agent("support-router").task("email bob@example.com")
                .startedAt(Instant.parse("2024-10-15T14:00:00Z")).outcome(Outcome.FAILURE)
                .errorMessage("401 with key sk-abcdefghijklmnopqrstuvwx").userId("alice@example.com").sessionId("s-1")
                .addStep(Step.builder(StepKind.TOOL_CALL).name("send_mail").input("{\"to\":\"bob@example.com\"}")
                        .output("ok").attributes(Map.of("auth", "Bearer abcdefghijklmnop")).build())
                .addStep(Step.builder(StepKind.TOOL_RESULT).name("send_mail").output("delivered").build())
                .build();

        Execution r = redactor.redact(e);

        assertThat(r.task()).isEqualTo("email [redacted-email]");
        assertThat(r.errorMessage()).isEqualTo("401 with key sk-[redacted]");
        assertThat(r.userId()).isEqualTo("[redacted-email]");
        assertThat(r.sessionId()).isEqualTo("s-1");
        assertThat(r.steps().get(0).input()).isEqualTo("{\"to\":\"[redacted-email]\"}");
        assertThat(r.steps().get(0).attributes()).containsEntry("auth", "Bearer [redacted]");
        assertThat(r.steps().get(1)).isSameAs(e.steps().get(1));
        assertThat(r.key()).isEqualTo(e.key());
        assertThat(r.costMicros()).isEqualTo(e.costMicros());
    }

    @Test
    void masksAgentModelKeyAndAttributeNamesAndValuesOfSecretSettings() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("http.method", "POST");
        attributes.put("x-api-key", "plainvalue123");
        attributes.put("note ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8", "v");
        Execution e = Execution.builder("run jane@example.com").agent("bot sk-ant-api03-abcdefghijkl")
                .model("gpt AKIAIOSFODNN7EXAMPL2").startedAt(Instant.parse("2024-10-15T14:00:00Z"))
                .addStep(Step.builder(StepKind.TOOL_CALL).name("call").attributes(attributes).build()).build();

        Execution r = redactor.redact(e);

        assertThat(r.agent()).isEqualTo("bot sk-ant-[redacted]");
        assertThat(r.model()).isEqualTo("gpt AKIA[redacted]");
        assertThat(r.key()).startsWith("run [redacted-email]#").doesNotContain("jane");
        assertThat(redactor.redact(e).key()).as("the same on every import").isEqualTo(r.key());
        assertThat(redactor.redact(e.toBuilder().build()).key()).isEqualTo(r.key());
        assertThat(r.steps().get(0).attributes()).containsExactly(Map.entry("http.method", "POST"),
                Map.entry("x-api-key", "[redacted]"), Map.entry("note ghp_[redacted]", "v"));
    }

    @Test
    void returnsTheSameExecutionWhenNothingNeedsMasking() {
        Execution e = Execution.builder("ex-2").task("Score transaction T1").startedAt(Instant.parse("2024-10-15T14:00:00Z"))
                .addStep(Step.builder(StepKind.LLM_CALL).name("gpt-4o").output("risk: low").build()).build();

        assertThat(redactor.redact(e)).isSameAs(e);
    }
}
