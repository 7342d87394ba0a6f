package io.breakerboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.AlertTransition.Change;
import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.repository.JdbcAlertRepository;
import io.breakerboard.testsupport.H2;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertRecorderTest {
    private final JdbcAlertRepository repo = new JdbcAlertRepository(H2.migrated("alerts-" + UUID.randomUUID()));

    @Test
    void theRecorderKeepsWhatTheEngineReports() {
        EngineFixture f = new EngineFixture();
        f.engine.addListener(new AlertRecorder(repo));
        f.metrics.add(f.now(), 7, 3);
        String id = f.evaluateOne(RuleKind.ERROR_RATE).orElseThrow().id();
        f.engine.acknowledge(id);

        assertThat(repo.history(id)).extracting(AlertTransition::change).containsExactly(Change.FIRING, Change.ACKNOWLEDGED);
        assertThat(repo.find(id)).get().extracting(Alert::acknowledged, Alert::state)
                .containsExactly(true, AlertState.FIRING);
    }
}
