package io.breakerboard.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeImports;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatchViewModelTest {
    private final FakeImports imports = new FakeImports(new FakeData(), new MutableClock(Instant.EPOCH), Runnable::run);
    private final WatchViewModel vm = new WatchViewModel(imports, UiExecutor.direct());

    @Test
    void watchedFilesAreListedAndCanBeRemoved() {
        vm.watch(Path.of("/var/log/agent-a.jsonl"));
        vm.watch(Path.of("/var/log/agent-b.jsonl"));
        vm.unwatch(Path.of("/var/log/agent-a.jsonl"));

        assertThat(vm.watched()).containsExactly(Path.of("/var/log/agent-b.jsonl"));
        assertThat(imports.watched()).containsExactly(Path.of("/var/log/agent-b.jsonl"));
    }
}
