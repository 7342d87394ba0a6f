package io.breakerboard.engine.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.engine.llm.FakeChatServer;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatCompletionsJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode request(ModelRequest r) throws Exception {
        return JSON.readTree(ChatCompletionsJson.request("gpt-4o-mini", r, 256));
    }

    @Test
    void aRequestWithoutAConversationAsksWithASystemAndAUserMessage() throws Exception {
        JsonNode body = request(new ModelRequest("swift-mini", "plan", "Is checkout healthy?", 100, 50, ""));
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(256);
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.has("tools")).isFalse();
        JsonNode messages = body.path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).path("content").asText()).contains("this step is to plan");
        assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(1).path("content").asText()).isEqualTo("Is checkout healthy?");
    }

    @Test
    void eachToolBecomesAFunctionWhoseParametersFollowItsSchema() throws Exception {
        ToolSpec deploys = ToolCatalog.standard().get("get_recent_deploys").spec();
        ToolSpec approve = ToolCatalog.standard().get("approve_payment").spec();
        JsonNode body = request(new ModelRequest("atlas-pro", "reason", "p", 10, 10, "", List.of(),
                List.of(deploys, approve)));
        JsonNode fn = body.path("tools").get(0);
        assertThat(fn.path("type").asText()).isEqualTo("function");
        assertThat(fn.path("function").path("name").asText()).isEqualTo("get_recent_deploys");
        assertThat(fn.path("function").path("description").asText()).isEqualTo(deploys.description());
        JsonNode params = fn.path("function").path("parameters");
        assertThat(params.path("type").asText()).isEqualTo("object");
        assertThat(params.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(params.path("properties").path("hours").path("type").asText()).isEqualTo("integer");
        assertThat(params.path("properties").path("service").path("pattern").asText())
                .isEqualTo("^[a-z][a-z0-9-]{1,40}$");
        assertThat(params.path("required")).extracting(JsonNode::asText).containsExactly("hours", "service");
        JsonNode amount = body.path("tools").get(1).path("function").path("parameters").path("properties").path("amount");
        assertThat(amount.path("type").asText()).isEqualTo("number");
    }

    @Test
    void aConversationIsSentAsItWasWithToolCallsAndTheirResults() throws Exception {
        ModelToolCall call = new ModelToolCall("call_7",
                ToolCall.of("search_runbooks", "query", "checkout 5xx\nafter \"deploy\""));
        List<ChatMessage> conversation = List.of(ChatMessage.system("You investigate incidents."),
                ChatMessage.user("Checkout fails."), ChatMessage.assistant("", List.of(call)),
                ChatMessage.toolResult("call_7", "Runbook: roll back."));
        JsonNode messages = request(new ModelRequest("atlas-pro", "reason", "p", 10, 10, "", conversation, List.of()))
                .path("messages");
        assertThat(messages).hasSize(4);
        JsonNode assistant = messages.get(2);
        assertThat(assistant.path("content").isNull()).as("content is null when the message only calls tools").isTrue();
        JsonNode fn = assistant.path("tool_calls").get(0).path("function");
        assertThat(assistant.path("tool_calls").get(0).path("id").asText()).isEqualTo("call_7");
        assertThat(fn.path("name").asText()).isEqualTo("search_runbooks");
        assertThat(JSON.readTree(fn.path("arguments").asText()).path("query").asText())
                .as("the arguments are a JSON text the server can parse")
                .isEqualTo("checkout 5xx\nafter \"deploy\"");
        assertThat(messages.get(3).path("role").asText()).isEqualTo("tool");
        assertThat(messages.get(3).path("tool_call_id").asText()).isEqualTo("call_7");
        assertThat(messages.get(1).has("tool_call_id")).isFalse();
    }

    @Test
    void aReplyGivesTextAndUsage() throws Exception {
        ChatCompletionsJson.Reply r = ChatCompletionsJson.reply(FakeChatServer.text("All healthy.", 120, 8));
        assertThat(r.text()).isEqualTo("All healthy.");
        assertThat(r.model()).isEqualTo("test-model");
        assertThat(r.promptTokens()).isEqualTo(120);
        assertThat(r.completionTokens()).isEqualTo(8);
        assertThat(r.toolCalls()).isEmpty();
    }

    @Test
    void toolCallsAreReadWhetherTheArgumentsAreATextOrAnObject() throws Exception {
        ChatCompletionsJson.Reply asText = ChatCompletionsJson.reply(FakeChatServer.toolCall("call_1", "list_pods",
                "{\"namespace\":\"commerce\",\"limit\":5}", 10, 3));
        assertThat(asText.toolCalls()).containsExactly(new ModelToolCall("call_1",
                ToolCall.of("list_pods", "namespace", "commerce", "limit", "5")));
        ChatCompletionsJson.Reply asObject = ChatCompletionsJson.reply("{\"choices\":[{\"message\":{\"tool_calls\":["
                + "{\"function\":{\"name\":\"list_pods\",\"arguments\":{\"namespace\":\"commerce\"}}},"
                + "{\"function\":{\"name\":\"list_incidents\",\"arguments\":\"\"}}]}}]}");
        assertThat(asObject.toolCalls()).extracting(ModelToolCall::id).containsExactly("call_0", "call_1");
        assertThat(asObject.toolCalls().get(0).call().args()).isEqualTo(Map.of("namespace", "commerce"));
        assertThat(asObject.toolCalls().get(1).call().args()).isEmpty();
        assertThat(asObject.promptTokens()).as("no usage reported").isEqualTo(-1);
    }

    @Test
    void aBodyThatIsNotTheApisJsonSaysWhatIsWrongWithoutQuotingIt() {
        assertMalformed("<html>Bad gateway</html>", "the reply is not JSON (line 1, column 1)");
        assertMalformed("[1, 2]", "the reply is not a JSON object");
        assertMalformed("{\"choices\":[]}", "the reply has no choices[0].message");
        assertMalformed("{\"choices\":[{\"message\":{\"content\":\"\"}}]}", "the reply has neither content nor tool_calls");
        assertMalformed("{\"choices\":[{\"message\":{\"tool_calls\":[{\"function\":{\"arguments\":\"{}\"}}]}}]}",
                "tool_calls[0] names no function");
        assertMalformed("{\"choices\":[{\"message\":{\"tool_calls\":[{\"function\":{\"name\":\"list_pods\","
                + "\"arguments\":\"{namespace\"}}]}}]}", "the arguments of list_pods are not JSON");
        assertMalformed("{\"choices\":[{\"message\":{\"tool_calls\":[{\"function\":{\"name\":\"list_pods\","
                + "\"arguments\":\"[1]\"}}]}}]}", "the arguments of list_pods are not a JSON object");
    }

    private static void assertMalformed(String body, String message) {
        assertThatThrownBy(() -> ChatCompletionsJson.reply(body))
                .isInstanceOf(ChatCompletionsJson.Malformed.class)
                .hasMessage(message);
    }
}
