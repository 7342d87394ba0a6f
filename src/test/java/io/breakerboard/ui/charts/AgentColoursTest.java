package io.breakerboard.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AgentColoursTest {
    private static final List<String> TWELVE = List.of("eval-agent-regression-suite", "eval-agent-safety-red-team",
            "customer-support-escalation-router", "invoice-validator-eu", "invoice-validator-us",
            "research-assistant-long-context", "sre-triage-kubernetes", "code-reviewer-security", "fraud-scorer-realtime",
            "approval-bot-procurement", "data-pipeline-repair-agent", "meeting-notes-summarizer");

    @Test
    void anAgentKeepsItsColourAcrossRunsAndCharts() {
        // Fixed values: a change of hash would recolour every agent a person has learnt.
        assertThat(AgentColours.preferred("reconciler")).isEqualTo(AgentColours.preferred(new String("reconciler")));
        assertThat(AgentColours.assign(List.of("reconciler", "sre-triage")))
                .isEqualTo(AgentColours.assign(List.of("sre-triage", "reconciler")));
    }

    @Test
    void twelveAgentsGetTwelveColoursWhateverTheirOrder() {
        List<String> shuffled = new ArrayList<>(TWELVE);
        Collections.shuffle(shuffled, new Random(3));

        Map<String, Integer> slots = AgentColours.assign(TWELVE);

        assertThat(slots.values()).doesNotHaveDuplicates().allMatch(s -> s >= 0 && s < AgentColours.PALETTE);
        assertThat(AgentColours.assign(shuffled)).isEqualTo(slots);
    }

    @Test
    void anAgentWithoutACollisionHasItsPreferredColour() {
        Map<String, Integer> slots = AgentColours.assign(TWELVE.subList(0, 1));

        assertThat(slots.get(TWELVE.get(0))).isEqualTo(AgentColours.preferred(TWELVE.get(0)));
    }
}
