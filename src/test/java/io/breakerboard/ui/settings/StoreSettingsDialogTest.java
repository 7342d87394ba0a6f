package io.breakerboard.ui.settings;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.service.StoreLocation;
import io.breakerboard.service.StoreSettings;
import io.breakerboard.testsupport.TeamPostgres;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.UiExecutor;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Store dialog: a team store's address checked as --database checks it, tested off the FX thread, saved without password. */
@ExtendWith(ApplicationExtension.class)
class StoreSettingsDialogTest {
    @TempDir
    Path dir;

    private Stage stage;
    private UiExecutor ui;
    private StoreSettings settings;
    private StoreSettingsDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui = UiExecutor.create(FxScheduler.platform());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        ui.close();
    }

    private void open() throws Exception {
        settings = new StoreSettings(dir, StoreLocation.of(dir));
        dialog = onFx(() -> {
            StoreSettingsDialog d = new StoreSettingsDialog(new StoreSettingsViewModel(settings, ui), stage);
            d.show();
            return d;
        });
    }

    private void type(FxRobot robot, String address) throws Exception {
        onFx(() -> {
            robot.lookup("#store-address").queryAs(TextField.class).setText(address);
            return null;
        });
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private static boolean disabled(FxRobot robot, String id) throws Exception {
        return onFx(() -> robot.lookup(id).query().isDisabled());
    }

    @Test
    void aWrongAddressIsNamedAndCannotBeSavedAndAGoodOneIsSavedWithoutPasswordForTheNextStart(FxRobot robot)
            throws Exception {
        open();
        assertThat(text(robot, "#store-in-use")).isEqualTo("In use now: the embedded store in "
                + dir.toAbsolutePath().normalize() + ".");
        assertThat(onFx(() -> robot.lookup("#store-team-fields").query().isDisabled())).isTrue();

        robot.clickOn("#store-team");
        assertThat(text(robot, "#store-problem")).startsWith("Enter the team store's address");
        assertThat(disabled(robot, "#store-save")).isTrue();

        type(robot, "postgresql://alice:hunter2@db.example:5432/fleet");
        assertThat(text(robot, "#store-problem")).contains("must not hold a password").contains("PGPASSWORD")
                .doesNotContain("hunter2");
        assertThat(disabled(robot, "#store-save")).isTrue();
        assertThat(disabled(robot, "#store-test")).isTrue();

        type(robot, "mysql://alice@db.example/fleet");
        assertThat(text(robot, "#store-problem")).startsWith("The address takes postgresql://");
        type(robot, "postgresql://alice@db.example:5432/fleet?sslmode=sometimes");
        assertThat(text(robot, "#store-problem")).contains("sslmode=sometimes is not one of");
        type(robot, "postgresql://alice@db.example:5432/");
        assertThat(text(robot, "#store-problem")).contains("names no database");

        type(robot, "postgresql://alice@db.example:5432/fleet?sslmode=verify-full");
        assertThat(text(robot, "#store-problem")).isEmpty();
        assertThat(disabled(robot, "#store-save")).isFalse();
        robot.clickOn("#store-save");
        waitUntil(() -> !dialog.isShowing());

        String file = Files.readString(dir.resolve(StoreSettings.FILE_NAME));
        assertThat(file).contains("postgresql://alice@db.example:5432/fleet?sslmode=verify-full").doesNotContain("hunter2");
        assertThat(StoreSettings.savedIn(dir)).contains("postgresql://alice@db.example:5432/fleet?sslmode=verify-full");

        // Opened again, the dialog shows the saved choice; back to the embedded store is saved as such.
        open();
        assertThat(onFx(() -> robot.lookup("#store-address").queryAs(TextField.class).getText()))
                .isEqualTo("postgresql://alice@db.example:5432/fleet?sslmode=verify-full");
        assertThat(onFx(() -> robot.lookup("#store-team-fields").query().isDisabled())).isFalse();
        robot.clickOn("#store-embedded");
        robot.clickOn("#store-save");
        waitUntil(() -> !dialog.isShowing());
        assertThat(StoreSettings.savedIn(dir)).isEqualTo(Optional.empty());
    }

    @Test
    void testConnectionRunsInTheBackgroundAndSaysWhatItFoundOrWhyItFailed(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        open();
        robot.clickOn("#store-team");
        type(robot, "postgresql://postgres@127.0.0.1:" + closedPort + "/fleet");
        robot.clickOn("#store-test");
        waitUntil(() -> robot.lookup("#store-test-result").queryAs(Label.class).getText().startsWith("Cannot connect"));
        assertThat(text(robot, "#store-test-result")).contains("127.0.0.1:" + closedPort + "/fleet")
                .contains("PGPASSWORD or ~/.pgpass");
        assertThat(disabled(robot, "#store-test")).as("free to try again").isFalse();

        String url = TeamPostgres.newDatabase();
        type(robot, url);
        assertThat(text(robot, "#store-test-result")).as("an earlier result goes with the address").isEmpty();
        robot.clickOn("#store-test");
        waitUntil(() -> robot.lookup("#store-test-result").queryAs(Label.class).getText().startsWith("Connected"));
        assertThat(text(robot, "#store-test-result")).contains("as postgres").contains("no Breakerboard schema yet");
        assertThat(Files.exists(dir.resolve(StoreSettings.FILE_NAME))).as("testing saves nothing").isFalse();
        Node save = robot.lookup("#store-save").query();
        assertThat(onFx(save::isDisabled)).isFalse();
    }
}
