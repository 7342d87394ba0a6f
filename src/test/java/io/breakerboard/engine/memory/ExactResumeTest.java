package io.breakerboard.engine.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.memory.internal.InMemoryCheckpointStore;
import io.breakerboard.engine.memory.internal.InMemoryEpisodeStore;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resume after a crash while memory keeps growing: the resumed execution must see the memory its first run saw,
 * and a journal that no longer fits the calls asked for must never hand one call's result to another.
 */
class ExactResumeTest {
    private static final ExecutionSpec SPEC = EngineFixtures.spec("sre-investigator", PatternKind.HIERARCHICAL, 11);

    /** Memory before the crash: a similar past incident with no conclusion, so the plan keeps its usual order. */
    private static InMemoryEpisodeStore memoryBeforeCrash() {
        InMemoryEpisodeStore store = new InMemoryEpisodeStore(100);
        store.save(new Episode("exec-past-1", "sre-investigator", SPEC.task().domain(), SPEC.task().text(),
                "looked around, found nothing", null, EngineFixtures.T0.minus(Duration.ofDays(1))));
        return store;
    }

    /** What is learned while the crashed execution waits: the same incident was a bad deploy last time. */
    private static void learnMeanwhile(InMemoryEpisodeStore store, Instant at) {
        store.save(new Episode("exec-meanwhile", "sre-investigator", SPEC.task().domain(), SPEC.task().text() + " "
                + SPEC.task().text(), "checked deploys first", "a bad deploy of the service", at));
    }

    private static EngineRuntime runtime(VirtualClock clock, InMemoryEpisodeStore memory, CheckpointStore checkpoints) {
        return EngineFixtures.builder(clock).episodes(memory).checkpoints(checkpoints).runtime();
    }

    /** Kind, name and output of each result the agent based its work on, in order. */
    private static List<String> results(Execution e) {
        return e.steps().stream().filter(s -> s.kind() == StepKind.TOOL_RESULT || s.kind() == StepKind.MEMORY_RECALL
                        || s.kind() == StepKind.AGENT_DONE || (s.kind() == StepKind.LLM_CALL && !s.failed()))
                .map(s -> s.kind() + " " + s.name() + ": " + s.output()).toList();
    }

    private static Execution crashThenResume(boolean journalRecall, Duration down) {
        CheckpointStore store = new InMemoryCheckpointStore();
        InMemoryEpisodeStore memory = memoryBeforeCrash();
        VirtualClock clock = EngineFixtures.clock();
        EngineRuntime crashing = runtime(clock, memory, new CrashAfterCalls(store, 2, journalRecall));
        assertThatThrownBy(() -> new ExecutionRunner(crashing).run(SPEC)).isInstanceOf(CrashingStore.Crash.class);
        learnMeanwhile(memory, clock.now());
        VirtualClock later = new VirtualClock(clock.now().plus(down));
        return new ExecutionRunner(runtime(later, memory, store)).resume(store.unfinished().get(0));
    }

    @Test
    void aResumedExecutionSeesTheMemoryItsFirstRunSawAndEndsAsAnUninterruptedRun() {
        Execution reference = new ExecutionRunner(runtime(EngineFixtures.clock(), memoryBeforeCrash(),
                new InMemoryCheckpointStore())).run(SPEC);
        Execution resumed = crashThenResume(true, Duration.ofMinutes(7));

        assertThat(results(resumed)).isEqualTo(results(reference));
        assertThat(resumed.outcome()).isEqualTo(reference.outcome());
        Step recall = resumed.steps().stream().filter(s -> s.kind() == StepKind.MEMORY_RECALL).findFirst().orElseThrow();
        assertThat(recall.attributes()).containsEntry("replayed", "true");
        assertThat(resumed.steps()).noneMatch(s -> "resume-diverged".equals(s.name()));
    }

    @Test
    void theDowntimeBetweenCrashAndResumeIsRecordedApartAndNotCountedAsDuration() {
        Execution reference = new ExecutionRunner(runtime(EngineFixtures.clock(), memoryBeforeCrash(),
                new InMemoryCheckpointStore())).run(SPEC);
        Execution resumed = crashThenResume(true, Duration.ofMinutes(7));

        assertThat(resumed.steps().get(0).attributes())
                .containsEntry(ExecutionRunner.DOWNTIME_ATTRIBUTE, Long.toString(Duration.ofMinutes(7).toMillis()));
        // The journal keeps latencies in microseconds: within one of the uninterrupted run, not 7 minutes longer.
        assertThat(resumed.duration().minus(reference.duration()).abs()).isLessThan(Duration.ofNanos(1_000));
    }

    @Test
    void whenTheCallsNoLongerMatchTheJournalReplayStopsThereAndNoCallGetsAnothersResult() {
        Execution resumed = crashThenResume(false, Duration.ofMinutes(1));
        // What each tool answers to this task when really asked, with the memory the resume saw.
        InMemoryEpisodeStore grown = memoryBeforeCrash();
        learnMeanwhile(grown, EngineFixtures.T0);
        Execution live = new ExecutionRunner(runtime(EngineFixtures.clock(), grown, new InMemoryCheckpointStore()))
                .run(SPEC);
        Map<String, String> answers = new HashMap<>();
        live.steps().stream().filter(s -> s.kind() == StepKind.TOOL_RESULT).forEach(s -> answers.put(s.name(), s.output()));

        Step diverged = resumed.steps().stream().filter(s -> "resume-diverged".equals(s.name())).findFirst().orElseThrow();
        assertThat(diverged.attributes()).containsEntry("resume", "diverged");
        assertThat(diverged.output()).contains("deploys view");
        for (Step s : resumed.steps()) {
            if (s.kind() == StepKind.TOOL_RESULT && answers.containsKey(s.name())) {
                assertThat(s.output()).as("result of %s", s.name()).isEqualTo(answers.get(s.name()));
            }
            if (s.kind() == StepKind.LLM_CALL) {
                assertThat(answers.values()).as("a tool result replayed as a model call").doesNotContain(s.output());
            }
        }
        assertThat(resumed.steps().stream().filter(s -> "true".equals(s.attributes().get("replayed"))).count())
                .as("replay stops at the first call that differs").isLessThanOrEqualTo(4);
    }
}
