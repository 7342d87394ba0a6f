package io.breakerboard.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeQueries;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Play and Pause show a drawn sign: the pause character U+23F8 is missing from JavaFX's fonts. */
@ExtendWith(ApplicationExtension.class)
class ReplayIconsTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void playingShowsPauseWithADrawnSignAndNoCharacterTheFontsLack() throws Exception {
        FakeData data = new FakeData();
        Execution execution = new ExecutionGenerator(5).withSteps("coder", NOW.minusSeconds(60), 4);
        data.add(List.of(execution));
        TraceViewModel vm = new TraceViewModel(new FakeQueries(data), UiExecutor.direct());

        Button play = WaitForAsyncUtils.asyncFx(() -> {
            ReplayView view = new ReplayView(vm);
            vm.load(execution.key());
            vm.togglePlay();
            return (Button) view.lookup("#replay-play");
        }).get();

        assertThat(play.getText()).isEqualTo("Pause").doesNotContain("\u23F8");
        assertThat(play.getGraphic().getId()).isEqualTo("replay-pause-icon");
    }
}
