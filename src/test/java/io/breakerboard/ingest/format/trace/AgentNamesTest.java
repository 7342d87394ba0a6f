package io.breakerboard.ingest.format.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentNamesTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(nullValues = "null", value = {
        "agent.5f0e6a2c-1b3d-4e5f-8a9b-0c1d2e3f4a5b, null",
        "invoke_agent 171105b7-59dd-49c0-9677-0b95395aa46a, null",
        "171105b7-59dd-49c0-9677-0b95395aa46a, null",
        "billing-agent-9f86d081884c7d65, billing-agent",
        "planner [3f2a9c1d8e7b6a5f], planner",
        "support_triage, support_triage",
        "gpt-4o-2024-08-06, gpt-4o-2024-08-06",
        "invoke_agent [any_agent], invoke_agent [any_agent]",
        "deadbeefcafe-agent, deadbeefcafe-agent",
        "agent, null",
    })
    void trailingRunIdsAreCutAndNamesThatAreOnlyIdsOrGenericWordsNameNoAgent(String name, String expected) {
        assertThat(AgentNames.clean(name)).isEqualTo(expected);
    }
}
