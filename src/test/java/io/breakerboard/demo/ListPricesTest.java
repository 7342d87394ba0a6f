package io.breakerboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's model calls and paid tool calls cost what the engine's price types say, and nothing else. */
class ListPricesTest {
    private final PriceTable prices = ListPrices.table();

    @Test
    void everyDemoAgentCallsAModelWithAListPrice() {
        for (AgentProfile a : AgentCatalog.agents()) {
            assertThat(prices.all()).as(a.name()).containsKey(a.model());
        }
    }

    @Test
    void aModelCallCostsItsTokensAtThePublishedPrice() {
        // 1,000 prompt tokens at $3/M plus 500 completion tokens at $15/M
        assertThat(prices.cost(ListPrices.CLAUDE_SONNET, 1_000, 500)).isEqualTo(10_500);
        assertThat(prices.cost(ListPrices.GPT_4O_MINI, 1_000_000, 0)).isEqualTo(150_000);
    }

    @Test
    void everyGeneratedStepIsPricedByTheEngineTables() {
        ExecutionStream stream = new ExecutionStream(7, "price", 2_000);
        Set<String> pricedTools = new HashSet<>();
        int modelCalls = 0;
        for (int i = 0; i < 2_000; i++) {
            Execution e = stream.next();
            AgentProfile a = AgentCatalog.agents().stream().filter(p -> p.name().equals(e.agent())).findFirst().orElseThrow();
            for (Step s : e.steps()) {
                if (s.kind() == StepKind.LLM_CALL) {
                    modelCalls++;
                    assertThat(s.costMicros()).as(e.key() + " " + s.name())
                            .isEqualTo(prices.cost(s.name(), s.inputTokens(), s.outputTokens()));
                } else if (s.kind() == StepKind.TOOL_CALL) {
                    ToolProfile tool = a.tools().stream().filter(t -> t.name().equals(s.name())).findFirst().orElseThrow();
                    assertThat(s.costMicros()).as(e.key() + " " + s.name()).isEqualTo(tool.price().perCallMicros());
                    if (s.costMicros() > 0) {
                        pricedTools.add(s.name());
                    }
                }
            }
        }
        assertThat(modelCalls).isPositive();
        assertThat(pricedTools).containsExactly("web_search");
    }
}
