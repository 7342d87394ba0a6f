package io.breakerboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.ui.dashboard.RangeChoice;
import io.breakerboard.ui.settings.Theme;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UiOptionsTest {
    @Test
    void readsTheWindowOptionsAndLeavesTheRestAlone() {
        UiOptions options = UiOptions.parse(new String[] {"--data-dir", "/tmp/x", "--screenshot", "out.png", "--theme=dark",
                "--window-size", "2560x1440"});

        assertThat(options.screenshot()).isEqualTo(Path.of("out.png"));
        assertThat(options.theme()).isEqualTo(Theme.DARK);
        assertThat(options.width()).isEqualTo(2560);
        assertThat(options.height()).isEqualTo(1440);
    }

    @Test
    void defaultsToALightWindowOf1280By800() {
        UiOptions options = UiOptions.parse(new String[0]);

        assertThat(options.screenshot()).isNull();
        assertThat(options.theme()).isEqualTo(Theme.LIGHT);
        assertThat(options.width()).isEqualTo(1280);
        assertThat(options.height()).isEqualTo(800);
    }

    @Test
    void namesTheOptionWhoseValueIsMissingOrWrong() {
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--screenshot"}))
                .hasMessageContaining("--screenshot needs a value");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--theme", "purple"}))
                .hasMessageContaining("unknown theme 'purple'");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--window-size", "big"}))
                .hasMessageContaining("--window-size 'big'");
    }

    @Test
    void readsTheChaosOptionsForAWindowThatStartsUnderFaults() {
        UiOptions options = UiOptions.parse(new String[] {"--tab", "chaos", "--fault", "tool-down@tool:get_pod_logs,300",
                "--fault=model-outage@model:atlas-pro", "--screenshot-after", "90", "--range", "15min", "--start-engine"});

        assertThat(options.tab()).isEqualTo("chaos");
        assertThat(options.faults()).extracting(FaultSpec::describe).containsExactly(
                "Tool down on tool get_pod_logs, 100 % of calls, for 5 min",
                "Model outage on model atlas-pro, 100 % of calls, for 10 min");
        assertThat(options.screenshotDelay()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.range()).isEqualTo(RangeChoice.LAST_15_MIN);
        assertThat(options.startEngine()).isTrue();
    }

    @Test
    void aWrongFaultOrRangeIsNamedWithAnExample() {
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--fault", "tool-down"}))
                .hasMessage("--fault 'tool-down': it has no @TARGET; write KIND@TARGET[,SECONDS], e.g."
                        + " --fault tool-down@tool:get_pod_logs,600");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--fault", "token-spike@tool:get_pod_logs"}))
                .hasMessageStartingWith("--fault 'token-spike@tool:get_pod_logs': Token / cost spike reaches models only");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--fault", "latency@model:atlas-pro,soon"}))
                .hasMessageContaining("'soon' is not a whole number of seconds");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--range", "fortnight"}))
                .hasMessage("--range 'fortnight' is not a range: use 15min, 1h, 24h, 7d or all");
        assertThatThrownBy(() -> UiOptions.parse(new String[] {"--tab", "chaso"}))
                .hasMessage("--tab 'chaso' is not a tab: use one of dashboard, engine, reliability, chaos, lab");
    }
}
