package io.breakerboard.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricTest {
    private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void anInvestigationScoresWhetherItConcludedTheTrueRootCause() {
        Task incident = TaskCatalog.generate(Domain.SRE, 7);

        Score found = Rubric.judge(incident, "Root cause: " + incident.rootCause(), incident.rootCause(), AT);
        Score missed = Rubric.judge(incident, null, "the network is slow", AT);

        assertThat(found.name()).isEqualTo(Rubric.ROOT_CAUSE_FOUND);
        assertThat(found.flag()).isTrue();
        assertThat(found.value()).isEqualTo(1.0);
        assertThat(found.source()).isEqualTo(ScoreSource.RUBRIC);
        assertThat(found.at()).isEqualTo(AT);
        assertThat(missed.flag()).isFalse();
        assertThat(missed.comment()).endsWith(incident.rootCause());
    }

    @Test
    void anInvoiceScoresWhetherTheStatedDecisionIsTheRightOne() {
        Task fraud = invoice(true, "match");
        Task valid = invoice(false, "match");
        Task mismatch = invoice(false, "mismatch");

        assertThat(Rubric.judge(fraud, "Reject INV-1: fraud", null, AT).flag()).isTrue();
        assertThat(Rubric.judge(fraud, "Invoice INV-1 is valid and reconciled", null, AT).flag()).isFalse();
        assertThat(Rubric.judge(valid, "Invoice INV-1 is valid and reconciled", null, AT).flag()).isTrue();
        assertThat(Rubric.judge(valid, "Hold INV-1: ledger", null, AT).flag()).isFalse();
        assertThat(Rubric.judge(mismatch, "Hold INV-1: ledger", null, AT).flag()).isTrue();
        Score none = Rubric.judge(valid, null, null, AT);
        assertThat(none.name()).isEqualTo(Rubric.CORRECT_DECISION);
        assertThat(none.flag()).isFalse();
        assertThat(none.comment()).isEqualTo("stated no decision; the right one is to approve");
    }

    private static Task invoice(boolean fraud, String ledger) {
        return new Task("invoice-x", Domain.FINANCE, "Process invoice INV-1",
                Map.of("invoice_id", "INV-1", "fraud", Boolean.toString(fraud), "ledger", ledger), "truth", 1);
    }
}
