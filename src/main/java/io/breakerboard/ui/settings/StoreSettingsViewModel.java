package io.breakerboard.ui.settings;

import io.breakerboard.service.StoreSettings;
import io.breakerboard.ui.UiExecutor;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Store dialog's fields: the embedded store, or a team store's {@code postgresql://user@host:5432/db} address,
 * checked as you type by the same rules as {@code --database}. "Test connection" connects once in the background;
 * saving keeps the choice for the next start. No password is ever asked for or saved.
 */
public final class StoreSettingsViewModel {
    private final StoreSettings settings;
    private final UiExecutor ui;

    private final BooleanProperty team = new SimpleBooleanProperty(this, "team");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testPassed = new ReadOnlyBooleanWrapper(this, "testPassed");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper inUse = new ReadOnlyStringWrapper(this, "inUse", "");
    private final BooleanBinding canTest = team.and(problem.isEmpty()).and(testing.not());
    private final BooleanBinding canSave = Bindings.createBooleanBinding(
            () -> !saving.get() && (!team.get() || problem.get().isEmpty()), team, problem, saving);

    public StoreSettingsViewModel(StoreSettings settings, UiExecutor ui) {
        this.settings = settings;
        this.ui = ui;
        team.addListener((o, was, now) -> check());
        address.addListener((o, was, now) -> check());
    }

    /** Fills the fields with the saved choice; a broken settings file is named in the problem line. */
    public void load() {
        inUse.set("In use now: " + settings.inUse() + ".");
        try {
            Optional<String> saved = settings.saved();
            address.set(saved.orElse(""));
            team.set(saved.isPresent());
            check();
        } catch (RuntimeException e) {
            team.set(false);
            problem.set(e.getMessage());
        }
    }

    private void check() {
        testResult.set("");
        testPassed.set(false);
        if (!team.get()) {
            problem.set("");
        } else if (address.get() == null || address.get().isBlank()) {
            problem.set("Enter the team store's address: postgresql://user@host:5432/database");
        } else {
            problem.set(StoreSettings.problem(address.get()).orElse(""));
        }
    }

    /** Connects once to the address in the background and shows what was found, or why it failed. */
    public void testConnection() {
        if (!canTest.get()) {
            return;
        }
        String given = address.get();
        testing.set(true);
        testPassed.set(false);
        testResult.set("Connecting…");
        ui.query("test the connection", () -> settings.test(given), found -> {
            testing.set(false);
            if (given.equals(address.get())) {
                testPassed.set(true);
                testResult.set(found);
            }
        }, failure -> {
            testing.set(false);
            if (given.equals(address.get())) {
                testResult.set(failure.getMessage());
            }
        });
    }

    /**
     * Saves the choice in the background for the next start and runs {@code onSaved} on the FX thread once done;
     * returns false (saving nothing) while the address is wrong.
     */
    public boolean save(Runnable onSaved) {
        if (!canSave.get()) {
            return false;
        }
        Optional<String> choice = team.get() ? Optional.of(address.get().strip()) : Optional.empty();
        saving.set(true);
        ui.query("save the store settings", () -> {
            settings.save(choice);
            return choice;
        }, saved -> {
            saving.set(false);
            ui.tell("Saved: the next start opens " + saved.map(a -> "the team store " + a)
                    .orElse("the embedded store") + ".");
            onSaved.run();
        }, failure -> {
            saving.set(false);
            problem.set("Could not save the store settings: " + failure.getMessage());
        });
        return true;
    }

    public BooleanProperty teamProperty() { return team; }
    public StringProperty addressProperty() { return address; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testPassedProperty() { return testPassed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inUseProperty() { return inUse.getReadOnlyProperty(); }
    public BooleanBinding canTestBinding() { return canTest; }
    public BooleanBinding canSaveBinding() { return canSave; }
}
