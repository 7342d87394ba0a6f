package io.breakerboard.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.RuleKind;
import io.breakerboard.model.Money;
import io.breakerboard.model.Severity;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.alerts.AlertSettingsViewModel.RuleRow;
import io.breakerboard.ui.testing.FakeAlerting;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AlertSettingsViewModelTest {
    private final FakeAlerting alerting = new FakeAlerting();
    private final AlertSettingsViewModel vm = new AlertSettingsViewModel(alerting, UiExecutor.direct());
    private final AtomicInteger saved = new AtomicInteger();

    private RuleRow row(RuleKind kind) {
        return vm.rules().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theFieldsShowTheSettingsTheRulesJudgeByNow() {
        alerting.saveAlertSettings(AlertSettings.DEFAULTS.with(RuleKind.ERROR_RATE,
                AlertSettings.DEFAULTS.errorRate().withThresholds(35, 30).withWindow(Duration.ofMinutes(10))));

        vm.load();

        assertThat(vm.loadedProperty().get()).isTrue();
        RuleRow errorRate = row(RuleKind.ERROR_RATE);
        assertThat(errorRate.label()).isEqualTo("Error rate above");
        assertThat(errorRate.thresholdProperty().get()).isEqualTo("35");
        assertThat(errorRate.recoveryProperty().get()).isEqualTo("30");
        assertThat(errorRate.windowMinutesProperty().get()).isEqualTo("10");
        assertThat(errorRate.unit()).isEqualTo("%");
        assertThat(row(RuleKind.COST_PER_DAY).unit()).isEqualTo("$");
        assertThat(vm.maxCostUsdProperty().get()).isEqualTo("0.3");
    }

    @Test
    void savingStoresTheEditedThresholdsAndClosesTheDialog() {
        vm.load();
        RuleRow p95 = row(RuleKind.P95_DURATION);
        p95.thresholdProperty().set("12.5");
        p95.recoveryProperty().set("10");
        p95.pendingSecondsProperty().set("30");
        p95.severityProperty().set(Severity.CRITICAL);
        row(RuleKind.NO_DATA).enabledProperty().set(false);
        vm.maxCostUsdProperty().set("$0.50");

        vm.save(saved::incrementAndGet);

        assertThat(saved).hasValue(1);
        AlertSettings stored = alerting.alertSettings();
        assertThat(stored.p95Duration().threshold()).isEqualTo(12.5);
        assertThat(stored.p95Duration().recovery()).isEqualTo(10);
        assertThat(stored.p95Duration().pendingFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(stored.p95Duration().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(stored.noData().enabled()).isFalse();
        assertThat(stored.anomalies().maxCostMicros()).isEqualTo(Money.ofUsd(0.50));
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void aFieldThatIsNotANumberIsNamedAndNothingIsStored() {
        vm.load();
        row(RuleKind.ERROR_RATE).thresholdProperty().set("twenty");

        assertThat(vm.save(saved::incrementAndGet)).isEmpty();

        assertThat(vm.problemProperty().get()).isEqualTo("Error rate above: threshold: \"twenty\" is not a number; type one such as 20 or 0.5.");
        assertThat(saved).hasValue(0);
        assertThat(alerting.alertSettings()).isEqualTo(AlertSettings.DEFAULTS);
    }

    @Test
    void aRecoveryOnTheWrongSideOfTheThresholdIsRefusedWithTheRulesReason() {
        vm.load();
        row(RuleKind.SUCCESS_RATE).recoveryProperty().set("70");

        assertThat(vm.save(saved::incrementAndGet)).isEmpty();

        assertThat(vm.problemProperty().get()).contains("success-rate").contains("recovery");
        assertThat(alerting.alertSettings()).isEqualTo(AlertSettings.DEFAULTS);
    }

    @Test
    void aFailedSaveSaysTheRulesKeepTheirSettingsAndTheDialogStaysOpen() {
        vm.load();
        row(RuleKind.ERROR_RATE).thresholdProperty().set("40");
        alerting.failSavingSettings(new IllegalStateException("disk full"));

        vm.save(saved::incrementAndGet);

        assertThat(saved).hasValue(0);
        assertThat(vm.problemProperty().get()).contains("disk full").contains("previous settings");
        assertThat(vm.savingProperty().get()).isFalse();
    }

    @Test
    void restoringDefaultsFillsTheFieldsWithoutSaving() {
        alerting.saveAlertSettings(AlertSettings.DEFAULTS.with(RuleKind.ERROR_RATE,
                AlertSettings.DEFAULTS.errorRate().withThresholds(50, 40)));
        vm.load();

        vm.restoreDefaults();

        assertThat(row(RuleKind.ERROR_RATE).thresholdProperty().get()).isEqualTo("20");
        assertThat(alerting.alertSettings().errorRate().threshold()).isEqualTo(50);
    }

    @Test
    void theQualityRulesAreShownAndEditedLikeTheOtherRates() {
        vm.load();
        RuleRow tools = row(RuleKind.TOOL_SUCCESS_RATE);
        RuleRow rootCause = row(RuleKind.ROOT_CAUSE_RATE);
        assertThat(tools.label()).isEqualTo("Tool success rate of an agent below");
        assertThat(tools.unit()).isEqualTo("%");
        assertThat(tools.thresholdProperty().get()).isEqualTo("80");
        assertThat(tools.recoveryProperty().get()).isEqualTo("85");
        assertThat(tools.windowMinutesProperty().get()).isEqualTo("15");
        assertThat(tools.minExecutionsProperty().get()).isEqualTo("5");
        assertThat(rootCause.label()).isEqualTo("Root-cause-found rate of an agent below");
        assertThat(rootCause.thresholdProperty().get()).isEqualTo("70");
        assertThat(rootCause.windowMinutesProperty().get()).isEqualTo("60");

        tools.thresholdProperty().set("90");
        tools.recoveryProperty().set("95");
        tools.minExecutionsProperty().set("20");
        rootCause.windowMinutesProperty().set("240");
        rootCause.severityProperty().set(Severity.CRITICAL);
        vm.save(saved::incrementAndGet);

        assertThat(saved).hasValue(1);
        AlertSettings stored = alerting.alertSettings();
        assertThat(stored.toolSuccessRate().threshold()).isEqualTo(90);
        assertThat(stored.toolSuccessRate().recovery()).isEqualTo(95);
        assertThat(stored.toolSuccessRate().minExecutions()).isEqualTo(20);
        assertThat(stored.rootCauseRate().window()).isEqualTo(Duration.ofHours(4));
        assertThat(stored.rootCauseRate().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aQualityRecoveryBelowItsThresholdIsRefusedAndNothingIsStored() {
        vm.load();
        row(RuleKind.ROOT_CAUSE_RATE).recoveryProperty().set("60");

        assertThat(vm.save(saved::incrementAndGet)).isEmpty();

        assertThat(saved).hasValue(0);
        assertThat(vm.problemProperty().get())
                .isEqualTo("root-cause-rate recovery must be between the threshold (70 %) and 100 %, got 60");
        assertThat(alerting.alertSettings().rootCauseRate()).isEqualTo(AlertSettings.DEFAULTS.rootCauseRate());
    }
}
