package io.breakerboard.ingest.format;

import static io.breakerboard.ingest.format.CanonicalFields.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one canonical line with Jackson's streaming parser, field by field, straight into an {@link Execution}:
 * no tree, no reflection, no regular expression, since this runs a million times in a benchmark import.
 */
final class CanonicalLineParser {
    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    private CanonicalLineParser() {
    }

    /**
     * @throws RecordProblem with the reason when the line is valid JSON but not a canonical execution
     * @throws com.fasterxml.jackson.core.JsonProcessingException when it is not valid JSON
     */
    static Execution parse(String line) throws IOException, RecordProblem {
        try (JsonParser p = FACTORY.createParser(line)) {
            return parse(p);
        }
    }

    /** The same from a line's UTF-8 bytes. */
    static Execution parse(byte[] bytes, int offset, int length) throws IOException, RecordProblem {
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            return parse(p);
        }
    }

    private static Execution parse(JsonParser p) throws IOException, RecordProblem {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new RecordProblem("expected one JSON object per line, found " + JsonValues.describe(first));
        }
        Execution e = readExecution(p);
        int column = p.currentLocation().getColumnNr();
        boolean trailing;
        try {
            trailing = p.nextToken() != null;
        } catch (JsonProcessingException notJson) {
            trailing = true;
        }
        if (trailing) {
            throw new RecordProblem("unexpected text after the JSON object at column " + column
                    + "; write one execution per line");
        }
        return e;
    }

    private static Execution readExecution(JsonParser p) throws IOException, RecordProblem {
        CanonicalRecord r = new CanonicalRecord();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f) {
                case EXECUTION_ID: r.key = JsonValues.text(p, f); break;
                case AGENT: r.agent = JsonValues.text(p, f); break;
                case TASK: r.task = JsonValues.text(p, f); break;
                case STARTED_AT: r.started = JsonValues.instant(p, f); break;
                case DURATION_MS: r.duration = JsonValues.millis(p, f); break;
                case OUTCOME: r.outcome = CanonicalRecord.outcome(JsonValues.text(p, f)); break;
                case ERROR_KIND: r.errorKind = ErrorKind.parse(JsonValues.text(p, f)); break;
                case ERROR: r.error = JsonValues.text(p, f); break;
                case MODEL: r.model = JsonValues.text(p, f); break;
                case INPUT_TOKENS: r.inputTokens = JsonValues.whole(p, f); break;
                case OUTPUT_TOKENS: r.outputTokens = JsonValues.whole(p, f); break;
                case COST_USD: r.costMicros = JsonValues.micros(p, f); break;
                case RETRIES: r.retries = JsonValues.count(p, f); break;
                case ITERATIONS: r.iterations = JsonValues.count(p, f); break;
                case TOOL_CALLS: r.toolCalls = JsonValues.count(p, f); break;
                case TOOL_FAILURES: r.toolFailures = JsonValues.count(p, f); break;
                case USER_ID: r.user = JsonValues.text(p, f); break;
                case SESSION_ID: r.session = JsonValues.text(p, f); break;
                case PATTERN: r.pattern = JsonValues.text(p, f); break;
                case STEPS: r.steps = readSteps(p); break;
                case SCORES: r.scores = readScores(p); break;
                default: p.skipChildren();
            }
        }
        return r.toExecution();
    }

    private static List<Step> readSteps(JsonParser p) throws IOException, RecordProblem {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw RecordProblem.invalid(STEPS, "expected an array, found " + JsonValues.describe(p.currentToken()));
        }
        List<Step> steps = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw RecordProblem.invalid(STEPS + "[" + steps.size() + "]",
                        "expected an object, found " + JsonValues.describe(t));
            }
            steps.add(readStep(p, steps.size()));
        }
        return steps;
    }

    private static Step readStep(JsonParser p, int index) throws IOException, RecordProblem {
        try {
            return readStepFields(p, index);
        } catch (RecordProblem e) {
            throw e.within(STEPS + "[" + index + "]");
        }
    }

    // Field names in reasons get their steps[i] prefix only on failure: no string building per step.
    private static Step readStepFields(JsonParser p, int index) throws IOException, RecordProblem {
        StepKind kind = null;
        String name = null, input = null, output = null, rawKind = null;
        Instant at = null;
        Duration duration = Duration.ZERO;
        boolean failed = false;
        ErrorKind errorKind = null;
        long inTok = 0, outTok = 0, cost = 0;
        Map<String, String> attributes = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f) {
                case KIND: rawKind = JsonValues.text(p, f); kind = StepKind.parse(rawKind); break;
                case NAME: name = JsonValues.text(p, f); break;
                case AT: at = JsonValues.instant(p, f); break;
                case DURATION_MS: duration = JsonValues.millis(p, f); break;
                case FAILED: failed = JsonValues.bool(p, f); break;
                case ERROR_KIND: errorKind = ErrorKind.parse(JsonValues.text(p, f)); break;
                case INPUT: input = JsonValues.text(p, f); break;
                case OUTPUT: output = JsonValues.text(p, f); break;
                case INPUT_TOKENS: inTok = JsonValues.whole(p, f); break;
                case OUTPUT_TOKENS: outTok = JsonValues.whole(p, f); break;
                case COST_USD: cost = JsonValues.micros(p, f); break;
                case ATTRIBUTES: attributes = readAttributes(p, f); break;
                default: p.skipChildren();
            }
        }
        if (kind == null) {
            throw RecordProblem.missing(KIND);
        }
        if (kind == StepKind.EVENT && name == null && !"EVENT".equalsIgnoreCase(rawKind)) {
            name = rawKind;
        }
        return new Step(index, kind, name, at, duration, failed, failed && errorKind == null ? ErrorKind.UNKNOWN : errorKind,
                input, output, inTok, outTok, cost, attributes);
    }

    private static List<Score> readScores(JsonParser p) throws IOException, RecordProblem {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw RecordProblem.invalid(SCORES, "expected an array, found " + JsonValues.describe(p.currentToken()));
        }
        List<Score> scores = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String at = SCORES + "[" + scores.size() + "]";
            if (t != JsonToken.START_OBJECT) {
                throw RecordProblem.invalid(at, "expected an object, found " + JsonValues.describe(t));
            }
            try {
                scores.add(readScore(p));
            } catch (RecordProblem e) {
                throw e.within(at);
            }
        }
        return scores;
    }

    private static Score readScore(JsonParser p) throws IOException, RecordProblem {
        String name = null, label = null, comment = null;
        Double value = null;
        Boolean flag = null;
        ScoreSource source = ScoreSource.FEEDBACK;
        Instant at = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f) {
                case NAME: name = JsonValues.text(p, f); break;
                case VALUE: value = JsonValues.decimal(p, f); break;
                case LABEL: label = JsonValues.text(p, f); break;
                case FLAG: flag = JsonValues.bool(p, f); break;
                case SOURCE: source = ScoreSource.parse(JsonValues.text(p, f)); break;
                case COMMENT: comment = JsonValues.text(p, f); break;
                case AT: at = JsonValues.instant(p, f); break;
                default: p.skipChildren();
            }
        }
        if (name == null) {
            throw RecordProblem.missing(NAME);
        }
        if (value == null && label == null && flag == null) {
            throw RecordProblem.missing(VALUE + ", " + LABEL + " or " + FLAG);
        }
        return new Score(name, value, label, flag, source, comment, at);
    }

    private static Map<String, String> readAttributes(JsonParser p, String field) throws IOException, RecordProblem {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw RecordProblem.invalid(field, "expected an object, found " + JsonValues.describe(p.currentToken()));
        }
        Map<String, String> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NULL) {
                map.put(k, null);
            } else if (v.isScalarValue()) {
                map.put(k, p.getText());
            } else {
                map.put(k, p.readValueAsTree().toString());
            }
        }
        return map;
    }
}
