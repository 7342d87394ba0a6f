package io.breakerboard.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.chaos.internal.Probe;
import io.breakerboard.chaos.internal.Rollback;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentJsonTest {
    private static final ChaosCatalog CATALOG = ChaosCatalog.standard();

    private static final String USER = """
            {
              "name": "Slow logs",
              "description": "get_pod_logs answers 3 s late; investigations should still finish in time.",
              "seed": 42,
              "steadyState": "PT2M",
              "hypothesis": [
                {"probe": "success-rate", "agent": "sre-triage", "atLeast": 80},
                {"probe": "p95-duration", "atMost": "PT90S"},
                {"probe": "unhandled-errors", "atMost": 0},
                {"probe": "breaker-state", "breaker": "get_pod_logs", "in": ["closed", "HALF_OPEN"]}
              ],
              "method": {
                "duration": "PT5M",
                "workload": {"perMinute": 12.5, "concurrency": 4,
                             "agents": {"sre-triage": 2, "sre-investigator": 1},
                             "patterns": {"iterative": 1}},
                "faults": [
                  {"at": "PT1M", "fault": "latency", "target": "tool:get_pod_logs", "duration": "PT3M",
                   "latency": "PT3S", "jitter": "PT0.5S"},
                  {"fault": "rate-limited", "target": "model:swift-mini", "percent": 10, "duration": "PT4M",
                   "retryAfter": "PT4S"}
                ]
              },
              "guards": [{"probe": "success-rate", "atLeast": 30, "after": 8}],
              "rollbacks": ["reset-breakers"]
            }
            """;

    @Test
    void aUserExperimentReadsAsWritten() {
        Experiment x = ExperimentJson.read(USER, "slow-logs.json", CATALOG);

        assertThat(x.name()).isEqualTo("Slow logs");
        assertThat(x.seed()).isEqualTo(42);
        assertThat(x.hypothesis()).extracting(Probe::describe, Probe::expected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Success rate of sre-triage", "≥ 80 %"),
                org.assertj.core.groups.Tuple.tuple("P95 duration of all agents", "≤ 1 min 30 s"),
                org.assertj.core.groups.Tuple.tuple("Unhandled errors of all agents", "≤ 0"),
                org.assertj.core.groups.Tuple.tuple("Circuit breaker of get_pod_logs", "CLOSED or HALF_OPEN"));
        ScheduledFault slow = x.method().faults().get(0);
        assertThat(slow.at()).isEqualTo(Duration.ofMinutes(1));
        assertThat(slow.fault().describe()).isEqualTo("Added latency +3000 ms ± 500 ms on tool get_pod_logs, 100 % of calls, for 3 min");
        assertThat(x.method().faults().get(1).fault().retryAfter()).isEqualTo(Duration.ofSeconds(4));
        assertThat(x.method().workload().perMinute()).isEqualTo(12.5);
        assertThat(x.guards()).singleElement().satisfies(g -> assertThat(g.after()).isEqualTo(8));
        assertThat(x.rollbacks()).containsExactlyInAnyOrder(Rollback.REMOVE_FAULTS, Rollback.RESET_BREAKERS);
    }

    @Test
    void writingAndReadingBackGivesTheSameExperiment() {
        Experiment user = ExperimentJson.read(USER, "slow-logs.json", CATALOG);
        assertThat(ExperimentJson.read(ExperimentJson.write(user), "again", CATALOG)).isEqualTo(user);
        for (Experiment classic : ClassicExperiments.all()) {
            String json = ExperimentJson.write(classic);
            assertThat(ExperimentJson.read(json, classic.name(), CATALOG)).isEqualTo(classic);
        }
        assertThat(ExperimentJson.write(ClassicExperiments.malformedData())).contains("\"percent\" : 20").contains("\"target\" : \"model:swift-mini\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "misspelt tolerance|\"atLeast\": 80}|\"atLeats\": 80}|my.json: hypothesis[0].atLeats: unknown field; known here: agent, atLeast, atMost, breaker, in, probe, tool",
        "percent above 100|\"percent\": 10,|\"percent\": 140,|my.json: method.faults[1]: percent must be above 0 and at most 100, got 140",
        "unknown tool|\"tool:get_pod_logs\"|\"tool:get_logs\"|my.json: method.faults[0]: unknown tool 'get_logs'; known: check_service_health, list_pods",
        "bad duration|\"duration\": \"PT5M\"|\"duration\": \"5 minutes\"|my.json: method.duration: '5 minutes' is not an ISO-8601 duration; write it like PT30S, PT5M or PT1H30M",
        "unknown breaker state|\"closed\"|\"shut\"|my.json: hypothesis[3]: unknown breaker state 'SHUT'; known: CLOSED, OPEN, HALF_OPEN, FORCED_OPEN, DISABLED, METRICS_ONLY",
        "unknown agent in the mix|\"sre-triage\": 2|\"sre-triager\": 2|my.json: method.workload.agents: unknown agent 'sre-triager'; known: sre-triage, sre-investigator",
        "guard that cannot guard|{\"probe\": \"success-rate\", \"atLeast\": 30|{\"probe\": \"retried\", \"atLeast\": 30|my.json: guards[0]: retried judges faults after the fact and cannot guard",
        "wrong bound|\"p95-duration\", \"atMost\"|\"p95-duration\", \"atLeast\"|my.json: hypothesis[1]: p95-duration is judged with \"atMost\", not \"atLeast\"",
        "jitter above latency|\"jitter\": \"PT0.5S\"|\"jitter\": \"PT5S\"|my.json: method.faults[0]: jitter must be between 0 and the latency (3000 ms), got 5000 ms",
        "fault after the method|\"at\": \"PT1M\"|\"at\": \"PT6M\"|my.json: method: faults[0] starts at 6 min, after the method's 5 min are over",
        "wrong subject|\"breaker\": \"get_pod_logs\"|\"tool\": \"get_pod_logs\"|my.json: hypothesis[3]: breaker-state watches a breaker, not a tool; write \"breaker\" instead",
        "pattern nobody serves|\"iterative\": 1|\"voting\": 1|my.json: method.workload: pattern voting needs an agent of domain FINANCE",
    })
    void aMistakeIsNamedWithItsPlace(String what, String from, String to, String message) {
        String broken = USER.replace(from, to);
        assertThat(broken).as("the test edits the text").isNotEqualTo(USER);
        assertThatThrownBy(() -> ExperimentJson.read(broken, "my.json", CATALOG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() {
        assertThatThrownBy(() -> ExperimentJson.read("{\n  \"name\": \"x\",\n  \"seed\": 4 2\n}", "my.json", CATALOG))
                .hasMessageStartingWith("my.json is not valid JSON at line 3, column")
                .hasMessageEndingWith("fix the text there");
    }

    @Test
    void requiredPartsAreNamedWhenMissing() {
        assertThatThrownBy(() -> ExperimentJson.read("{\"name\": \"x\"}", "my.json", CATALOG))
                .hasMessage("my.json: hypothesis: missing; it is required here");
        assertThatThrownBy(() -> ExperimentJson.read("{\"name\": \"x\", \"hypothesis\": []}", "my.json", CATALOG))
                .hasMessage("my.json: method: missing; it is required here");
        assertThatThrownBy(() -> ExperimentJson.read("[1, 2]", "my.json", CATALOG))
                .hasMessage("my.json: experiment: the experiment must be a JSON object { … }");
    }
}
