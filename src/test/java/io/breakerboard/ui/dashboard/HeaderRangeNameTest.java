package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.FxScheduler;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeAlerting;
import io.breakerboard.ui.testing.FakeChaosControl;
import io.breakerboard.ui.testing.FakeDashboards;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeQueries;
import io.breakerboard.ui.testing.TestTimers;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A narrow header names the range as its button does instead of cutting its name to "Last ...". */
@ExtendWith(ApplicationExtension.class)
class HeaderRangeNameTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final FakeData data = new FakeData();
    private final SnapshotRefresher refresher = new SnapshotRefresher(new FakeDashboards(data, clock), new FakeQueries(data),
            new FakeAlerting(), new FakeChaosControl(clock.instant()), clock, FxScheduler.direct(), FilterSpec.of(RangeChoice.ALL),
            TestTimers.idle(), TestTimers.inline());
    private final DashboardViewModel vm = new DashboardViewModel(refresher);

    @Test
    void aNarrowHeaderShowsTheShortRangeNameWholeAndAWideOneTheLongName() throws Exception {
        data.add(new ExecutionGenerator(11).generate(40, clock.instant(), Duration.ofMinutes(30)));

        String[] shown = WaitForAsyncUtils.asyncFx(() -> {
            vm.selectRange(RangeChoice.LAST_24_H);
            refresher.tick();
            HeaderView header = new HeaderView(vm, new SimpleIntegerProperty(3), new SimpleIntegerProperty(12));
            Stage stage = new Stage();
            stage.setScene(new Scene(header, 560, 60));
            stage.show();
            header.applyCss();
            header.layout();
            String narrow = header.range().getText();
            stage.setWidth(1400);
            header.resize(1400, 60);
            header.layout();
            String wide = header.range().getText();
            stage.hide();
            return new String[] {narrow, wide};
        }).get();

        assertThat(shown[0]).isEqualTo("24 h: ");
        assertThat(shown[1]).isEqualTo("Last 24 h: ");
    }
}
