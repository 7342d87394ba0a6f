package io.breakerboard.ui.alerts;

import io.breakerboard.alerts.AlertSettings;
import io.breakerboard.alerts.AnomalySettings;
import io.breakerboard.alerts.RuleKind;
import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.model.Money;
import io.breakerboard.model.Severity;
import io.breakerboard.service.Alerting;
import io.breakerboard.ui.UiExecutor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The alert settings dialog's state: one editable row per rule and the anomaly limits, as text the person types.
 * Saving checks every field, names the first wrong one, and only then stores the settings through the workspace
 * (off the FX thread); the rules judge by them from their next evaluation.
 */
public final class AlertSettingsViewModel {

    /** One rule as the dialog edits it; numbers stay text until saved. */
    public static final class RuleRow {
        private final RuleKind kind;
        private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
        private final StringProperty threshold = new SimpleStringProperty(this, "threshold", "");
        private final StringProperty recovery = new SimpleStringProperty(this, "recovery", "");
        private final StringProperty windowMinutes = new SimpleStringProperty(this, "windowMinutes", "");
        private final StringProperty pendingSeconds = new SimpleStringProperty(this, "pendingSeconds", "");
        private final StringProperty minExecutions = new SimpleStringProperty(this, "minExecutions", "");
        private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(this, "severity", Severity.WARNING);

        RuleRow(RuleKind kind) {
            this.kind = kind;
        }

        public RuleKind kind() {
            return kind;
        }

        /** What the rule watches, in words: "Error rate above". */
        public String label() {
            return switch (kind) {
                case ERROR_RATE -> "Error rate above";
                case SUCCESS_RATE -> "Success rate below";
                case COST_PER_DAY -> "Cost per day above";
                case P95_DURATION -> "P95 duration of an agent above";
                case BREAKER_OPEN -> "Circuit breaker open longer than";
                case NO_DATA -> "No new executions for";
                case TOOL_SUCCESS_RATE -> "Tool success rate of an agent below";
                case ROOT_CAUSE_RATE -> "Root-cause-found rate of an agent below";
            };
        }

        /** The thresholds' unit as shown: {@code %}, {@code $}, {@code s}, {@code min}. */
        public String unit() {
            return kind.unit().equals("USD") ? "$" : kind.unit();
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }

        public StringProperty thresholdProperty() {
            return threshold;
        }

        public StringProperty recoveryProperty() {
            return recovery;
        }

        public StringProperty windowMinutesProperty() {
            return windowMinutes;
        }

        public StringProperty pendingSecondsProperty() {
            return pendingSeconds;
        }

        public StringProperty minExecutionsProperty() {
            return minExecutions;
        }

        public ObjectProperty<Severity> severityProperty() {
            return severity;
        }

        void show(RuleSettings s) {
            enabled.set(s.enabled());
            threshold.set(number(s.threshold()));
            recovery.set(number(s.recovery()));
            // A rule without a window or a minimum leaves its field blank (and disabled in the dialog).
            windowMinutes.set(kind.usesWindow() ? Long.toString(s.window().toMinutes()) : "");
            pendingSeconds.set(Long.toString(s.pendingFor().toSeconds()));
            minExecutions.set(kind.usesMinExecutions() ? Integer.toString(s.minExecutions()) : "");
            severity.set(s.severity());
        }

        RuleSettings read(RuleSettings before) {
            String name = label();
            Duration window = kind.usesWindow()
                    ? Duration.ofMinutes(whole(name + ": window", windowMinutes.get())) : before.window();
            int least = kind.usesMinExecutions() ? (int) whole(name + ": minimum executions", minExecutions.get())
                    : before.minExecutions();
            return new RuleSettings(enabled.get(), window, decimal(name + ": threshold", threshold.get()),
                    decimal(name + ": recovery", recovery.get()),
                    Duration.ofSeconds(whole(name + ": pending for", pendingSeconds.get())), severity.get(), least);
        }
    }

