package io.breakerboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.model.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertSettingsJsonTest {

    @Test
    void everySettingSurvivesARoundTrip() {
        AlertSettings s = AlertSettings.DEFAULTS
                .with(RuleKind.ERROR_RATE, AlertSettings.DEFAULTS.errorRate().withThresholds(35.5, 30)
                        .withWindow(Duration.ofMinutes(7)).withPendingFor(Duration.ofSeconds(45)).withSeverity(Severity.INFO))
                .with(RuleKind.NO_DATA, AlertSettings.DEFAULTS.noData().withEnabled(false))
                .withAnomalies(AlertSettings.DEFAULTS.anomalies().withMaxCostMicros(1_250_000).withKeep(50))
                .withResolvedRetention(Duration.ofMinutes(90));

        String json = AlertSettingsJson.write(s);

        assertThat(json).contains("\"window\" : \"PT7M\"", "\"pendingFor\" : \"PT45S\"", "\"maxCostMicros\" : 1250000");
        assertThat(AlertSettingsJson.read(json, "test")).isEqualTo(s);
    }

    @Test
    void theQualityRulesSurviveARoundTrip() {
        AlertSettings s = AlertSettings.DEFAULTS
                .with(RuleKind.TOOL_SUCCESS_RATE, AlertSettings.DEFAULTS.toolSuccessRate().withThresholds(90, 95)
                        .withWindow(Duration.ofMinutes(30)).withMinExecutions(12).withSeverity(Severity.CRITICAL))
                .with(RuleKind.ROOT_CAUSE_RATE, AlertSettings.DEFAULTS.rootCauseRate().withEnabled(false)
                        .withPendingFor(Duration.ofMinutes(5)));

        String json = AlertSettingsJson.write(s);

        assertThat(json).contains("\"toolSuccessRate\"", "\"rootCauseRate\"", "\"window\" : \"PT30M\"");
        AlertSettings read = AlertSettingsJson.read(json, "test");
        assertThat(read).isEqualTo(s);
        assertThat(read.toolSuccessRate().threshold()).isEqualTo(90);
        assertThat(read.rootCauseRate().enabled()).isFalse();
    }

    @Test
    void settingsWrittenBeforeTheQualityRulesLoadWithTheirDefaults() {
        String older = """
                {
                  "errorRate" : { "enabled" : true, "window" : "PT5M", "threshold" : 25.0, "recovery" : 15.0,
                                  "pendingFor" : "PT0S", "severity" : "CRITICAL", "minExecutions" : 5 },
                  "noData" : { "enabled" : false, "window" : "PT1M", "threshold" : 10.0, "recovery" : 10.0,
                               "pendingFor" : "PT0S", "severity" : "WARNING", "minExecutions" : 0 },
                  "resolvedRetention" : "PT1H",
                  "historyLimit" : 10000
                }""";

        AlertSettings s = AlertSettingsJson.read(older, "settings.json");

        assertThat(s.errorRate().threshold()).isEqualTo(25);
        assertThat(s.noData().enabled()).isFalse();
        assertThat(s.toolSuccessRate()).isEqualTo(AlertSettings.DEFAULTS.toolSuccessRate());
        assertThat(s.rootCauseRate()).isEqualTo(AlertSettings.DEFAULTS.rootCauseRate());
        assertThat(s.toolSuccessRate().threshold()).isEqualTo(80);
        assertThat(s.rootCauseRate().threshold()).isEqualTo(70);
    }

    @Test
    void settingsLeftOutTakeTheirDefaults() {
        AlertSettings s = AlertSettingsJson.read("{\"errorRate\": {\"threshold\": 30}, \"anomalies\": {\"keep\": 10}}",
                "test");

        assertThat(s.errorRate()).isEqualTo(AlertSettings.DEFAULTS.errorRate().withThreshold(30));
        assertThat(s.anomalies().keep()).isEqualTo(10);
        assertThat(s.anomalies().maxIterations()).isEqualTo(8);
        assertThat(s.costPerDay()).isEqualTo(AlertSettings.DEFAULTS.costPerDay());
        assertThat(AlertSettingsJson.read("{}", "test")).isEqualTo(AlertSettings.DEFAULTS);
    }

    @Test
    void anInvalidValueIsNamedWithWhereItCameFrom() {
        assertThatThrownBy(() -> AlertSettingsJson.read("{\"errorRate\": {\"threshold\": 140}}", "settings.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alert settings in settings.json: error-rate threshold must be between 0 and 100 %, got 140;"
                        + " correct that value");
    }

    @Test
    void aBadDurationNamesTheSettingAndTheExpectedForm() {
        assertThatThrownBy(() -> AlertSettingsJson.read("{\"successRate\": {\"window\": \"5 minutes\"}}", "settings.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("alert settings in settings.json: successRate.window: ")
                .hasMessageContaining("PT5M");
    }

    @Test
    void anUnknownSeverityNamesTheSetting() {
        assertThatThrownBy(() -> AlertSettingsJson.read("{\"costPerDay\": {\"severity\": \"HIGH\"}}", "settings.json"))
                .hasMessageStartingWith("alert settings in settings.json: costPerDay.severity: ")
                .hasMessageContaining("HIGH");
    }

    @Test
    void aMissingNumberIsNamed() {
        assertThatThrownBy(() -> AlertSettingsJson.read("{\"errorRate\": {\"threshold\": null}}", "settings.json"))
                .hasMessage("alert settings in settings.json: errorRate.threshold: Cannot map `null` into type `double`;"
                        + " correct that value");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> AlertSettingsJson.read("{\n  \"errorRate\": {\n    \"threshold\": 20,,\n", "settings.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("alert settings in settings.json are not valid JSON at line 3")
                .hasMessageEndingWith("fix the text or remove it to return to the defaults");
        assertThatThrownBy(() -> AlertSettingsJson.read("[1]", "settings.json"))
                .hasMessage("alert settings in settings.json must be a JSON object; remove the text to return to the defaults");
    }
}
