package io.breakerboard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private final Redactor redactor = Redactor.DEFAULT;

    @Test
    void masksEachKindOfSecretAndKeepsItsPrefix() {
        assertThat(redactor.redact("key sk-proj-AbCdEfGhIjKlMnOpQrStUvWx12 used"))
                .isEqualTo("key sk-[redacted] used");
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

    @Test
    void leavesOrdinaryTextAlone() {
        String[] clean = {"sk-learn is a library", "tokens=1200/320", "task-force", "Bearer of bad news",
            "max_tokens=4096", "2024-10-15 14:23:01 | TOOL_CALL | tool=search", "AKIA", "short", ""};
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
    void returnsTheSameExecutionWhenNothingNeedsMasking() {
        Execution e = Execution.builder("ex-2").task("Score transaction T1").startedAt(Instant.parse("2024-10-15T14:00:00Z"))
                .addStep(Step.builder(StepKind.LLM_CALL).name("gpt-4o").output("risk: low").build()).build();

        assertThat(redactor.redact(e)).isSameAs(e);
    }
}
