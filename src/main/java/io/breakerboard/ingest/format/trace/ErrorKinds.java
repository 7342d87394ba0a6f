package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;

/** Classifies a failure by its text, with the step's kind deciding when the text names no cause. */
public final class ErrorKinds {
    private ErrorKinds() {
    }

    /**
     * The error kind of a failed step: {@link ErrorKind#classify} of the message, except that a model call
     * whose message names no specific cause is a {@link ErrorKind#MODEL_ERROR} and such a tool call a
     * {@link ErrorKind#TOOL_ERROR} (classify reads any "error" as a tool error), and output the harness could not
     * parse ("parsing errors", "missing required fields") is a {@link ErrorKind#MALFORMED_RESPONSE}.
     */
    public static ErrorKind of(StepKind kind, String message) {
        ErrorKind k = ErrorKind.classify(message);
        if (message != null && k == ErrorKind.TOOL_ERROR) {
            String m = message.toLowerCase(java.util.Locale.ROOT);
            if (m.contains("parsing error") || m.contains("failed to parse") || m.contains("missing required field")) {
                return ErrorKind.MALFORMED_RESPONSE;
            }
        }
        if (kind == StepKind.LLM_CALL && (k == ErrorKind.UNKNOWN || k == ErrorKind.TOOL_ERROR)) {
            return ErrorKind.MODEL_ERROR;
        }
        if ((kind == StepKind.TOOL_CALL || kind == StepKind.TOOL_RESULT) && k == ErrorKind.UNKNOWN) {
            return ErrorKind.TOOL_ERROR;
        }
        return k;
    }
}
