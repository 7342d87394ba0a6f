package io.breakerboard.model;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shape of secret: a pattern, the family of triggers ({@link SecretTriggers}) that must be seen before the
 * pattern is worth running, and what replaces the secret. The secret is the first capturing group that took part
 * in a match, or the whole match when none did, so a rule can keep a recognisable prefix ({@code ghp_[redacted]})
 * or the name in an assignment ({@code password=[redacted]}).
 */
record SecretRule(String name, int family, Pattern pattern, String mask, Predicate<String> accept) {

    SecretRule(String name, int family, String regex, String mask) {
        this(name, family, Pattern.compile(regex), mask, s -> true);
    }

    /** The text with every accepted match masked; the same instance when there was none. */
    String apply(String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int group = firstGroup(m);
            int start = group == 0 ? m.start() : m.start(group);
            int end = group == 0 ? m.end() : m.end(group);
            if (!accept.test(text.substring(start, end))) {
                // A shorter match may start inside a rejected one (a card after other digits).
                from = m.start() + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, start).append(mask);
            last = end;
            from = Math.max(m.end(), m.start() + 1);
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return g;
            }
        }
        return 0;
    }
}
