package io.breakerboard.ingest.format.telemetry;

import io.breakerboard.ingest.format.trace.ErrorKinds;
import io.breakerboard.ingest.format.trace.EvaluationEvents;
import io.breakerboard.ingest.format.trace.Numbers;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps one log event of an agent CLI's telemetry to a step of its session, as a span record that
 * {@link CliSessions} assembles with the session's other events. The events and attributes are those the tools
 * document:
 * <ul>
 *   <li>Claude Code: {@code user_prompt}, {@code api_request} (model, {@code cost_usd}, tokens with cache reads and
 *       writes counted as input as its session files are read, {@code duration_ms}), {@code api_error},
 *       {@code tool_result} ({@code tool_name}, {@code success}, {@code duration_ms}, {@code error}) and
 *       {@code tool_decision}; raw request and response bodies are not kept.</li>
 *   <li>Codex: {@code user_prompt}, {@code sse_event} of kind {@code response.completed} (one model call with its
 *       token counts), failed {@code api_request}s and {@code response.failed} events, {@code tool_result} and
 *       {@code tool_decision}; other stream events and {@code conversation_starts} carry no step.</li>
 *   <li>Gemini CLI: {@code user_prompt}, {@code api_response} (tokens: input + tool, output + thoughts, as its
 *       session files are read), {@code api_error}, {@code tool_call}; {@code api_request} and {@code config}
 *       carry no step.</li>
 *   <li>Any other event of these tools is a plain event step, so nothing they send is dropped unseen.</li>
 * </ul>
 * Events are sent when what they describe has ended, so an event with {@code duration_ms} started that long
 * before its time.
 */
public final class CliEvents {
    /** The key of the execution that holds a session's events. */
    public static final String KEY_PREFIX = "otel-logs:";

    /** What became of one event: a step, nothing (an event that carries no step), or a refusal with its reason. */
    public record Mapping(SpanRecord span, String refusal) {
        static final Mapping NO_STEP = new Mapping(null, null);

        static Mapping refused(String reason) {
            return new Mapping(null, reason);
        }
    }

    private CliEvents() {
    }

    /** True when the key is one this class gives a session's execution. */
    public static boolean isSessionKey(String key) {
        return key != null && key.startsWith(KEY_PREFIX);
    }

    public static Mapping map(LogEvent e) {
        AgentCli cli = AgentCli.ofEventName(e.eventName());
        String name = e.eventName();
        if (cli == null && name != null) {
            cli = AgentCli.ofService(e.resource().get("service.name"));
            name = cli == null ? null : cli.prefix + name;
        }
        if (cli == null) {
            return Mapping.refused("log record " + (e.eventName() == null ? "without an event name"
                    : "'" + Texts.cut(e.eventName(), 80) + "'") + " is not Claude Code, Codex or Gemini CLI "
                    + "telemetry; other logs are not stored (send traces to /v1/traces)");
        }
        String session = e.value(cli.sessionAttribute);
        if (session == null) {
            return Mapping.refused("event '" + name + "' has no " + cli.sessionAttribute
                    + ", so it belongs to no session");
        }
        if (e.time() == null) {
            return Mapping.refused("event '" + name + "' of session " + session + " has no time");
        }
        String event = cli.shortName(name);
        SpanRecord s = switch (cli) {
            case CLAUDE_CODE -> claude(event, e);
            case CODEX -> codex(event, e);
            case GEMINI_CLI -> gemini(event, e);
        };
        if (s == null) {
            return Mapping.NO_STEP;
        }
        if (EvaluationEvents.isEvaluation(e.eventName())) {
            s.score(EvaluationEvents.score(e.attributes(), e.time()));
        }
        s.traceId = KEY_PREFIX + cli.agent + ":" + session;
        s.id = contentId(name, e);
        s.spanName = event;
        s.sessionId = session;
        s.userId = e.value("user.account_uuid") != null ? e.value("user.account_uuid")
                : e.value("user.account_id") != null ? e.value("user.account_id") : e.value("user.id");
        if (s.model == null) {
            s.model = e.value("model");
        }
        if (s.kind == StepKind.LLM_CALL || s.kind == StepKind.API_ERROR) {
            s.name = s.model != null ? s.model : event;
        }
        s.serviceName = e.resource().get("service.name");
        s.line = e.message();
        s.attribute("event.name", name);
        s.attribute("app.version", e.value("app.version"));
        if (s.failed && s.errorKind == null) {
            s.errorKind = ErrorKinds.of(s.kind, s.errorMessage);
        }
        return new Mapping(s, null);
    }

