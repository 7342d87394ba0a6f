package io.breakerboard.ingest.format.codex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Codex tool output: its text, exit code and duration from the shapes Codex has written — plain text
 * starting {@code Exit code: N}, JSON text {@code {"output": ..., "metadata": {"exit_code": N,
 * "duration_seconds": S}}}, an object {@code {"content": ..., "success": false}}, or a list of content items.
 */
public final class CodexOutputs {
    private static final Pattern EXIT = Pattern.compile("(?m)^(?:Exit code:|Process exited with code)\\s*(-?\\d+)");
    private static final Pattern FAILED_FIRST_LINE = Pattern.compile("(?i)^(error|failed)\\b.*|.*\\bfailed:.*");

    /** A read output. {@code exitCode} and {@code seconds} are null when not stated. */
    public record Output(String text, Integer exitCode, Boolean success, Double seconds) {
        /**
         * Failed when the exit code is not 0, {@code success} is false, or, with neither stated, the first line
         * starts with "error"/"failed" or says "... failed: reason" (as Codex's own tool errors do).
         */
        public boolean failed() {
            if (exitCode != null) {
                return exitCode != 0;
            }
            if (success != null) {
                return !success;
            }
            return text != null && FAILED_FIRST_LINE.matcher(Texts.firstLine(text)).matches();
        }
    }

    private CodexOutputs() {
    }

    public static Output read(JsonNode output) {
        if (output == null || output.isNull()) {
            return new Output(null, null, null, null);
        }
        if (output.isObject()) {
            return fromObject(output);
        }
        String text = output.isTextual() ? output.asText() : Texts.content(output);
        String t = text == null ? "" : text.strip();
        if (t.startsWith("{") && t.endsWith("}")) {
            try {
                JsonNode parsed = Json.parse(t);
                if (parsed.isObject() && (parsed.has("output") || parsed.has("metadata") || parsed.has("success"))) {
                    return fromObject(parsed);
                }
            } catch (JsonProcessingException notJson) {
                // plain text that happens to start with a brace
            }
        }
        return new Output(text, exitCodeIn(text), null, null);
    }

    private static Output fromObject(JsonNode o) {
        JsonNode metadata = Json.field(o, "metadata");
        String text = Texts.content(Json.field(o, "output", "content"));
        Long exit = Json.longField(metadata, "exit_code");
        if (exit == null) {
            exit = Json.longField(o, "exit_code");
        }
        JsonNode success = Json.field(o, "success");
        Integer code = exit != null ? exit.intValue() : exitCodeIn(text);
        return new Output(text, code, success == null ? null : success.asBoolean(),
                Json.doubleField(metadata, "duration_seconds"));
    }

    private static Integer exitCodeIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = EXIT.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return Integer.valueOf(m.group(1));
        } catch (NumberFormatException tooLarge) {
            // Not an exit code any process returns: the text only looks like one.
            return null;
        }
    }
}
