package io.breakerboard.ui.settings;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Where the window keeps its executions: the embedded store in the data directory, or a team store on a shared
 * PostgreSQL server (the same as {@code --database}). Saved in the data directory and applied on the next start.
 */
public final class StoreSettingsDialog extends Dialog<ButtonType> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    public StoreSettingsDialog(StoreSettingsViewModel vm, Window owner) {
        // create parts
        ToggleGroup choice = new ToggleGroup();
        RadioButton embedded = new RadioButton("Embedded store in the data directory (this desktop only)");
        embedded.setId("store-embedded");
        embedded.setToggleGroup(choice);
        RadioButton team = new RadioButton("Team store on PostgreSQL (shared with other desktops and receivers)");
        team.setId("store-team");
        team.setToggleGroup(choice);
        TextField address = new TextField();
        address.setId("store-address");
        address.setPromptText("postgresql://user@host:5432/database");
        address.setPrefColumnCount(34);
        Button test = new Button("Test connection");
        test.setId("store-test");
        Label password = new Label("The password is read from PGPASSWORD or ~/.pgpass when connecting; it is never"
                + " asked for here or saved. Add ?sslmode=verify-full for TLS.");
        password.getStyleClass().add("field-caption");
        password.setWrapText(true);
        Label testResult = label("store-test-result", "field-caption");
        Label problem = label("store-problem", "error-text");
        Label inUse = label("store-in-use", "field-caption");

        // lay out
        setTitle("Store");
        setHeaderText("Where this window keeps and reads executions. A change is applied on the next start;\n"
                + "--database on the command line overrides it.");
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        HBox addressRow = new HBox(8, address, test);
        HBox.setHgrow(address, Priority.ALWAYS);
        VBox teamBox = new VBox(6, addressRow, password, testResult);
        teamBox.setId("store-team-fields");
        VBox content = new VBox(8, inUse, embedded, team, teamBox, problem);
        content.setId("store-settings");
        content.setPrefWidth(600);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, SAVE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        // bind
        vm.load();
        (vm.teamProperty().get() ? team : embedded).setSelected(true);
        team.selectedProperty().addListener((o, was, now) -> vm.teamProperty().set(now));
        address.textProperty().bindBidirectional(vm.addressProperty());
        teamBox.disableProperty().bind(vm.teamProperty().not());
        test.disableProperty().bind(vm.canTestBinding().not());
        testResult.textProperty().bind(vm.testResultProperty());
        testResult.managedProperty().bind(vm.testResultProperty().isNotEmpty());
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(vm.problemProperty().isNotEmpty());
        inUse.textProperty().bind(vm.inUseProperty());
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("store-save");
        save.disableProperty().bind(vm.canSaveBinding().not());

        // handlers: Save closes the dialog only once the choice is written.
        test.setOnAction(e -> vm.testConnection());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                setResult(SAVE);
                close();
            });
        });
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(580);
        return l;
    }
}
