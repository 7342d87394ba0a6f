package io.breakerboard.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Masks secrets and personal data in free text before it is stored or written out: API keys and tokens known by
 * their prefix (OpenAI, Anthropic, Langfuse, GitHub, GitLab, Slack, Stripe, Google, AWS, npm, Hugging Face,
 * SendGrid, Twilio and more, see {@link SecretRules}), JWTs, {@code Bearer} and {@code Basic} credentials,
 * passwords in URLs, PEM private-key blocks, values of secret-named settings ({@code password=…},
 * {@code "api_key": "…"}, {@code AWS_SECRET_ACCESS_KEY=…}), e-mail addresses, payment card numbers (Luhn-checked)
 * and phone numbers. A masked value keeps its prefix or name ({@code ghp_[redacted]}, {@code password=[redacted]}) so a reader still sees
 * what was there.
 *
 * <p>It runs on every stored text of an import, so a one-pass pre-check ({@link SecretTriggers}) decides which
 * rules could match before any regex runs. Thread-safe and stateless; the import pipeline, the engine's audit log
 * and every exporter share {@link #DEFAULT}.
 */
public final class Redactor implements UnaryOperator<String> {

    /** The standard rules. */
    public static final Redactor DEFAULT = new Redactor();

    public static final String MASK = "[redacted]";
    public static final String EMAIL_MASK = "[redacted-email]";
    public static final String CARD_MASK = "[redacted-card]";
    public static final String PHONE_MASK = "[redacted-phone]";

    private static final HexFormat HEX = HexFormat.of();

    /** Masks every secret in the text; null stays null, and clean text comes back as the same instance. */
    public String redact(String text) {
        if (text == null || text.length() < 6) {
            return text;
        }
        int families = SecretTriggers.scan(text);
        if (families == 0) {
            return text;
        }
        String out = text;
        for (SecretRule rule : SecretRules.ALL) {
            if ((families & rule.family()) != 0) {
                out = rule.apply(out);
            }
        }
        return out;
    }

    @Override
    public String apply(String text) {
        return redact(text);
    }

    /**
     * The execution with every text field masked: key, agent, task, error, model, user and session ids, each
     * step's name, input, output and attributes, and each score's comment and label. Returns the same instance
     * when nothing needed masking.
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
        String key = redactKey(e.key());
        String agent = redact(e.agent());
        String task = redact(e.task());
        String error = redact(e.errorMessage());
        String model = redact(e.model());
        String user = redact(e.userId());
        String session = redact(e.sessionId());
        List<Score> scores = redactScores(e.scores());
        boolean changed = scores != e.scores() || redactedSteps != null || key != e.key() || agent != e.agent() || task != e.task()
                || error != e.errorMessage() || model != e.model() || user != e.userId() || session != e.sessionId();
        if (!changed) {
            return e;
        }
        return new Execution(key, agent, task, e.startedAt(), e.duration(), e.outcome(), e.errorKind(), error, model,
                e.inputTokens(), e.outputTokens(), e.costMicros(), e.retries(), e.iterations(), e.toolCalls(),
                e.toolFailures(), user, session, e.source(), e.format(),
                redactedSteps == null ? steps : List.of(redactedSteps), e.stepCount(), e.pattern(), scores);
    }

    // Comments are free text a reviewer or an evaluator wrote, and may quote the output they judged.
    private List<Score> redactScores(List<Score> scores) {
        List<Score> out = null;
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            String comment = redact(s.comment());
            String label = redact(s.label());
            if (comment != s.comment() || label != s.label()) {
                if (out == null) {
                    out = new ArrayList<>(scores);
                }
                out.set(i, new Score(s.name(), s.value(), label, s.flag(), s.source(), comment, s.at()));
            }
        }
        return out == null ? scores : List.copyOf(out);
    }

    /**
     * The step with its name, input, output, attribute names and values masked; an attribute named like a secret
     * ({@code password}, {@code authorization}, {@code x-api-key}) has its whole value masked. The same instance
     * when clean.
     */
    public Step redact(Step s) {
        String name = redact(s.name());
        String input = redact(s.input());
        String output = redact(s.output());
        Map<String, String> attributes = s.attributes();
        Map<String, String> masked = null;
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String k = redact(a.getKey());
            String v = redactValueOf(a.getKey(), a.getValue());
            if ((k != a.getKey() || v != a.getValue()) && masked == null) {
                masked = new LinkedHashMap<>();
                for (Map.Entry<String, String> before : attributes.entrySet()) {
                    if (before.getKey().equals(a.getKey())) {
                        break;
                    }
                    masked.put(before.getKey(), before.getValue());
                }
            }
            if (masked != null) {
                masked.put(k, v);
            }
        }
        if (name == s.name() && input == s.input() && output == s.output() && masked == null) {
            return s;
        }
        return new Step(s.index(), s.kind(), name, s.at(), s.duration(), s.failed(), s.errorKind(), input, output,
                s.inputTokens(), s.outputTokens(), s.costMicros(), masked == null ? attributes : masked);
    }

    /**
     * The value of a named setting or attribute: wholly masked when the name says it is a secret, else masked
     * like any text.
     */
    public String redactValueOf(String name, String value) {
        if (value == null || value.isBlank() || name == null || !isSecretName(name)) {
            return redact(value);
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("false") || v.equals("null") ? value : MASK;
    }

    /** Whether a setting of this name holds a secret: it ends in one of the secret names, in any case. */
    public static boolean isSecretName(String name) {
        return SecretTriggers.endsWithSecretName(name, name.length());
    }

    // A key stays an identity after masking: two keys that differ only in their secret keep apart by a digest of
    // the original, the same on every import of the same log.
    private String redactKey(String key) {
        String masked = redact(key);
        if (masked == key) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return masked + "#" + HEX.formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
