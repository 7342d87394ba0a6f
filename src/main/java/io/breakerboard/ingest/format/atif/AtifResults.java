package io.breakerboard.ingest.format.atif;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.Texts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an ATIF observation result reports a failure. ATIF has no error field for tool results, so:
 * <ol>
 *   <li>an explicit flag fails it: {@code is_error: true}, a non-empty {@code error}, or {@code status}
 *       {@code error}/{@code failed} (an empty result fails only this way);</li>
 *   <li>text whose first line starts with the word "error" (any case: {@code Error: rate limit exceeded});</li>
 *   <li>text with a line starting {@code ERROR:} in capitals, as harnesses report rejected agent output
 *       ({@code Previous response had parsing errors:\nERROR: Missing required fields}).</li>
 * </ol>
 * Anything else, including a result with no content, is a success: terminal output that merely mentions an
 * error (a failing test's log) is not the tool failing.
 */
public final class AtifResults {
    private static final Pattern FIRST_LINE_ERROR = Pattern.compile("(?i)^error\\b.*");
    private static final Pattern HARNESS_ERROR = Pattern.compile("(?m)^ERROR:");

    private AtifResults() {
    }

    public static boolean failed(JsonNode result, String text) {
        String status = Json.text(result, "status");
        if (Json.isTrue(result, "is_error") || Json.text(result, "error") != null
                || (status != null && (status.toLowerCase(Locale.ROOT).startsWith("error")
                || status.equalsIgnoreCase("failed")))) {
            return true;
        }
        if (text == null || text.isBlank()) {
            return false;
        }
        return FIRST_LINE_ERROR.matcher(Texts.firstLine(text)).matches() || HARNESS_ERROR.matcher(text).find();
    }

    /** The error text of a failed result: its {@code error} field, else its content. */
    public static String message(JsonNode result, String text) {
        String error = Json.text(result, "error");
        return error != null ? error : text != null && !text.isBlank() ? text : "tool result reported an error";
    }
}
