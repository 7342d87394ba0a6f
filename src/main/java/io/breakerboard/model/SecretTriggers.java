package io.breakerboard.model;

import static io.breakerboard.model.SecretRules.ASSIGNMENT;
import static io.breakerboard.model.SecretRules.AUTH_HEADER;
import static io.breakerboard.model.SecretRules.CARD;
import static io.breakerboard.model.SecretRules.EMAIL;
import static io.breakerboard.model.SecretRules.PHONE;
import static io.breakerboard.model.SecretRules.JWT;
import static io.breakerboard.model.SecretRules.PRIVATE_KEY;
import static io.breakerboard.model.SecretRules.TOKEN;
import static io.breakerboard.model.SecretRules.URL_PASSWORD;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a text that tells which families of {@link SecretRules} could match in it, so clean text (almost
 * all of it) never reaches a regex, and a text with an e-mail address runs only the e-mail rule. It must find
 * every text a rule can match: each family has a trigger that every match contains: a token prefix, "eyJ", a
 * secret name before ':' or '=', "bearer"/"basic", "-----BEGIN", '@' (and "://" for URLs), a run of 13 digits
 * starting like a card number, or a digit after '+' or '(' (phone numbers). Token prefixes are looked up by the character pair at their first '_', '-' or
 * '.' (or at their start when they have none), so a text pays a table look-up per character, not a comparison
 * per prefix.
 */
final class SecretTriggers {
    private static final String DELIMITERS = "_-.";
    // [delimiter][character before it]: prefixes up to and including their first delimiter.
    private static final String[][][] DELIMITED = new String[128][][];
    // [first character][second character]: prefixes without a delimiter.
    private static final String[][][] LEADING = new String[128][][];
    // [last character, lower case]: secret names ending in it.
    private static final String[][] NAMES_BY_LAST = new String[128][];
    // The characters where a check starts; the loop passes over all others at once.
    private static final boolean[] INTERESTING = new boolean[128];

    static {
        for (SecretRules.Token t : SecretRules.TOKENS) {
            String p = t.prefix();
            int d = firstDelimiter(p);
            if (d > 0) {
                add(DELIMITED, p.charAt(d), p.charAt(d - 1), p.substring(0, d + 1));
            } else {
                add(LEADING, p.charAt(0), p.charAt(1), p);
            }
        }
        for (char c : "@:=-JBb+(".toCharArray()) {
            INTERESTING[c] = true;
        }
        for (int c = 0; c < 128; c++) {
            INTERESTING[c] |= DELIMITED[c] != null || LEADING[c] != null;
        }
        for (String name : SecretRules.SECRET_NAMES) {
            char last = name.charAt(name.length() - 1);
            NAMES_BY_LAST[last] = append(NAMES_BY_LAST[last], name);
        }
    }

    private SecretTriggers() {
    }

    /** The families of rules worth running on the text, as {@link SecretRules} bits; 0 when it is clean. */
    static int scan(String t) {
        int flags = 0;
        int digits = 0;
        int firstDigits = 0;
        boolean at = false;
        boolean scheme = false;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (digits <= 2) {
                    firstDigits = digits == 1 ? c - '0' : firstDigits * 10 + (c - '0');
                } else if (digits >= 13 && cardPrefix(firstDigits)) {
                    flags |= CARD;
                }
                continue;
            }
            // A separator continues a run that starts like a card; a run that does not may be followed by one.
            if (digits > 0 && ((c != ' ' && c != '-') || !isDigit(t, i - 1) || digits < 2 || !cardPrefix(firstDigits))) {
                digits = 0;
            }
            if (c >= 128 || !INTERESTING[c]) {
                continue;
            }
            String[][] byBefore = DELIMITED[c];
            if (byBefore != null && i > 0 && t.charAt(i - 1) < 128 && endsAt(t, i, byBefore[t.charAt(i - 1)])) {
                flags |= TOKEN;
            }
            String[][] byNext = LEADING[c];
            if (byNext != null && i + 1 < n && t.charAt(i + 1) < 128 && startsAt(t, i, byNext[t.charAt(i + 1)])) {
                flags |= TOKEN;
            }
            switch (c) {
                case '@' -> at = true;
                case ':' -> {
                    scheme |= t.startsWith("//", i + 1);
                    flags |= secretNameBefore(t, i) ? ASSIGNMENT : 0;
                }
                case '=' -> flags |= secretNameBefore(t, i) ? ASSIGNMENT : 0;
                case '-' -> flags |= t.startsWith("-----BEGIN", i) ? PRIVATE_KEY : 0;
                case 'J' -> flags |= i >= 2 && t.charAt(i - 1) == 'y' && t.charAt(i - 2) == 'e' ? JWT : 0;
                case 'B', 'b' -> flags |= word(t, i, "bearer") || word(t, i, "basic") ? AUTH_HEADER : 0;
                case '+', '(' -> flags |= i + 1 < n && isDigit(t, i + 1) ? PHONE : 0;
                default -> {
                }
            }
        }
        if (at) {
            flags |= EMAIL | (scheme ? URL_PASSWORD : 0);
        }
        return flags;
    }

    private static boolean isDigit(String t, int i) {
        return i >= 0 && t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }

    // Issuer prefixes of CardNumbers, by the first two digits.
    private static boolean cardPrefix(int two) {
        return (two >= 22 && two <= 27) || two == 30 || (two >= 34 && two <= 55) || two == 60 || two == 62
                || two == 64 || two == 65;
    }

    // A secret name ends just before the ':' or '=' at i, allowing spaces, quotes ("" in CSV) and escaping
    // backslashes in between.
    private static boolean secretNameBefore(String t, int i) {
        int j = i - 1;
        while (j >= 0 && j > i - 8 && Character.isWhitespace(t.charAt(j))) {
            j--;
        }
        for (int quotes = 0; quotes < 2 && j >= 0 && (t.charAt(j) == '"' || t.charAt(j) == '\''); quotes++) {
            j--;
        }
        while (j >= 0 && t.charAt(j) == '\\') {
            j--;
        }
        return j >= 0 && endsWithSecretName(t, j + 1);
    }

    /** Whether {@code t} up to {@code end} ends in one of the secret names, in any case. */
    static boolean endsWithSecretName(String t, int end) {
        int j = end - 1;
        if (j < 0 || t.charAt(j) >= 128) {
            return false;
        }
        String[] names = NAMES_BY_LAST[Character.toLowerCase(t.charAt(j))];
        if (names == null) {
            return false;
        }
        for (String name : names) {
            int start = j + 1 - name.length();
            if (start >= 0 && t.regionMatches(true, start, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAt(String t, int i, String[] heads) {
        if (heads == null) {
            return false;
        }
        for (String head : heads) {
            int start = i + 1 - head.length();
            if (start >= 0 && t.startsWith(head, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(String t, int i, String[] prefixes) {
        if (prefixes == null) {
            return false;
        }
        for (String p : prefixes) {
            if (t.startsWith(p, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(String t, int i, String lower) {
        return t.regionMatches(true, i, lower, 0, lower.length());
    }

    private static int firstDelimiter(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (DELIMITERS.indexOf(prefix.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void add(String[][][] table, char a, char b, String head) {
        if (table[a] == null) {
            table[a] = new String[128][];
        }
        String[] heads = table[a][b];
        if (heads == null || !List.of(heads).contains(head)) {
            table[a][b] = append(heads, head);
        }
    }

    private static String[] append(String[] array, String value) {
        List<String> list = array == null ? new ArrayList<>() : new ArrayList<>(List.of(array));
        list.add(value);
        return list.toArray(new String[0]);
    }
}
