package io.breakerboard.engine.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedReplyTest {

    @Test
    void aPlainAnswerIsJournaledAsItsOwnText() {
        ModelResponse r = new ModelResponse("atlas-pro", "The deploy v2.3.1 broke checkout.");
        assertThat(RecordedReply.encode(r)).isEqualTo("The deploy v2.3.1 broke checkout.");
        assertThat(RecordedReply.decode("atlas-pro", RecordedReply.encode(r))).isEqualTo(r);
    }

    @Test
    void aReplyThatCalledToolsComesBackWithTheSameCallsInOrder() {
        ModelResponse r = new ModelResponse("atlas-pro", "Let me look.", List.of(
                new ModelToolCall("call_1", ToolCall.of("list_pods", "namespace", "commerce")),
                new ModelToolCall("call_2", ToolCall.of("search_runbooks", "query", "a \"quoted\"\nquery"))));
        String journaled = RecordedReply.encode(r);
        assertThat(journaled).startsWith("{\"recorded_reply\":");
        assertThat(RecordedReply.decode("atlas-pro", journaled)).isEqualTo(r);
    }

    @Test
    void textThatOnlyLooksLikeARecordedReplyStaysText() {
        String broken = "{\"recorded_reply\": oops";
        assertThat(RecordedReply.decode("swift-mini", broken)).isEqualTo(new ModelResponse("swift-mini", broken));
        assertThat(RecordedReply.decode("swift-mini", null).text()).isEmpty();
    }
}
