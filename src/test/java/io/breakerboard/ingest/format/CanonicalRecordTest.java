package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalRecordTest {

    @Test
    void aLineWithoutStepsMakesWhatTheBuilderMakes() {
        Random random = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            CanonicalRecord r = new CanonicalRecord();
            r.key = "k" + i;
            r.started = Instant.ofEpochSecond(1_700_000_000L + i);
            r.agent = pick(random, null, "", "a");
            r.task = pick(random, null, "t");
            r.error = pick(random, null, "connection timed out", "429 Too Many Requests", "");
            r.model = pick(random, null, "m");
            r.user = pick(random, null, "u");
            r.session = pick(random, null, "s");
            r.duration = pick(random, null, Duration.ZERO, Duration.ofMillis(-5), Duration.ofMillis(1_500));
            r.outcome = pick(random, null, Outcome.SUCCESS, Outcome.FAILURE, Outcome.PARTIAL);
            r.errorKind = pick(random, null, ErrorKind.TIMEOUT, ErrorKind.UNKNOWN);
            r.inputTokens = pick(random, -1L, -5L, 0L, 1_200L);
            r.outputTokens = pick(random, -1L, 0L, 300L);
            r.costMicros = pick(random, Long.MIN_VALUE, -3L, 0L, 4_321L);
            r.retries = pick(random, 0, 2);
            r.iterations = pick(random, 0, 8);
            r.toolCalls = pick(random, -1, 0, 4);
            r.toolFailures = pick(random, -1, 0, 1);

            assertThat(r.withoutSteps()).as("record %d", i).isEqualTo(r.built());
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
