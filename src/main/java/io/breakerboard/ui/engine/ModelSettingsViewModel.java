package io.breakerboard.ui.engine;

import io.breakerboard.engine.llm.ModelSettings;
import io.breakerboard.engine.llm.Price;
import io.breakerboard.ui.UiExecutor;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Model dialog's fields: the simulated models, or a real OpenAI-compatible endpoint with its two models,
 * prices, time limit and the NAME of the environment variable holding the key (never the key). Numbers stay
 * text until saved; saving checks every field and names the first wrong one.
 */
public final class ModelSettingsViewModel {
    private final Supplier<Optional<ModelSettings>> current;
    private final Supplier<String> savedProblem;
    private final Consumer<Optional<ModelSettings>> store;
    private final UnaryOperator<String> env;
    private final UiExecutor ui;

    private final BooleanProperty real = new SimpleBooleanProperty(this, "real");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "https://api.openai.com/v1");
    private final StringProperty keyEnv = new SimpleStringProperty(this, "keyEnv", "OPENAI_API_KEY");
    private final StringProperty strongModel = new SimpleStringProperty(this, "strongModel", "gpt-4o");
    private final StringProperty strongInput = new SimpleStringProperty(this, "strongInput", "2.50");
    private final StringProperty strongOutput = new SimpleStringProperty(this, "strongOutput", "10.00");
    private final StringProperty cheapModel = new SimpleStringProperty(this, "cheapModel", "gpt-4o-mini");
    private final StringProperty cheapInput = new SimpleStringProperty(this, "cheapInput", "0.15");
    private final StringProperty cheapOutput = new SimpleStringProperty(this, "cheapOutput", "0.60");
    private final StringProperty timeoutSeconds = new SimpleStringProperty(this, "timeoutSeconds", "60");
    private final StringProperty maxOutputTokens = new SimpleStringProperty(this, "maxOutputTokens", "512");
    private final ReadOnlyStringWrapper keyStatus = new ReadOnlyStringWrapper(this, "keyStatus", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    /**
     * @param current      the real model in use, or empty for the simulated ones
     * @param savedProblem why the saved settings could not be used, or null
     * @param store        uses and saves a choice (may write a file: runs in the background)
     * @param env          looks up an environment variable, to say whether the key is there
     */
    public ModelSettingsViewModel(Supplier<Optional<ModelSettings>> current, Supplier<String> savedProblem,
                                  Consumer<Optional<ModelSettings>> store, UnaryOperator<String> env, UiExecutor ui) {
        this.current = current;
        this.savedProblem = savedProblem;
        this.store = store;
        this.env = env;
        this.ui = ui;
        keyEnv.addListener((o, was, now) -> keyStatus.set(status(now)));
        keyStatus.set(status(keyEnv.get()));
    }

    /** Fills the fields with the choice in use. */
    public void load() {
        Optional<ModelSettings> s = current.get();
        real.set(s.isPresent());
        s.ifPresent(this::show);
        String p = savedProblem.get();
        problem.set(p == null ? "" : p);
    }

    private void show(ModelSettings s) {
        baseUrl.set(s.baseUrl().toString());
        keyEnv.set(s.keyEnv() == null ? "" : s.keyEnv());
        strongModel.set(s.strong().name());
        strongInput.set(usd(s.strong().price().inputMicrosPerMillion()));
        strongOutput.set(usd(s.strong().price().outputMicrosPerMillion()));
        cheapModel.set(s.cheap().name());
        cheapInput.set(usd(s.cheap().price().inputMicrosPerMillion()));
        cheapOutput.set(usd(s.cheap().price().outputMicrosPerMillion()));
        timeoutSeconds.set(BigDecimal.valueOf(s.timeout().toMillis(), 3).stripTrailingZeros().toPlainString());
        maxOutputTokens.set(Integer.toString(s.maxOutputTokens()));
    }

    /**
     * Checks the fields; when one is wrong, says which and returns false. Otherwise uses and saves the choice in
     * the background and runs {@code onSaved} on the FX thread once done.
     */
    public boolean save(Runnable onSaved) {
        Optional<ModelSettings> choice;
        try {
            choice = real.get() ? Optional.of(read()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        saving.set(true);
        ui.query("save the model settings", () -> {
            store.accept(choice);
            return choice;
        }, done -> {
            saving.set(false);
            onSaved.run();
        }, failure -> {
            saving.set(false);
            problem.set("Could not save the model settings: " + failure.getMessage());
        });
        return true;
    }

    ModelSettings read() {
        URI url;
        try {
            url = URI.create(baseUrl.get().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Base URL is not an address: '" + baseUrl.get() + "'");
        }
        return new ModelSettings(url, keyEnv.get(),
                new ModelSettings.ModelChoice(strongModel.get().strip(), price("Strong model", strongInput, strongOutput)),
                new ModelSettings.ModelChoice(cheapModel.get().strip(), price("Cheap model", cheapInput, cheapOutput)),
                Duration.ofMillis(Math.round(number("Time limit", timeoutSeconds.get()) * 1000)),
                (int) number("Max output tokens", maxOutputTokens.get()));
    }

    private static Price price(String what, StringProperty in, StringProperty out) {
        return Price.perMillionUsd(number(what + " input price", in.get()), number(what + " output price", out.get()));
    }

    private static double number(String what, String text) {
        try {
            double v = Double.parseDouble(text.strip().replace("$", ""));
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number of at least 0, got '" + text + "'");
        }
    }

    private String status(String name) {
        if (name == null || name.isBlank()) {
            return "No key is sent (a local server without keys).";
        }
        String v = env.apply(name.strip());
        return v == null || v.isBlank() ? name.strip() + " is not set in Breakerboard's environment: set it and start again."
                : name.strip() + " is set; the key is read from it at every call and never stored.";
    }

    private static String usd(long microsPerMillion) {
        return BigDecimal.valueOf(microsPerMillion, 6).stripTrailingZeros().toPlainString();
    }

    public BooleanProperty realProperty() { return real; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty keyEnvProperty() { return keyEnv; }
    public StringProperty strongModelProperty() { return strongModel; }
    public StringProperty strongInputProperty() { return strongInput; }
    public StringProperty strongOutputProperty() { return strongOutput; }
    public StringProperty cheapModelProperty() { return cheapModel; }
    public StringProperty cheapInputProperty() { return cheapInput; }
    public StringProperty cheapOutputProperty() { return cheapOutput; }
    public StringProperty timeoutSecondsProperty() { return timeoutSeconds; }
    public StringProperty maxOutputTokensProperty() { return maxOutputTokens; }
    public ReadOnlyStringProperty keyStatusProperty() { return keyStatus.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
