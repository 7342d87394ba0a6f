package io.breakerboard.ingest.format;

import static io.breakerboard.ingest.format.CanonicalFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema in docs/log-formats.md names exactly the fields the canonical writer writes. */
class CanonicalSchemaDocTest {

    @Test
    void schemaMatchesTheWriter() throws Exception {
        String doc = Files.readString(Path.of("docs/log-formats.md"));
        int section = doc.indexOf("### JSON Schema");
        int start = doc.indexOf("```json", section) + "```json".length();
        JsonNode schema = new ObjectMapper().readTree(doc.substring(start, doc.indexOf("```", start)));

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(schema.get("properties"))).containsExactlyInAnyOrder(EXECUTION_ID, AGENT, TASK, STARTED_AT,
                DURATION_MS, OUTCOME, ERROR_KIND, ERROR, MODEL, INPUT_TOKENS, OUTPUT_TOKENS, COST_USD, RETRIES,
                ITERATIONS, TOOL_CALLS, TOOL_FAILURES, USER_ID, SESSION_ID, PATTERN, STEPS, SCORES);
        JsonNode step = schema.get("$defs").get("step");
        assertThat(names(step.get("properties"))).containsExactlyInAnyOrder(KIND, NAME, AT, DURATION_MS, FAILED,
                ERROR_KIND, INPUT, OUTPUT, INPUT_TOKENS, OUTPUT_TOKENS, COST_USD, ATTRIBUTES);
        JsonNode score = schema.get("$defs").get("score");
        assertThat(names(score.get("properties"))).containsExactlyInAnyOrder(NAME, VALUE, LABEL, FLAG, SOURCE, COMMENT, AT);
        assertThat(texts(score.get("properties").get(SOURCE).get("enum"))).containsExactlyElementsOf(
                Arrays.stream(io.breakerboard.model.ScoreSource.values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
        assertThat(texts(step.get("properties").get(KIND).get("enum")))
                .containsExactlyElementsOf(Arrays.stream(StepKind.values()).map(Enum::name).toList());
        assertThat(texts(schema.get("$defs").get("errorKind").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(ErrorKind.values()).map(Enum::name).toList());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
