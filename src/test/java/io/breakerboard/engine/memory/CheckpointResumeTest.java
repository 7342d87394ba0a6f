package io.breakerboard.engine.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.CountingTool;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.memory.internal.InMemoryCheckpointStore;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.StepKind;
import io.breakerboard.repository.JdbcCheckpointStore;
import io.breakerboard.testsupport.H2;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A crash mid-execution, then a resume that must not repeat a payment. */
class CheckpointResumeTest {

    static Stream<Arguments> stores() {
        Supplier<CheckpointStore> memory = InMemoryCheckpointStore::new;
        Supplier<CheckpointStore> jdbc = () -> new JdbcCheckpointStore(H2.migrated("resume-" + UUID.randomUUID()));
        return Stream.of(Arguments.of("in-memory", memory), Arguments.of("jdbc", jdbc));
    }

    /** A seed whose invoice passes every check, so the controller reaches approve_payment. */
    private static ExecutionSpec approvedInvoice() {
        for (long seed = 1; seed < 500; seed++) {
            VirtualClock clock = EngineFixtures.clock();
            ExecutionSpec spec = EngineFixtures.spec("payments-controller", PatternKind.STATE_MACHINE, seed);
            Execution e = EngineFixtures.run(EngineFixtures.builder(clock).runtime(), spec);
            if (e.outcome() == Outcome.SUCCESS && e.steps().stream().anyMatch(s -> "approve_payment".equals(s.name()))) {
                return spec;
            }
        }
        throw new AssertionError("no seed below 500 reaches approve_payment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aResumedExecutionDoesNotRepeatACompletedPayment(String name, Supplier<CheckpointStore> stores) {
        ExecutionSpec spec = approvedInvoice();
        CheckpointStore store = stores.get();
        CountingTool approve = new CountingTool(ToolCatalog.standard().get("approve_payment"));
        VirtualClock clock = EngineFixtures.clock();
        EngineRuntime crashing = EngineFixtures.builder(clock).tools(ToolCatalog.standard().with(approve))
                .checkpoints(new CrashingStore(store, "approve_payment", JournalEntry.Phase.COMPLETED)).runtime();
        assertThatThrownBy(() -> new ExecutionRunner(crashing).run(spec)).isInstanceOf(CrashingStore.Crash.class);
        assertThat(approve.attempts()).isEqualTo(1);
        assertThat(store.unfinished()).extracting(CheckpointHeader::executionKey).containsExactly(spec.key());

        EngineRuntime restarted = EngineFixtures.builder(EngineFixtures.clock()).tools(ToolCatalog.standard().with(approve))
                .checkpoints(store).runtime();
        Execution resumed = new ExecutionRunner(restarted).resume(store.unfinished().get(0));

        assertThat(approve.attempts()).as("the payment is not made twice").isEqualTo(1);
        assertThat(resumed.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(resumed.key()).isEqualTo(spec.key());
        assertThat(resumed.steps().get(0).attributes()).containsEntry("resumed", "true");
        assertThat(resumed.steps()).anyMatch(s -> s.kind() == StepKind.TOOL_CALL && "approve_payment".equals(s.name())
                && "true".equals(s.attributes().get("replayed")));
        assertThat(store.unfinished()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aPaymentInFlightAtTheCrashIsNotRepeatedButFlagged(String name, Supplier<CheckpointStore> stores) {
        ExecutionSpec spec = approvedInvoice();
        CheckpointStore store = stores.get();
        CountingTool approve = new CountingTool(ToolCatalog.standard().get("approve_payment"));
        EngineRuntime crashing = EngineFixtures.builder(EngineFixtures.clock()).tools(ToolCatalog.standard().with(approve))
                .checkpoints(new CrashingStore(store, "approve_payment", JournalEntry.Phase.STARTED)).runtime();
        assertThatThrownBy(() -> new ExecutionRunner(crashing).run(spec)).isInstanceOf(CrashingStore.Crash.class);
        assertThat(approve.attempts()).isZero();

        EngineRuntime restarted = EngineFixtures.builder(EngineFixtures.clock()).tools(ToolCatalog.standard().with(approve))
                .checkpoints(store).runtime();
        Execution resumed = new ExecutionRunner(restarted).resume(store.unfinished().get(0));

        assertThat(approve.attempts()).as("an in-doubt payment is never retried blindly").isZero();
        assertThat(resumed.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(resumed.errorKind()).isEqualTo(ErrorKind.CANCELLED);
        assertThat(resumed.steps()).anyMatch(s -> s.kind() == StepKind.GUARDRAIL && s.output().contains("not repeated"));
    }
}