    private static SpanRecord claude(String event, LogEvent e) {
        return switch (event) {
            case "user_prompt" -> prompt(e);
            case "api_request" -> {
                SpanRecord s = timed(e, StepKind.LLM_CALL, null);
                s.inputTokens = count(e, "input_tokens") + count(e, "cache_read_tokens")
                        + count(e, "cache_creation_tokens");
                s.outputTokens = count(e, "output_tokens");
                Double cost = Numbers.parseDouble(e.value("cost_usd"));
                s.costMicros = cost == null ? null : Math.round(cost * 1_000_000);
                s.attribute("cache_read_tokens", e.value("cache_read_tokens"));
                s.attribute("cache_creation_tokens", e.value("cache_creation_tokens"));
                yield s;
            }
            case "api_error" -> apiError(e, e.value("error"), e.value("status_code"));
            case "tool_result" -> tool(e, "tool_name", "tool_parameters", null);
            case "tool_decision" -> decision(e, "tool_name");
            case "api_request_body", "api_response_body" -> null;
            default -> plain(e, event);
        };
    }

    private static SpanRecord codex(String event, LogEvent e) {
        return switch (event) {
            case "user_prompt" -> prompt(e);
            case "api_request" -> {
                String status = e.value("http.response.status_code");
                Long code = Numbers.parseLong(status);
                String error = e.value("error.message");
                yield error != null || (code != null && code >= 400) ? apiError(e, error, status) : null;
            }
            case "sse_event" -> {
                String kind = e.value("event.kind");
                if ("response.completed".equals(kind)) {
                    SpanRecord s = timed(e, StepKind.LLM_CALL, null);
                    s.inputTokens = count(e, "input_token_count");
                    s.outputTokens = count(e, "output_token_count");
                    s.attribute("cached_token_count", e.value("cached_token_count"));
                    s.attribute("reasoning_token_count", e.value("reasoning_token_count"));
                    yield s;
                }
                yield "response.failed".equals(kind) || e.value("error.message") != null
                        ? apiError(e, e.value("error.message"), null) : null;
            }
            case "tool_result" -> tool(e, "tool_name", "arguments", "output");
            case "tool_decision" -> decision(e, "tool_name");
            case "conversation_starts" -> null;
            default -> plain(e, event);
        };
    }

    private static SpanRecord gemini(String event, LogEvent e) {
        return switch (event) {
            case "user_prompt" -> prompt(e);
            case "api_response" -> {
                String error = e.value("error");
                SpanRecord s = timed(e, error != null ? StepKind.API_ERROR : StepKind.LLM_CALL, null);
                s.inputTokens = count(e, "input_token_count") + count(e, "tool_token_count");
                s.outputTokens = count(e, "output_token_count") + count(e, "thoughts_token_count");
                s.attribute("status_code", e.value("status_code"));
                s.attribute("cached_content_token_count", e.value("cached_content_token_count"));
                if (error != null) {
                    fail(s, error, e.value("status_code"));
                }
                yield s;
            }
            case "api_error" -> apiError(e, e.value("error"), e.value("status_code"));
            case "tool_call" -> {
                SpanRecord s = tool(e, "function_name", "function_args", null);
                if (s.failed && e.value("error_type") != null) {
                    s.attribute("error_type", e.value("error_type"));
                }
                yield s;
            }
            case "api_request", "config" -> null;
            default -> plain(e, event);
        };
    }

