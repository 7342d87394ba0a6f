package io.breakerboard.engine.tool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolCallTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> parse(String json) throws Exception {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
    }

    @Test
    void theSameArgumentsInAnyOrderAreTheSameCall() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("service", "checkout-api");
        first.put("hours", "6");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("hours", "6");
        second.put("service", "checkout-api");
        ToolCall a = new ToolCall("get_recent_deploys", first);
        ToolCall b = new ToolCall("get_recent_deploys", second);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.key()).isEqualTo(b.key()).isEqualTo("get_recent_deploys{\"hours\":\"6\",\"service\":\"checkout-api\"}");
        assertThat(a.args().keySet()).containsExactly("hours", "service");
    }

    @Test
    void anotherToolOrAnotherValueIsAnotherCall() {
        ToolCall call = ToolCall.of("list_pods", "namespace", "commerce");
        assertThat(call).isNotEqualTo(ToolCall.of("list_pods", "namespace", "platform"));
        assertThat(call).isNotEqualTo(ToolCall.of("describe_pod", "namespace", "commerce"));
    }

    @Test
    void argumentsWithQuotesBackslashesAndLineBreaksAreValidJsonThatReadsBackTheSame() throws Exception {
        ToolCall call = ToolCall.of("search_runbooks", "query", "pods \"restarting\"\nafter deploy\tC:\\temp \u0001",
                "multi\nline key", "x");
        assertThat(parse(call.argsJson())).containsExactlyInAnyOrderEntriesOf(call.args());
        assertThat(call.argsJson()).doesNotContain("\n").doesNotContain("\t");
    }

    @Test
    void noArgumentsIsAnEmptyObject() throws Exception {
        ToolCall call = new ToolCall("list_incidents", null);
        assertThat(call.argsJson()).isEqualTo("{}");
        assertThat(parse(call.argsJson())).isEmpty();
        assertThat(call).hasToString("list_incidents{}");
    }

    @Test
    void ofPairsNamesWithValuesAndIgnoresADanglingName() {
        ToolCall call = ToolCall.of("get_pod_logs", "pod", "checkout-api-1a2b-xy", "tail");
        assertThat(call.args()).containsExactly(Map.entry("pod", "checkout-api-1a2b-xy"));
    }
}
