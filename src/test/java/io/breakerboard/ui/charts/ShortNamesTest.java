package io.breakerboard.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Twelve long agent names on the duration chart's side: short enough for the bars, still told apart. */
class ShortNamesTest {
    /** A monospace stand-in: 7 px a character. */
    private static double width(String s) {
        return s.length() * 7.0;
    }

    @Test
    void longNamesKeepTheirStartAndEndAndStayDistinct() {
        List<String> names = List.of("customer-support-escalation-agent-eu-west", "customer-support-escalation-agent-us-east",
                "customer-support-escalation-agent-eu-wes1", "reconciler");

        List<String> shown = ShortNames.fit(names, 140, ShortNamesTest::width);

        assertThat(shown).doesNotHaveDuplicates();
        assertThat(shown.get(3)).isEqualTo("reconciler");
        for (int i = 0; i < 3; i++) {
            assertThat(width(shown.get(i))).isLessThanOrEqualTo(140);
            assertThat(shown.get(i)).startsWith("customer-").contains("…");
        }
        assertThat(shown.get(0)).endsWith("west");
        assertThat(shown.get(1)).endsWith("east");
    }

    @Test
    void namesThatFitStayWhole() {
        assertThat(ShortNames.fit(List.of("coder", "planner"), 140, ShortNamesTest::width)).containsExactly("coder", "planner");
    }
}
