package io.breakerboard.engine.memory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into lower-case terms, dropping stop words; hyphenated names such as {@code checkout-api} stay whole. */
final class Tokenizer {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "on", "in", "for", "to", "and", "or", "is",
            "are", "was", "with", "from", "by", "at", "its", "it", "this", "that", "be", "as", "after", "under");

    private Tokenizer() {
    }

    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || (c == '-' && cur.length() > 0)) {
                cur.append(c);
            } else if (cur.length() > 0) {
                add(out, cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    private static void add(List<String> out, String term) {
        String w = term.endsWith("-") ? term.substring(0, term.length() - 1) : term;
        if (w.length() > 1 && !STOP.contains(w)) {
            out.add(w);
        }
    }
}
