package io.breakerboard.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.service.ExportKind;
import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeAlerting;
import io.breakerboard.ui.testing.FakeDashboards;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeExports;
import io.breakerboard.ui.testing.FakeQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @TempDir
    Path dir;

    private final FakeData data = new FakeData();
    private final FakeExports exports = new FakeExports(data, new FakeDashboards(data, new MutableClock(NOW)),
            new FakeAlerting(), Runnable::run);
    private MetricsFilter filter = MetricsFilter.all();
    private final ExportViewModel vm = new ExportViewModel(exports, UiExecutor.direct(), () -> filter);

    ExportViewModelTest() {
        data.add(new ExecutionGenerator(8).generate(30, NOW, Duration.ofHours(1)));
    }

    @Test
    void writesTheChosenKindUnderTheCurrentFilter() throws IOException {
        filter = new MetricsFilter(new TimeRange(NOW.minusSeconds(3600), NOW), Set.of("coder"));
        Path target = dir.resolve("coder.csv");
        vm.chooseKind(ExportKind.EXECUTIONS);
        vm.chooseTarget(target);

        vm.start();

        List<String> lines = Files.readAllLines(target);
        long coderRuns = new FakeQueries(data).executions(filter, false, 1_000).size();
        assertThat(lines).hasSize((int) coderRuns + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",")[1].equals("coder"));
        assertThat(vm.outcomeProperty().get()).isEqualTo("Wrote " + coderRuns + " rows to " + target);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void refusesToStartWithoutAFile() {
        vm.start();

        assertThat(vm.outcomeProperty().get()).isEqualTo("Choose a file to write to first");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aFailedWriteSaysWhy() {
        vm.chooseTarget(dir.resolve("missing-folder").resolve("x.csv"));

        vm.start();

        assertThat(vm.outcomeProperty().get()).startsWith("Export failed: cannot write");
    }
}
