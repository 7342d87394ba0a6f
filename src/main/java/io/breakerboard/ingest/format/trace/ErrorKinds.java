package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;

/** Classifies a failure by its text, with the step's kind deciding when the text names no cause. */
public final class ErrorKinds {
    private ErrorKinds() {
    }

    /**
     * The error kind of a failed step, following what the step is: {@link ErrorKind#classify} of the message,
     * except that a model call (or API error) whose message names no specific cause is a
     * {@link ErrorKind#MODEL_ERROR}, such a tool call a {@link ErrorKind#TOOL_ERROR}, and any other step (a server,
     * agent or workflow span) {@link ErrorKind#UNKNOWN} unless the message names a tool (classify reads any "error"
     * as a tool error); output the harness could not parse ("parsing errors", "missing required fields") is a
     * {@link ErrorKind#MALFORMED_RESPONSE}.
     */
    public static ErrorKind of(StepKind kind, String message) {
        ErrorKind k = ErrorKind.classify(message);
        if (message != null && k == ErrorKind.TOOL_ERROR) {
            String m = message.toLowerCase(java.util.Locale.ROOT);
            if (m.contains("parsing error") || m.contains("failed to parse") || m.contains("missing required field")) {
                return ErrorKind.MALFORMED_RESPONSE;
            }
        }
        boolean model = kind == StepKind.LLM_CALL || kind == StepKind.API_ERROR;
        boolean tool = kind == StepKind.TOOL_CALL || kind == StepKind.TOOL_RESULT || kind == StepKind.TOOL_ERROR;
        if (model && (k == ErrorKind.UNKNOWN || k == ErrorKind.TOOL_ERROR)) {
            return ErrorKind.MODEL_ERROR;
        }
        if (tool && k == ErrorKind.UNKNOWN) {
            return ErrorKind.TOOL_ERROR;
        }
        if (!model && !tool && k == ErrorKind.TOOL_ERROR && !namesATool(message)) {
            // A server or agent span's "status ERROR" is no tool failure: classify read the bare word "error".
            return ErrorKind.UNKNOWN;
        }
        return k;
    }

    private static boolean namesATool(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("tool") || m.contains("exit code") || m.contains("command failed");
    }
}
