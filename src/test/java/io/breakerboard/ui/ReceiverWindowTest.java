package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.service.ReceiverStatus;
import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.testsupport.TestComponents;
import io.breakerboard.ui.dashboard.RangeChoice;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar's OTLP receiver on a real workspace: traces sent over loopback reach the dashboard. */
@ExtendWith(ApplicationExtension.class)
class ReceiverWindowTest {
    private static final String TRACE = """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"svc"}}]},
              "scopeSpans":[{"spans":[
                {"traceId":"0000000000000000000000000000c0de","spanId":"00000000000000c1",
                 "parentSpanId":"00000000000000a0","name":"chat gpt-4o",
                 "startTimeUnixNano":"1772359201000000000","endTimeUnixNano":"1772359202000000000",
                 "attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
                   {"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o"}},
                   {"key":"gen_ai.usage.input_tokens","value":{"intValue":"120"}},
                   {"key":"gen_ai.usage.output_tokens","value":{"intValue":"30"}}]},
                {"traceId":"0000000000000000000000000000c0de","spanId":"00000000000000a0","name":"invoke_agent live",
                 "startTimeUnixNano":"1772359200000000000","endTimeUnixNano":"1772359203000000000",
                 "attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"invoke_agent"}},
                   {"key":"gen_ai.agent.name","value":{"stringValue":"live-agent"}}]}]}]}]}
            """;

    @TempDir
    static Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private LocalWorkspace workspace;
    private BreakerboardWindow window;

    @Start
    void start(Stage stage) {
        workspace = WorkspaceAssembler.open(dir.resolve("data-" + System.nanoTime()),
                TestComponents.with(new RollupMetrics(clock), clock));
        window = new BreakerboardWindow(stage, workspace, UiOptions.defaults(), Clock.systemDefaultZone());
        window.show();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        workspace.close();
    }

    @Test
    void toggledOnItReceivesATraceThatTheDashboardCountsAndToggledOffItFreesThePort(FxRobot robot) throws Exception {
        waitUntil(() -> window.readyProperty().get());
        onFx(() -> {
            window.dashboardViewModel().selectRange(RangeChoice.ALL);
            return null;
        });
        TextField address = robot.lookup("#receiver-address").queryAs(TextField.class);
        assertThat(address.getText()).as("the default address").isEqualTo("127.0.0.1:4318");
        assertThat(workspace.receiver().status().listening()).as("nothing listens unless asked").isFalse();

        onFx(() -> {
            address.setText("127.0.0.1:0");
            return null;
        });
        robot.clickOn("#receiver-toggle");
        waitUntil(() -> window.receiverViewModel().listeningProperty().get());
        ReceiverStatus on = workspace.receiver().status();
        int port = Integer.parseInt(on.address().substring(on.address().lastIndexOf(':') + 1));
        assertThat(onFx(() -> robot.lookup("#receiver-status").queryAs(Label.class).getText()))
                .startsWith("Listening on 127.0.0.1:" + port);
        assertThat(onFx(address::isDisabled)).as("the address is fixed while listening").isTrue();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1/traces")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TRACE)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        // The trace is complete once its grace period for late spans has passed on the workspace's clock.
        clock.advance(Duration.ofSeconds(3));

        waitUntil(() -> window.dashboardViewModel().agentRows().stream().anyMatch(r -> r.agent().equals("live-agent")));
        assertThat(workspace.queries().execution("otlp:0000000000000000000000000000c0de")).get()
                .satisfies(e -> assertThat(e.inputTokens()).isEqualTo(120));
        waitUntil(() -> robot.lookup("#receiver-status").queryAs(Label.class).getText()
                .endsWith("2 spans, 1 executions, 0 errors"));

        robot.clickOn("#receiver-toggle");
        waitUntil(() -> !window.receiverViewModel().listeningProperty().get()
                && !window.receiverViewModel().busyProperty().get());
        assertThat(onFx(() -> robot.lookup("#receiver-toggle").queryAs(ToggleButton.class).isSelected())).isFalse();
        assertThat(onFx(() -> robot.lookup("#receiver-status").queryAs(Label.class).getText()))
                .startsWith("Stopped (127.0.0.1:" + port + ")");
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port));
            assertThat(again.isBound()).as("the port is free again").isTrue();
        }
    }

    @Test
    void anAddressInUseIsExplainedAndNothingListens(FxRobot robot) throws Exception {
        waitUntil(() -> window.readyProperty().get());
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            onFx(() -> {
                window.receiverViewModel().addressProperty().set("127.0.0.1:" + taken.getLocalPort());
                return null;
            });
            robot.clickOn("#receiver-toggle");

            waitUntil(() -> robot.lookup("#receiver-status").queryAs(Label.class).getText()
                    .startsWith("Cannot listen on 127.0.0.1:" + taken.getLocalPort()));
            assertThat(onFx(() -> robot.lookup("#receiver-toggle").queryAs(ToggleButton.class).isSelected())).isFalse();
            assertThat(workspace.receiver().status().listening()).isFalse();
        }
    }
}
