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

    @Test
    void aHeaderWithLargeFiguresFitsTheNarrowestWindowInShorterWords() throws Exception {
        data.add(new ExecutionGenerator(11).generate(4_000, clock.instant(), Duration.ofDays(700)));

        Object[] shown = WaitForAsyncUtils.asyncFx(() -> {
            refresher.tick();
            HeaderView header = new HeaderView(vm, new SimpleIntegerProperty(12), new SimpleIntegerProperty(1_234));
            Stage stage = new Stage();
            Scene scene = new Scene(header, 1024, 60);
            scene.getStylesheets().setAll(io.breakerboard.ui.settings.Assets.stylesheets(io.breakerboard.ui.settings.Theme.LIGHT));
            stage.setScene(scene);
            stage.show();
            header.applyCss();
            header.layout();
            header.applyCss();
            header.layout();
            double min = header.minWidth(-1);
            double right = header.getChildren().stream().filter(javafx.scene.Node::isManaged)
                    .mapToDouble(n -> n.getBoundsInParent().getMaxX()).max().orElse(0);
            String text = header.headline().getText();
            stage.hide();
            return new Object[] {min, right, text};
        }).get();

        // "4,000 executions | 87.3% success | $1,234.56" beside five chips was wider than 1024 px: the window's
        // content ran past its right edge, and the anomalies, the month's projection and the Rules button were cut.
        assertThat((double) shown[0]).isLessThanOrEqualTo(1024);
        assertThat((double) shown[1]).isLessThanOrEqualTo(1024);
        assertThat((String) shown[2]).startsWith("4,000 runs | ").contains("% ok | $");
    }
}
