package io.breakerboard.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterSpecTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00.400Z");

    @Test
    void aRelativeRangeEndsJustAfterNowAndReachesBackItsLength() {
        MetricsFilter f = FilterSpec.of(RangeChoice.LAST_HOUR).resolve(NOW, Optional.empty());

        assertThat(f.range().length()).isEqualTo(Duration.ofHours(1));
        assertThat(f.range().contains(NOW)).isTrue();
        assertThat(f.range().to()).isBetween(NOW, NOW.plusSeconds(5));
    }

    @Test
    void aRelativeRangeMovesInStepsNotEveryMillisecond() {
        FilterSpec spec = FilterSpec.of(RangeChoice.LAST_24_H);

        MetricsFilter a = spec.resolve(NOW, Optional.empty());
        MetricsFilter b = spec.resolve(NOW.plusMillis(500), Optional.empty());

        assertThat(a).isEqualTo(b);
    }

    @Test
    void allCoversTheDataIncludingItsLastMoment() {
        TimeRange span = new TimeRange(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));

        MetricsFilter f = FilterSpec.of(RangeChoice.ALL).resolve(NOW, Optional.of(span));

        assertThat(f.range().contains(span.from())).isTrue();
        assertThat(f.range().contains(span.to())).isTrue();
        assertThat(FilterSpec.of(RangeChoice.ALL).resolve(NOW, Optional.empty()).range()).isEqualTo(TimeRange.ALL);
    }

    @Test
    void allTakesInTheWholeFirstMinuteBecauseMetricsCountWholeMinutes() {
        TimeRange span = new TimeRange(Instant.parse("2024-01-01T00:00:42Z"), Instant.parse("2024-01-01T03:10:05Z"));

        TimeRange range = FilterSpec.of(RangeChoice.ALL).resolve(NOW, Optional.of(span)).range();

        assertThat(range.from()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(range.contains(span.to())).isTrue();
    }

    @Test
    void keepsTheAgentsAndTheCustomRange() {
        TimeRange custom = new TimeRange(NOW.minusSeconds(60), NOW);

        MetricsFilter f = FilterSpec.of(RangeChoice.ALL).withAgents(Set.of("coder")).withCustom(custom).resolve(NOW, Optional.empty());

        assertThat(f.range()).isEqualTo(custom);
        assertThat(f.agents()).containsExactly("coder");
    }

    @Test
    void aCustomChoiceNeedsItsRange() {
        assertThatThrownBy(() -> new FilterSpec(RangeChoice.CUSTOM, null, Set.of())).hasMessageContaining("custom range");
    }
}
