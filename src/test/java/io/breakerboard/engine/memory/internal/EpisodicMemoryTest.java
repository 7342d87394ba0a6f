package io.breakerboard.engine.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.breakerboard.repository.JdbcEpisodeStore;
import io.breakerboard.testsupport.H2;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodicMemoryTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private static Episode incident(String key, String task, String cause) {
        return new Episode(key, "sre-triage", Domain.SRE, task, "Root cause: " + cause, cause, T);
    }

    @Test
    void recallsTheMostSimilarPastInvestigationAndSaysWhy() {
        EpisodicMemory memory = new EpisodicMemory(new InMemoryEpisodeStore(100), 100);
        memory.remember(incident("a", "Investigate 5xx error spike on checkout-api in namespace commerce",
                "deploy v2.14.1 of checkout-api introduced a NullPointerException in PaymentClient"));
        memory.remember(incident("b", "Investigate pods restarting on search-service in namespace platform",
                "search-service pods are OOMKilled after the memory limit was lowered to 512Mi"));
        memory.remember(new Episode("c", "invoice-clerk", Domain.FINANCE, "Process invoice INV-000001 from checkout-api",
                "paid", null, T));

        List<Recollection> r = memory.recall(Domain.SRE, "Investigate 5xx error spike on checkout-api in namespace commerce",
                3, 0.2);

        assertThat(r).isNotEmpty();
        assertThat(r.get(0).episode().executionKey()).isEqualTo("a");
        assertThat(r.get(0).score()).isGreaterThan(0.4);
        assertThat(r.get(0).matchedTerms()).contains("checkout-api", "5xx");
        assertThat(r).extracting(x -> x.episode().domain()).containsOnly(Domain.SRE);
    }

    @Test
    void unrelatedTasksRecallNothing() {
        EpisodicMemory memory = new EpisodicMemory(new InMemoryEpisodeStore(100), 100);
        memory.remember(incident("a", "Investigate 5xx error spike on checkout-api", "bad deploy"));
        assertThat(memory.recall(Domain.SRE, "Rotate the quarterly audit report", 3, 0.2)).isEmpty();
    }

    @Test
    void theJdbcStoreKeepsEpisodesAcrossRestarts() {
        JdbcEpisodeStore store = new JdbcEpisodeStore(H2.migrated("episodes"));
        new EpisodicMemory(store, 100).remember(incident("a", "Investigate 5xx error spike on checkout-api", "bad deploy"));
        store.save(incident("a", "duplicate", "ignored"));
        EpisodicMemory restarted = new EpisodicMemory(store, 100);
        assertThat(restarted.size()).isEqualTo(1);
        assertThat(restarted.recall(Domain.SRE, "5xx error spike on checkout-api", 1, 0.2)).hasSize(1);
        assertThat(store.recent(10)).extracting(Episode::task).containsExactly("Investigate 5xx error spike on checkout-api");
    }

    @Test
    void aNewTaskRecordsWhatItRecalledAndWhy() {
        EngineRuntime rt = EngineFixtures.builder(EngineFixtures.clock()).runtime();
        Execution first = null;
        long seed = 1;
        for (; seed < 100; seed++) {
            first = EngineFixtures.run(rt, EngineFixtures.spec("sre-investigator", PatternKind.ITERATIVE, seed));
            if (first.outcome() == Outcome.SUCCESS) {
                break;
            }
        }
        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(recallOf(first).output()).isEqualTo("no similar past episodes");

        ExecutionSpec again = EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, seed);
        Execution second = EngineFixtures.run(rt, new ExecutionSpec("exec-again", again.agent(), again.instance(),
                again.pattern(), again.task(), 999, again.userId(), "sess-again"));
        Step recall = recallOf(second);
        assertThat(recall.attributes()).containsEntry("recalled", "1").containsKey("top_score").containsKey("hint");
        assertThat(Double.parseDouble(recall.attributes().get("top_score"))).isGreaterThan(0.35);
        assertThat(recall.attributes().get("matched_terms")).contains(first.steps().get(0).input().split(" ")[0]
                .toLowerCase());
        assertThat(recall.output()).contains(first.key());
    }

    private static Step recallOf(Execution e) {
        return e.steps().stream().filter(s -> s.kind() == StepKind.MEMORY_RECALL).findFirst().orElseThrow();
    }
}
