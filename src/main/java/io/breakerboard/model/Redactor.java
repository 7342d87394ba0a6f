package io.breakerboard.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in free text before it is stored or written out: OpenAI ({@code sk-…}), Anthropic
 * ({@code sk-ant-…}) and Langfuse ({@code pk-lf-…}, {@code sk-lf-…}) keys, {@code Bearer} tokens, AWS access
 * key ids ({@code AKIA…}, {@code ASIA…}) and secret keys, {@code password=…}-style assignments, and e-mail
 * addresses. A masked value keeps its prefix ({@code sk-ant-[redacted]}) so a reader still sees what was there.
 *
 * <p>Thread-safe and stateless; the import pipeline and every exporter share {@link #DEFAULT}.
 */
public final class Redactor implements UnaryOperator<String> {

    /** The standard rules. */
    public static final Redactor DEFAULT = new Redactor();

    public static final String MASK = "[redacted]";

    // Order matters: the specific key prefixes must win over the generic sk- rule.
    private static final Pattern SECRETS = Pattern.compile(String.join("|",
            "(?<key>(?<![A-Za-z0-9])(?:sk-ant-|sk-lf-|pk-lf-)[A-Za-z0-9_\\-]{8,})",
            "(?<openai>(?<![A-Za-z0-9])sk-[A-Za-z0-9_\\-]{16,})",
            "(?<bearer>(?i:bearer)\\s+[A-Za-z0-9._~+/\\-]{8,}=*)",
            "(?<aws>(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9]))",
            "(?<assign>(?i:aws_secret_access_key|password|passwd|api[_-]?key|client_secret|secret_key|access_token"
                    + "|auth_token)[\"']?\\s*[:=]\\s*[\"']?)(?<value>[^\\s\"',;}&]{4,})",
            "(?<email>[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,})"));

    private static final List<String> PREFIXES = List.of("sk-ant-", "sk-lf-", "pk-lf-");

    /** Masks every secret in the text; null stays null. */
    public String redact(String text) {
        if (text == null || text.length() < 6 || !mayHoldSecret(text)) {
            return text;
        }
        Matcher m = SECRETS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(mask(m));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    @Override
    public String apply(String text) {
        return redact(text);
    }

    /**
     * The execution with every free-text field masked: task, error, user and session ids, and each step's
     * name, input, output and attribute values. Returns the same instance when nothing needed masking.
     */
    public Execution redact(Execution e) {
        List<Step> steps = e.steps();
        Step[] redactedSteps = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Step r = redact(s);
            if (r != s) {
                if (redactedSteps == null) {
                    redactedSteps = steps.toArray(new Step[0]);
                }
                redactedSteps[i] = r;
            }
        }
        String task = redact(e.task());
        String error = redact(e.errorMessage());
        String user = redact(e.userId());
        String session = redact(e.sessionId());
        boolean changed = redactedSteps != null || task != e.task() || error != e.errorMessage() || user != e.userId()
                || session != e.sessionId();
        if (!changed) {
            return e;
        }
        return new Execution(e.key(), e.agent(), task, e.startedAt(), e.duration(), e.outcome(), e.errorKind(), error,
                e.model(), e.inputTokens(), e.outputTokens(), e.costMicros(), e.retries(), e.iterations(), e.toolCalls(),
                e.toolFailures(), user, session, e.source(), e.format(),
                redactedSteps == null ? steps : List.of(redactedSteps));
    }

    /** The step with its name, input, output and attribute values masked; the same instance when clean. */
    public Step redact(Step s) {
        String name = redact(s.name());
        String input = redact(s.input());
        String output = redact(s.output());
        Map<String, String> attributes = s.attributes();
        Map<String, String> masked = null;
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String v = redact(a.getValue());
            if (v != a.getValue() && masked == null) {
                masked = new LinkedHashMap<>(attributes);
            }
            if (masked != null) {
                masked.put(a.getKey(), v);
            }
        }
        if (name == s.name() && input == s.input() && output == s.output() && masked == null) {
            return s;
        }
        return new Step(s.index(), s.kind(), name, s.at(), s.duration(), s.failed(), s.errorKind(), input, output,
                s.inputTokens(), s.outputTokens(), s.costMicros(), masked == null ? attributes : masked);
    }

    private static String mask(Matcher m) {
        if (m.group("key") != null) {
            String found = m.group("key");
            for (String p : PREFIXES) {
                if (found.startsWith(p)) {
                    return p + MASK;
                }
            }
        }
        if (m.group("openai") != null) {
            return "sk-" + MASK;
        }
        if (m.group("bearer") != null) {
            return "Bearer " + MASK;
        }
        if (m.group("aws") != null) {
            return m.group("aws").substring(0, 4) + MASK;
        }
        if (m.group("assign") != null) {
            return m.group("assign") + MASK;
        }
        return "[redacted-email]";
    }

    // The assignment keywords of the SECRETS pattern, lower case, for the pre-check.
    private static final List<String> KEYWORDS = List.of("aws_secret_access_key", "access_token", "auth_token",
            "api_key", "api-key", "apikey", "client_secret", "password", "passwd", "secret_key");

    // Cheap pre-check so clean text (almost all of it) never reaches the regex engine. It must hold for every
    // text a rule can match: each rule needs an '@', "sk-"/"pk-", "bearer", "AKIA"/"ASIA", or an assignment
    // keyword followed (after an optional quote and spaces) by ':' or '='. Letters compare in ASCII case only,
    // as the pattern's (?i) does. Ids, task names and error texts are full of '-', ':' and words such as
    // "token", so looking for those alone sent many fields to the regex.
    private static boolean mayHoldSecret(String t) {
        boolean assignment = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '@':
                    return true;
                case '-':
                    if (i >= 2 && t.charAt(i - 1) == 'k' && (t.charAt(i - 2) == 's' || t.charAt(i - 2) == 'p')) {
                        return true;
                    }
                    break;
                case ':':
                case '=':
                    assignment = true;
                    break;
                case 'B':
                case 'b':
                    if (at(t, i, "bearer")) {
                        return true;
                    }
                    break;
                case 'A':
                    if (t.startsWith("AKIA", i) || t.startsWith("ASIA", i)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return assignment && hasAssignment(t);
    }

    private static boolean hasAssignment(String t) {
        for (int i = 0; i < t.length(); i++) {
            char lower = (char) (t.charAt(i) | 0x20);
            if ((lower == 'a' || lower == 'c' || lower == 'p' || lower == 's') && assignmentAt(t, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean assignmentAt(String t, int i) {
        char lower = (char) (t.charAt(i) | 0x20);
        for (String keyword : KEYWORDS) {
            if (keyword.charAt(0) == lower && at(t, i, keyword)) {
                int j = i + keyword.length();
                if (j < t.length() && (t.charAt(j) == '"' || t.charAt(j) == '\'')) {
                    j++;
                }
                while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                    j++;
                }
                if (j < t.length() && (t.charAt(j) == ':' || t.charAt(j) == '=')) {
                    return true;
                }
            }
        }
        return false;
    }

    // Whether lowerWord (lower-case ASCII letters, '_' and '-') stands at i, letters in either case.
    private static boolean at(String t, int i, String lowerWord) {
        if (i + lowerWord.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            char w = lowerWord.charAt(k);
            char c = t.charAt(i + k);
            if (c != w && !(Character.isLetter(w) && (c | 0x20) == w)) {
                return false;
            }
        }
        return true;
    }
}
