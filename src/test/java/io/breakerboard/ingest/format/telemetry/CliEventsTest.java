package io.breakerboard.ingest.format.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliEventsTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static LogEvent event(String name, Map<String, String> attributes, Map<String, String> resource) {
        return new LogEvent(name, null, T, attributes, resource, 7);
    }

    @Test
    void aShortEventNameIsNamedByTheResourcesServiceName() {
        CliEvents.Mapping m = CliEvents.map(event("api_request", Map.of("session.id", "s", "model", "m",
                "duration_ms", "1500", "input_tokens", "10"), Map.of("service.name", "claude-code")));

        assertThat(m.span()).isNotNull();
        assertThat(m.span().kind).isEqualTo(StepKind.LLM_CALL);
        assertThat(m.span().traceId).isEqualTo("otel-logs:claude-code:s");
        assertThat(m.span().start).as("sent when the call ended").isEqualTo(T.minusMillis(1500));
        assertThat(m.span().end).isEqualTo(T);
    }

    @Test
    void eventsWithoutTheirSessionOrTimeAreRefusedWithTheReason() {
        assertThat(CliEvents.map(event("codex.tool_result", Map.of("tool_name", "shell"), Map.of())).refusal())
                .isEqualTo("event 'codex.tool_result' has no conversation.id, so it belongs to no session");
        LogEvent timeless = new LogEvent("gemini_cli.tool_call", null, null, Map.of("session.id", "g"), Map.of(), 1);
        assertThat(CliEvents.map(timeless).refusal()).contains("has no time");
    }

    @Test
    void anotherApplicationsLogIsRefusedAndAnUnknownEventOfACliIsKeptAsAnEvent() {
        assertThat(CliEvents.map(event("http.request", Map.of("session.id", "s"), Map.of("service.name", "shop")))
                .refusal()).contains("'http.request' is not Claude Code, Codex or Gemini CLI telemetry");
        CliEvents.Mapping future = CliEvents.map(event("claude_code.compaction", Map.of("session.id", "s"),
                Map.of()));
        assertThat(future.span().kind).isEqualTo(StepKind.EVENT);
        assertThat(future.span().name).isEqualTo("compaction");
    }

    @Test
    void anHttpStatusNamesTheErrorKindAndRawBodiesAreNotKept() {
        CliEvents.Mapping denied = CliEvents.map(event("claude_code.api_error", Map.of("session.id", "s",
                "status_code", "403", "error", "Request not allowed"), Map.of()));
        assertThat(denied.span().failed).isTrue();
        assertThat(denied.span().errorKind).isEqualTo(ErrorKind.PERMISSION_DENIED);

        CliEvents.Mapping body = CliEvents.map(event("claude_code.api_request_body", Map.of("session.id", "s",
                "body", "{\"messages\": []}"), Map.of()));
        assertThat(body.span()).isNull();
        assertThat(body.refusal()).isNull();
    }

    @Test
    void theUsersEmailIsNeverTheUserId() {
        CliEvents.Mapping m = CliEvents.map(event("claude_code.user_prompt", Map.of("session.id", "s",
                "user.email", "dev@example.com"), Map.of()));
        assertThat(m.span().userId).isNull();
    }
}
