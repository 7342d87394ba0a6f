package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.model.QuarantinedRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupRepositoryTest {
    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savedRollupsReplaceOlderStateOfTheSameAgentAndMinute() {
        store.rollups().save(List.of(new RollupRecord("a", 100, new byte[] {1}), new RollupRecord("b", 100, new byte[] {2})), List.of(), 0);
        store.rollups().save(List.of(new RollupRecord("a", 100, new byte[] {9, 9})), List.of(), 0);

        assertThat(store.rollups().loadAll())
                .anySatisfy(r -> {
                    assertThat(r.agent()).isEqualTo("a");
                    assertThat(r.state()).containsExactly(9, 9);
                })
                .hasSize(2);
    }

    @Test
    void savingSomeMinutesOfADayKeepsItsOtherMinutes() {
        long day = 20_000L * 1_440;
        byte[] big = new byte[300];
        big[299] = 7;
        store.rollups().save(List.of(new RollupRecord("a", day, new byte[] {1}), new RollupRecord("a", day + 1_439, big),
                new RollupRecord("a", day + 1_440, new byte[] {3}), new RollupRecord("a", -1, new byte[] {4})), List.of(), 0);
        store.rollups().save(List.of(new RollupRecord("a", day + 5, new byte[] {5}), new RollupRecord("a", day, new byte[] {6})), List.of(), 0);

        assertThat(store.rollups().loadAll())
                .extracting(r -> r.agent() + "@" + r.minute() + "=" + java.util.Arrays.toString(r.state()))
                .containsExactlyInAnyOrder("a@" + day + "=[6]", "a@" + (day + 5) + "=[5]",
                        "a@" + (day + 1_439) + "=" + java.util.Arrays.toString(big), "a@" + (day + 1_440) + "=[3]",
                        "a@-1=[4]");
    }

    @Test
    void aDamagedDayIsNamedWithWhatToDo() throws Exception {
        store.rollups().save(List.of(new RollupRecord("a", 20_000L * 1_440 + 3, new byte[] {1, 2})), List.of(), 0);
        try (java.sql.Connection c = store.database().connection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE rollup_days SET minutes = X'0305'");
        }

        assertThatThrownBy(() -> store.rollups().loadAll())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("agent 'a' for day 20000")
                .hasMessageContaining("rollup_days");
    }

    @Test
    void totalsOfARangeAreTheWholeDaysTotalsAndTheMinutesInRangeOfTheDaysItCuts() {
        long day = 20_000L * 1_440;
        store.rollups().save(List.of(new RollupRecord("a", day - 1, new byte[] {1}), new RollupRecord("a", day + 10, new byte[] {2}),
                        new RollupRecord("b", day + 1_440 + 5, new byte[] {3}), new RollupRecord("a", day + 2 * 1_440 + 700, new byte[] {4}),
                        new RollupRecord("a", day + 2 * 1_440 + 800, new byte[] {5})),
                List.of(new RollupRecord("a", day - 1_440, new byte[] {11}), new RollupRecord("a", day, new byte[] {12}),
                        new RollupRecord("b", day + 1_440, new byte[] {13}), new RollupRecord("a", day + 2 * 1_440, new byte[] {14})), 5);
        java.time.Instant dayStart = java.time.Instant.ofEpochSecond(day * 60);

        assertThat(names(store.rollups().loadTotals(io.breakerboard.metrics.TimeRange.ALL)))
                .containsExactlyInAnyOrder("a@-1440=[11]", "a@0=[12]", "b@1440=[13]", "a@2880=[14]");
        assertThat(names(store.rollups().loadTotals(new io.breakerboard.metrics.TimeRange(dayStart.plusSeconds(30),
                dayStart.plusSeconds((2 * 1_440 + 750) * 60L)))))
                .as("the first day is cut after its first minute, the third before minute 750")
                .containsExactlyInAnyOrder("a@10=[2]", "b@1440=[13]", "a@3580=[4]");
        assertThat(names(store.rollups().loadTotals(new io.breakerboard.metrics.TimeRange(dayStart.plusSeconds(600),
                dayStart.plusSeconds(700))))).containsExactly("a@10=[2]");
    }

    private static List<String> names(List<RollupRecord> records) {
        long day = 20_000L * 1_440;
        return records.stream().map(r -> r.agent() + "@" + (r.minute() - day) + "=" + java.util.Arrays.toString(r.state()))
                .toList();
    }

    @Test
    void theCheckpointKeepsTheExecutionsCovered() {
        assertThat(store.rollups().checkpoint()).isEmpty();
        store.rollups().save(List.of(), List.of(), 1);

        assertThat(store.rollups().checkpoint()).hasValue(1);
        store.rollups().clear();
        assertThat(store.rollups().checkpoint()).isEmpty();
        assertThat(store.rollups().loadAll()).isEmpty();
        assertThat(store.rollups().loadTotals(io.breakerboard.metrics.TimeRange.ALL)).isEmpty();
    }

    @Test
    void quarantineKeepsSourceLineReasonAndRawNewestFirst() {
        store.quarantine().insert(List.of(new QuarantinedRecord("/l/a.log", 3, "missing field 'timestamp'", "{\"x\":1}"),
                new QuarantinedRecord("/l/b.log", 7, "not JSON", "garbage")));

        assertThat(store.quarantine().find(null, 10)).extracting(QuarantinedRecord::source)
                .containsExactly("/l/b.log", "/l/a.log");
        assertThat(store.quarantine().find("/l/a.log", 10))
                .containsExactly(new QuarantinedRecord("/l/a.log", 3, "missing field 'timestamp'", "{\"x\":1}"));
    }
}