    private final Alerting alerting;
    private final UiExecutor ui;
    private final List<RuleRow> rules = new ArrayList<>();
    private final BooleanProperty anomaliesEnabled = new SimpleBooleanProperty(this, "anomaliesEnabled");
    private final StringProperty maxIterations = new SimpleStringProperty(this, "maxIterations", "");
    private final StringProperty maxCostUsd = new SimpleStringProperty(this, "maxCostUsd", "");
    private final StringProperty maxDurationSeconds = new SimpleStringProperty(this, "maxDurationSeconds", "");
    private final StringProperty maxToolFailures = new SimpleStringProperty(this, "maxToolFailures", "");
    private final StringProperty repeatedToolCalls = new SimpleStringProperty(this, "repeatedToolCalls", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private AlertSettings current = AlertSettings.DEFAULTS;

    public AlertSettingsViewModel(Alerting alerting, UiExecutor ui) {
        this.alerting = alerting;
        this.ui = ui;
        for (RuleKind kind : RuleKind.values()) {
            rules.add(new RuleRow(kind));
        }
        show(AlertSettings.DEFAULTS);
    }

    /** Reads the settings the rules judge by now, in the background. */
    public void load() {
        loaded.set(false);
        problem.set("");
        ui.query("read the alert settings", alerting::alertSettings, settings -> {
            show(settings);
            loaded.set(true);
        }, failure -> problem.set("Could not read the alert settings (" + failure.getMessage()
                + "); the defaults are shown. Saving stores them."));
    }

    /** Puts the defaults in the fields; nothing changes until Save. */
    public void restoreDefaults() {
        show(AlertSettings.DEFAULTS);
        problem.set("");
    }

    /**
     * Checks every field; when one is wrong, says which and why and returns empty. Otherwise stores the settings
     * in the background and runs {@code onSaved} on the FX thread once they are stored and applied.
     */
    public Optional<AlertSettings> save(Runnable onSaved) {
        Optional<AlertSettings> settings = read();
        settings.ifPresent(s -> {
            saving.set(true);
            ui.query("save the alert settings", () -> {
                alerting.saveAlertSettings(s);
                return s;
            }, saved -> {
                saving.set(false);
                current = saved;
                problem.set("");
                onSaved.run();
            }, failure -> {
                saving.set(false);
                problem.set("Could not save the alert settings: " + failure.getMessage()
                        + " The rules keep judging by the previous settings.");
            });
        });
        return settings;
    }

    /** The settings the fields describe, or empty with {@link #problemProperty()} naming the first wrong field. */
    Optional<AlertSettings> read() {
        try {
            AlertSettings next = current;
            for (RuleRow row : rules) {
                next = next.with(row.kind(), row.read(next.rule(row.kind())));
            }
            AnomalySettings limits = current.anomalies();
            next = next.withAnomalies(new AnomalySettings(anomaliesEnabled.get(),
                    (int) whole("Anomalies: iterations", maxIterations.get()),
                    Money.ofUsd(decimal("Anomalies: cost", maxCostUsd.get())),
                    Duration.ofSeconds(whole("Anomalies: duration", maxDurationSeconds.get())),
                    (int) whole("Anomalies: tool failures", maxToolFailures.get()),
                    (int) whole("Anomalies: repeated tool calls", repeatedToolCalls.get()),
                    limits.keep()));
            problem.set("");
            return Optional.of(next);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void show(AlertSettings settings) {
        current = settings;
        for (RuleRow row : rules) {
            row.show(settings.rule(row.kind()));
        }
        AnomalySettings a = settings.anomalies();
        anomaliesEnabled.set(a.enabled());
        maxIterations.set(Integer.toString(a.maxIterations()));
        maxCostUsd.set(number(a.maxCostMicros() / 1_000_000.0));
        maxDurationSeconds.set(Long.toString(a.maxDuration().toSeconds()));
        maxToolFailures.set(Integer.toString(a.maxToolFailures()));
        repeatedToolCalls.set(Integer.toString(a.repeatedToolCalls()));
    }

    public List<RuleRow> rules() {
        return List.copyOf(rules);
    }

    public BooleanProperty anomaliesEnabledProperty() {
        return anomaliesEnabled;
    }

    public StringProperty maxIterationsProperty() {
        return maxIterations;
    }

    public StringProperty maxCostUsdProperty() {
        return maxCostUsd;
    }

    public StringProperty maxDurationSecondsProperty() {
        return maxDurationSeconds;
    }

    public StringProperty maxToolFailuresProperty() {
        return maxToolFailures;
    }

    public StringProperty repeatedToolCallsProperty() {
        return repeatedToolCalls;
    }

    /** Why the settings cannot be saved or were not; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True once the stored settings are in the fields. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while the settings are being stored. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static double decimal(String field, String text) {
        String t = text == null ? "" : text.trim().replace(',', '.').replace("$", "").replace("%", "").trim();
        try {
            double value = Double.parseDouble(t);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + text + "\" is not a number; type one such as 20 or 0.5.");
        }
    }

    private static long whole(String field, String text) {
        String t = text == null ? "" : text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": \"" + text + "\" is not a whole number; type one such as 5.");
        }
    }
}
