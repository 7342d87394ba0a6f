package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.AnomalyDetector;
import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.alerts.RuleKind;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.alerts.delivery.DeliverySettingsFile;
import io.breakerboard.alerts.delivery.HookServer;
import io.breakerboard.alerts.delivery.Webhook;
import io.breakerboard.alerts.delivery.WebhookKind;
import io.breakerboard.cli.Cli;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Outcome;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.testsupport.PipeFormat;
import io.breakerboard.testsupport.TestComponents;
import io.breakerboard.testsupport.WaitFor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Alerts are judged wherever executions are stored, and stored once however many processes see their cause. */
class AlertsInEveryProcessTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private final StringWriter err = new StringWriter();

    private int cli(String... args) {
        CommandLine cl = Cli.commandLine(TestComponents.with(new CountingMetrics(), clock));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private LocalWorkspace open() {
        return WorkspaceAssembler.open(dir.resolve("data"), TestComponents.with(new CountingMetrics(), clock));
    }

    /** Ten runs of "alpha" in the last five minutes, six of them failed, one of them costing $0.50. */
    private Path logs() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(PipeFormat.line("k" + i, "alpha", T0.minusSeconds(200 - i * 10L).toEpochMilli(), 400,
                    i < 6 ? Outcome.FAILURE : Outcome.SUCCESS, i == 9 ? 500_000 : 1_000));
        }
        return Files.writeString(dir.resolve("agents.log"), String.join("\n", lines) + "\n");
    }

    private static Map<String, Long> byRuleAndSubject(List<Alert> alerts) {
        return alerts.stream().collect(Collectors.groupingBy(a -> a.rule() + "/" + a.subject(), Collectors.counting()));
    }

    @Test
    void anImportStoresTheAlertsItsExecutionsRaiseAndTheWindowTakesThemUpWithoutARepeat() throws Exception {
        assertThat(cli("import", "--data-dir", dir.resolve("data").toString(), logs().toString())).as(err.toString())
                .isZero();

        List<Alert> afterImport;
        try (LocalWorkspace ws = open()) {
            afterImport = ws.alerting().alerts();
        }
        assertThat(afterImport).anyMatch(a -> a.rule().equals(RuleKind.ERROR_RATE.id()) && a.subject().equals("all")
                && a.firing());
        assertThat(afterImport).anyMatch(a -> a.rule().equals(AnomalyDetector.HIGH_COST)
                && a.executionKeys().contains("k9"));

        clock.advance(Duration.ofSeconds(30));
        try (LocalWorkspace window = open()) {
            window.alerting().start(BreakerStateSource.NONE);
            WaitFor.condition(() -> window.alerting().alerts().stream().anyMatch(a -> a.rule().equals(RuleKind.ERROR_RATE.id())));
            window.imports().importPaths(List.of(logs()), io.breakerboard.ingest.ImportListener.NONE).result().join();
        }

        List<Alert> stored;
        try (LocalWorkspace ws = open()) {
            stored = ws.alerting().alerts();
        }
        assertThat(byRuleAndSubject(stored)).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        Function<List<Alert>, List<String>> ruleAlertIds = l -> l.stream()
                .filter(a -> RuleKind.byId(a.rule()) != null).map(Alert::id).sorted().toList();
        assertThat(ruleAlertIds.apply(stored)).as("the window went on with the alerts the import raised")
                .isEqualTo(ruleAlertIds.apply(afterImport)).isNotEmpty();
    }

    @Test
    void theAlertsAnImportRaisesAreDeliveredToTheWebhooksAndListedByDeliveries() throws Exception {
        try (HookServer hooks = new HookServer()) {
            DeliverySettingsFile.write(DeliverySettingsFile.in(dir.resolve("data")), DeliverySettings.NONE.withWebhooks(
                    List.of(new Webhook("ops", WebhookKind.SLACK, hooks.url("/services/T1/B1/tokenXYZ"), null, false))));

            assertThat(cli("import", "--data-dir", dir.resolve("data").toString(), logs().toString())).isZero();

            assertThat(hooks.bodies()).extracting(b -> b.path("text").asText())
                    .anyMatch(t -> t.startsWith("FIRING [CRITICAL] Error rate 60 %"));
            StringWriter listed = new StringWriter();
            CommandLine cl = Cli.commandLine(TestComponents.with(new CountingMetrics(), clock));
            cl.setOut(new PrintWriter(listed, true));
            assertThat(cl.execute("deliveries", "--data-dir", dir.resolve("data").toString())).isZero();
            assertThat(listed.toString()).contains("WEBHOOK", "ops", "slack", "error-rate/all/", "delivered")
                    .doesNotContain("tokenXYZ");
        }
    }

    @Test
    void engineRunStoresTheAnomaliesOfItsExecutionsOnce() {
        try (LocalWorkspace ws = open()) {
            AlertSettings d = AlertSettings.DEFAULTS;
            // Engine executions state their own iteration limit, so a tiny cost limit is what flags them here.
            ws.alerting().saveAlertSettings(d.withAnomalies(d.anomalies().withMaxCostMicros(1)));
        }

        assertThat(cli("engine", "run", "--data-dir", dir.resolve("data").toString(), "--virtual-time", "--executions",
                "6", "--concurrency", "1", "--seed", "3")).as(err.toString()).isZero();

        try (LocalWorkspace ws = open()) {
            List<Alert> anomalies = ws.alerting().alerts().stream()
                    .filter(a -> a.rule().equals(AnomalyDetector.HIGH_COST)).toList();
            assertThat(anomalies).hasSizeBetween(1, 6);
            assertThat(anomalies).allSatisfy(a -> assertThat(ws.queries().execution(a.executionKeys().get(0))).isPresent());
            assertThat(anomalies.stream().map(a -> a.executionKeys().get(0)).distinct()).hasSameSizeAs(anomalies);
        }
    }
}
