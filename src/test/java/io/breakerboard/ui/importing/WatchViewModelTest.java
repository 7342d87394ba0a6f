package io.breakerboard.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeWorkspace;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatchViewModelTest {
    private final FakeWorkspace workspace = new FakeWorkspace(new MutableClock(Instant.EPOCH), Runnable::run);
    private final WatchViewModel vm = new WatchViewModel(workspace, UiExecutor.direct());

    @Test
    void watchedFilesAreListedAndCanBeRemoved() {
        vm.watch(Path.of("/var/log/agent-a.jsonl"));
        vm.watch(Path.of("/var/log/agent-b.jsonl"));
        vm.unwatch(Path.of("/var/log/agent-a.jsonl"));

        assertThat(vm.watched()).containsExactly(Path.of("/var/log/agent-b.jsonl"));
        assertThat(workspace.watched()).containsExactly(Path.of("/var/log/agent-b.jsonl"));
    }
}
