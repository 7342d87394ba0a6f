package io.breakerboard.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.alerts.AlertTransition;
import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.Severity;
import io.breakerboard.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String SLACK_PATH = "/services/T000/B000/XXXXsecrettokenXXXX";
    private static final String ROUTING_KEY = "R0UT1NGKEYabcdef0123456789abcdef";

    private HookServer server;
    private final MutableClock clock = new MutableClock(T0);
    private final List<Duration> waits = new ArrayList<>();
    private final List<Delivery> records = new ArrayList<>();
    private final DeliveryRepository repository = new DeliveryRepository() {
        @Override
        public synchronized void save(Delivery d) {
            records.add(d);
        }

        @Override
        public synchronized List<Delivery> recent(int limit) {
            return List.copyOf(records);
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new HookServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WebhookDispatcher dispatcher(Webhook... hooks) {
        return new WebhookDispatcher(DeliverySettings.NONE.withWebhooks(List.of(hooks)), repository, clock, d -> {
            waits.add(d);
            clock.advance(d);
        });
    }

    private static Alert alert(AlertState state) {
        return new Alert("error-rate/all/1772442000000", "error-rate", Severity.CRITICAL, state, "all", 60, 20, "%",
                "Error rate 60 % over the last 5 min, above 20 %", T0, T0, state == AlertState.RESOLVED ? T0.plusSeconds(300) : null,
                false, List.of());
    }

    private static AlertTransition transition(Alert a, Change change) {
        return new AlertTransition(a.id(), a.rule(), a.subject(), a.severity(), change, change == Change.RESOLVED
                ? a.resolvedAt() : a.since(), a.value(), a.message());
    }

    private void send(WebhookDispatcher d, AlertState state, Change change) {
        Alert a = alert(state);
        d.onTransition(transition(a, change), a);
    }

    @Test
    void theGenericPayloadCarriesTheEventAndTheWholeAlert() {
        try (WebhookDispatcher d = dispatcher(new Webhook("audit", WebhookKind.GENERIC, server.url("/hook"), null, false))) {
            send(d, AlertState.FIRING, Change.FIRING);
            send(d, AlertState.FIRING, Change.PENDING);
        }

        assertThat(server.bodies()).hasSize(1);
        JsonNode b = server.bodies().get(0);
        assertThat(b.path("event").asText()).isEqualTo("firing");
        assertThat(b.path("alert").path("id").asText()).isEqualTo("error-rate/all/1772442000000");
        assertThat(b.path("alert").path("severity").asText()).isEqualTo("critical");
        assertThat(b.path("alert").path("value").asDouble()).isEqualTo(60);
        assertThat(b.path("alert").path("message").asText()).startsWith("Error rate 60 %");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.delivered()).isTrue();
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.event()).isEqualTo("firing");
        });
    }

    @Test
    void slackGetsTextAndBlocks() {
        try (WebhookDispatcher d = dispatcher(new Webhook("ops", WebhookKind.SLACK, server.url(SLACK_PATH), null, false))) {
            send(d, AlertState.RESOLVED, Change.RESOLVED);
        }

        JsonNode b = server.bodies().get(0);
        assertThat(b.path("text").asText()).isEqualTo("RESOLVED [CRITICAL] Error rate 60 % over the last 5 min, above 20 %");
        assertThat(b.path("blocks").get(0).path("type").asText()).isEqualTo("section");
        assertThat(b.path("blocks").get(0).path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(b.path("blocks").get(1).path("elements").get(0).path("text").asText()).contains("`error-rate`", "`all`");
    }

    @Test
    void pagerDutyTriggersOnFiringAndResolvesTheSameIncident() {
        try (WebhookDispatcher d = dispatcher(new Webhook("on-call", WebhookKind.PAGERDUTY, server.url("/v2/enqueue"),
                ROUTING_KEY, false))) {
            send(d, AlertState.FIRING, Change.FIRING);
            send(d, AlertState.RESOLVED, Change.RESOLVED);
        }

        JsonNode trigger = server.bodies().get(0);
        JsonNode resolve = server.bodies().get(1);
        assertThat(trigger.path("routing_key").asText()).isEqualTo(ROUTING_KEY);
        assertThat(trigger.path("event_action").asText()).isEqualTo("trigger");
        assertThat(trigger.path("dedup_key").asText()).isEqualTo("error-rate/all/1772442000000");
        assertThat(trigger.path("payload").path("summary").asText()).startsWith("Error rate 60 %");
        assertThat(trigger.path("payload").path("severity").asText()).isEqualTo("critical");
        assertThat(trigger.path("payload").path("source").asText()).isEqualTo("breakerboard/all");
        assertThat(resolve.path("event_action").asText()).isEqualTo("resolve");
        assertThat(resolve.path("dedup_key").asText()).isEqualTo(trigger.path("dedup_key").asText());
    }

    @Test
    void serverErrorsAreRetriedWithADoublingBackoffAndTheDeliveryRecordsEveryAttempt() {
        server.then(503, null).then(500, null);
        try (WebhookDispatcher d = dispatcher(new Webhook("audit", WebhookKind.GENERIC, server.url("/hook"), null, false))) {
            send(d, AlertState.FIRING, Change.FIRING);
        }

        assertThat(server.bodies()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        Delivery r = records.get(0);
        assertThat(r.delivered()).isTrue();
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(r.httpStatus()).isEqualTo(200);
        assertThat(Duration.between(r.firstAttempt(), r.finished())).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void a429WaitsAsLongAsTheServerAsks() {
        server.then(429, "30");
        try (WebhookDispatcher d = dispatcher(new Webhook("audit", WebhookKind.GENERIC, server.url("/hook"), null, false))) {
            send(d, AlertState.FIRING, Change.FIRING);
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(30));
        assertThat(records.get(0).delivered()).isTrue();
    }

    @Test
    void aRefusalIsNotRetriedAndAnUnreachableHookIsGivenUpAfterTheLastAttempt() throws Exception {
        server.then(400, null);
        java.net.URI closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = java.net.URI.create("http://127.0.0.1:" + s.getLocalPort() + "/hook");
        }
        try (WebhookDispatcher d = dispatcher(new Webhook("refusing", WebhookKind.GENERIC, server.url("/hook"), null, false),
                new Webhook("gone", WebhookKind.GENERIC, closedPort, null, false))) {
            send(d, AlertState.FIRING, Change.FIRING);
        }

        Delivery refused = records.stream().filter(r -> r.webhook().equals("refusing")).findFirst().orElseThrow();
        Delivery gone = records.stream().filter(r -> r.webhook().equals("gone")).findFirst().orElseThrow();
        assertThat(refused.delivered()).isFalse();
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.detail()).startsWith("HTTP 400");
        assertThat(gone.delivered()).isFalse();
        assertThat(gone.attempts()).isEqualTo(4);
        assertThat(gone.httpStatus()).isZero();
    }

    @Test
    void anomaliesGoOnlyToWebhooksThatAskForThem() {
        try (WebhookDispatcher d = dispatcher(new Webhook("rules-only", WebhookKind.GENERIC, server.url("/rules"), null, false),
                new Webhook("everything", WebhookKind.GENERIC, server.url("/all"), null, true))) {
            Alert anomaly = new Alert("high-cost/k9", "high-cost", Severity.WARNING, AlertState.FIRING, "alpha", 0.5, 0.3,
                    "USD", "Execution k9 cost $0.50", T0, T0, null, false, List.of("k9"));
            d.onTransition(transition(anomaly, Change.FIRING), anomaly);
        }

        assertThat(server.paths()).containsExactly("/all");
    }

    @Test
    void urlTokensAndRoutingKeysAppearInNoRecordOrLogLine() {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            server.then(500, null).then(500, null).then(500, null).then(500, null)
                    .then(500, null).then(500, null).then(500, null).then(500, null);
            try (WebhookDispatcher d = dispatcher(new Webhook("ops", WebhookKind.SLACK, server.url(SLACK_PATH), null, false),
                    new Webhook("on-call", WebhookKind.PAGERDUTY, server.url("/v2/enqueue"), ROUTING_KEY, false))) {
                send(d, AlertState.FIRING, Change.FIRING);
            }
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }

        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.toString()).doesNotContain("XXXXsecrettokenXXXX", ROUTING_KEY));
        assertThat(records).extracting(Delivery::target).contains(server.url("/").toString().replaceAll("/$", "") + "/…");
        assertThat(logged).isNotEmpty().allSatisfy(r -> assertThat(r.getMessage()).doesNotContain("XXXXsecrettokenXXXX", ROUTING_KEY));
    }
}