    private static SpanRecord prompt(LogEvent e) {
        SpanRecord s = timed(e, StepKind.MESSAGE, "user prompt");
        s.input = Texts.cut(e.value("prompt"), Texts.MAX_TEXT);
        s.attribute("prompt_length", e.value("prompt_length"));
        return s;
    }

    private static SpanRecord apiError(LogEvent e, String error, String status) {
        SpanRecord s = timed(e, StepKind.API_ERROR, null);
        s.attribute("attempt", e.value("attempt"));
        s.attribute("status_code", status);
        fail(s, error != null ? error : status != null ? "HTTP " + status : "the API call failed", status);
        return s;
    }

    private static SpanRecord tool(LogEvent e, String nameAttribute, String inputAttribute, String outputAttribute) {
        String tool = e.value(nameAttribute);
        SpanRecord s = timed(e, StepKind.TOOL_CALL, tool != null ? tool : "tool");
        s.input = Texts.cut(e.value(inputAttribute), Texts.MAX_TEXT);
        s.output = outputAttribute == null ? null : Texts.cut(e.value(outputAttribute), Texts.MAX_TEXT);
        s.attribute("decision", e.value("decision"));
        s.attribute("source", e.value("source"));
        if ("false".equalsIgnoreCase(e.value("success"))) {
            fail(s, e.value("error") != null ? e.value("error") : "tool " + s.name + " failed", null);
            s.errorKind = ErrorKinds.of(StepKind.TOOL_CALL, s.errorMessage);
        }
        return s;
    }

    private static SpanRecord decision(LogEvent e, String toolAttribute) {
        String tool = e.value(toolAttribute);
        SpanRecord s = timed(e, StepKind.EVENT, "tool decision" + (tool != null ? ": " + tool : ""));
        s.output = e.value("decision");
        s.attribute("decision", e.value("decision"));
        s.attribute("source", e.value("source"));
        return s;
    }

    private static SpanRecord plain(LogEvent e, String event) {
        SpanRecord s = timed(e, StepKind.EVENT, event);
        s.output = Texts.cut(e.body(), Texts.MAX_TEXT);
        return s;
    }

    // An event is written when what it describes ended; duration_ms says when that began.
    private static SpanRecord timed(LogEvent e, StepKind kind, String name) {
        SpanRecord s = new SpanRecord();
        s.kind = kind;
        s.name = name;
        s.end = e.time();
        Long ms = Numbers.parseLong(e.value("duration_ms"));
        s.start = ms != null && ms > 0 && ms < Duration.ofDays(366).toMillis() ? e.time().minusMillis(ms) : e.time();
        return s;
    }

    private static void fail(SpanRecord s, String message, String status) {
        s.failed = true;
        s.errorMessage = Texts.cut(message, Texts.MAX_TEXT);
        Long code = Numbers.parseLong(status);
        if (code != null) {
            s.errorKind = code == 429 ? ErrorKind.RATE_LIMIT : code == 401 || code == 403
                    ? ErrorKind.PERMISSION_DENIED : code == 408 || code == 504 ? ErrorKind.TIMEOUT : null;
        }
    }

    // Counts as written: a negative one stays negative so the range check refuses it by name.
    private static long count(LogEvent e, String key) {
        Long v = Numbers.parseLong(e.value(key));
        return v == null ? 0 : v;
    }

    // Exporters retry whole batches: the same event twice gets the same id and is taken once.
    private static String contentId(String name, LogEvent e) {
        Map<String, String> sorted = new TreeMap<>(e.attributes());
        Instant t = e.time();
        long h = 1125899906842597L;
        for (String part : new String[] {name, t.getEpochSecond() + "." + t.getNano(), sorted.toString()}) {
            for (int i = 0; i < part.length(); i++) {
                h = 31 * h + part.charAt(i);
            }
        }
        return "event-" + Long.toHexString(h) + "-" + Integer.toHexString(sorted.toString().hashCode());
    }
}
