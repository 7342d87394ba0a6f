package io.breakerboard.engine.workload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecallCodecTest {

    @Test
    void theAttributesOfARecallComeBackFromTheJournalInTheirOrder() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("recall", "relevant");
        attrs.put("recalled", "exec-12 \"checkout\"\n5xx");
        attrs.put("score", "0.83");
        Map<String, String> back = RecallCodec.attributes(RecallCodec.json(attrs));
        assertThat(back).containsExactlyEntriesOf(attrs);
        assertThat(RecallCodec.attributes(null)).isEmpty();
    }

    @Test
    void aDamagedJournalEntrySaysWhatItIs() {
        assertThatThrownBy(() -> RecallCodec.attributes("{\"recall\": "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the journaled memory recall is not the JSON it was written as");
    }
}
