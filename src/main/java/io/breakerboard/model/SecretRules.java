package io.breakerboard.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shapes of secret and personal data the {@link Redactor} masks, most specific first: a rule runs on the text
 * the rules before it left, and masks never match a later rule. Token shapes follow the public rule sets of
 * secret scanners (gitleaks): a fixed prefix and a run of key characters.
 */
final class SecretRules {
    static final int TOKEN = 1;
    static final int JWT = 1 << 1;
    static final int PRIVATE_KEY = 1 << 2;
    static final int ASSIGNMENT = 1 << 3;
    static final int AUTH_HEADER = 1 << 4;
    static final int URL_PASSWORD = 1 << 5;
    static final int EMAIL = 1 << 6;
    static final int CARD = 1 << 7;
    static final int PHONE = 1 << 8;

    /** A token known by its prefix; the prefix stays readable, the body is masked. */
    record Token(String prefix, String body) {
    }

    private static final String ALNUM = "[A-Za-z0-9]";
    private static final String KEYCHARS = "[A-Za-z0-9_\\-]";

    /** Longer prefixes before the shorter ones they start with, as the pattern tries them in order. */
    static final List<Token> TOKENS = List.of(
            new Token("sk-ant-", KEYCHARS + "{8,}"),
            new Token("sk-proj-", KEYCHARS + "{8,}"),
            new Token("sk-svcacct-", KEYCHARS + "{8,}"),
            new Token("sk-admin-", KEYCHARS + "{8,}"),
            new Token("sk-lf-", KEYCHARS + "{8,}"),
            new Token("pk-lf-", KEYCHARS + "{8,}"),
            new Token("sk-", KEYCHARS + "{16,}"),
            new Token("ghp_", ALNUM + "{20,}"),
            new Token("gho_", ALNUM + "{20,}"),
            new Token("ghu_", ALNUM + "{20,}"),
            new Token("ghs_", ALNUM + "{20,}"),
            new Token("ghr_", ALNUM + "{20,}"),
            new Token("github_pat_", "[A-Za-z0-9_]{20,}"),
            new Token("glpat-", KEYCHARS + "{20,}"),
            new Token("glptt-", KEYCHARS + "{20,}"),
            new Token("gldt-", KEYCHARS + "{20,}"),
            new Token("glrt-", KEYCHARS + "{20,}"),
            new Token("glsoat-", KEYCHARS + "{20,}"),
            new Token("glcbt-", KEYCHARS + "{20,}"),
            new Token("npm_", ALNUM + "{30,}"),
            new Token("hf_", ALNUM + "{30,}"),
            new Token("api_org_", ALNUM + "{30,}"),
            new Token("xoxa-", "[A-Za-z0-9\\-]{10,}"),
            new Token("xoxb-", "[A-Za-z0-9\\-]{10,}"),
            new Token("xoxp-", "[A-Za-z0-9\\-]{10,}"),
            new Token("xoxo-", "[A-Za-z0-9\\-]{10,}"),
            new Token("xoxs-", "[A-Za-z0-9\\-]{10,}"),
            new Token("xoxr-", "[A-Za-z0-9\\-]{10,}"),
            new Token("xoxe-", "[A-Za-z0-9\\-.]{10,}"),
            new Token("xapp-", "[A-Za-z0-9\\-]{10,}"),
            new Token("https://hooks.slack.com/services/", "[A-Za-z0-9/_+\\-]{10,}"),
            new Token("https://hooks.slack.com/workflows/", "[A-Za-z0-9/_+\\-]{10,}"),
            new Token("https://hooks.slack.com/triggers/", "[A-Za-z0-9/_+\\-]{10,}"),
            new Token("sk_live_", ALNUM + "{10,}"),
            new Token("rk_live_", ALNUM + "{10,}"),
            new Token("sk_test_", ALNUM + "{10,}"),
            new Token("rk_test_", ALNUM + "{10,}"),
            new Token("whsec_", ALNUM + "{20,}"),
            new Token("AIza", KEYCHARS + "{30,}"),
            new Token("ya29.", KEYCHARS + "{20,}"),
            new Token("AKIA", "[A-Z0-9]{16}(?![A-Z0-9])"),
            new Token("ASIA", "[A-Z0-9]{16}(?![A-Z0-9])"),
            new Token("ABIA", "[A-Z0-9]{16}(?![A-Z0-9])"),
            new Token("ACCA", "[A-Z0-9]{16}(?![A-Z0-9])"),
            new Token("SG.", KEYCHARS + "{16,}\\." + KEYCHARS + "{16,}"),
            new Token("SK", "[0-9a-fA-F]{32}(?![0-9a-fA-F])"),
            new Token("dop_v1_", "[a-f0-9]{32,}"),
            new Token("doo_v1_", "[a-f0-9]{32,}"),
            new Token("dor_v1_", "[a-f0-9]{32,}"),
            new Token("shpat_", "[a-fA-F0-9]{32}"),
            new Token("shpca_", "[a-fA-F0-9]{32}"),
            new Token("shppa_", "[a-fA-F0-9]{32}"),
            new Token("shpss_", "[a-fA-F0-9]{32}"),
            new Token("pypi-", KEYCHARS + "{50,}"),
            new Token("gsk_", ALNUM + "{30,}"),
            new Token("xai-", ALNUM + "{30,}"),
            new Token("pplx-", ALNUM + "{30,}"),
            new Token("lin_api_", ALNUM + "{30,}"),
            new Token("hvs.", KEYCHARS + "{20,}"),
            new Token("hvb.", KEYCHARS + "{20,}"),
            new Token("glsa_", "[A-Za-z0-9_]{20,}"),
            new Token("glc_", "[A-Za-z0-9_=+/]{20,}"),
            new Token("sntrys_", "[A-Za-z0-9_=+/]{30,}"),
            new Token("figd_", KEYCHARS + "{30,}"),
            new Token("PMAK-", "[A-Za-z0-9\\-]{30,}"),
            new Token("NRAK-", "[A-Z0-9]{27}"),
            new Token("dapi", "[a-f0-9]{32}(?![a-f0-9])"),
            new Token("ATATT", "[A-Za-z0-9_\\-=]{30,}"),
            new Token("r8_", ALNUM + "{30,}"));

    /**
     * Names whose value is a secret: {@code name = value}, {@code "name": "value"}, {@code NAME: value}, also as
     * the end of a longer name ({@code DB_PASSWORD}, {@code aws_secret_access_key}). Lower case.
     */
    static final List<String> SECRET_NAMES = List.of("password", "passwd", "passphrase", "secret", "secret_key",
            "secret-key", "secretkey", "api_key", "api-key", "apikey", "access_key", "access-key", "accesskey",
            "private_key", "private-key", "privatekey", "accountkey", "authorization", "credential", "credentials",
            "access_token", "auth_token", "refresh_token", "id_token", "api_token", "session_token", "bearer_token",
            "oauth_token", "secret_token", "bot_token", "sas_token", "accesstoken", "authtoken");

    // Left edge of a token: not inside a longer word, unless the word is an escape (\n, \t) in raw JSON text.
    private static final String EDGE = "(?:(?<![A-Za-z0-9])|(?<=\\\\[nrt]))";

    private static final String SCHEME = "(?:(?i:bearer|basic|token|digest|apikey)\\s+)?";

    static final List<SecretRule> ALL = List.of(
            new SecretRule("private key", PRIVATE_KEY,
                    "-----BEGIN[A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----([\\s\\S]*?)"
                            + "(?:-----END[A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----|$)", Redactor.MASK),
            new SecretRule("JWT", JWT,
                    "(?:(?<![A-Za-z0-9_\\-])|(?<=\\\\[nrt]))eyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{4,}"
                            + "(?:\\.[A-Za-z0-9_\\-]*)?", Redactor.MASK),
            new SecretRule("password in a URL", URL_PASSWORD,
                    "[A-Za-z][A-Za-z0-9+.\\-]{1,20}://[^\\s:/@\"'\\\\]*:([^\\s/@\"'\\\\]+)@", Redactor.MASK),
            new SecretRule("bearer token", AUTH_HEADER,
                    "(?i:bearer)\\s+(?!\\[redacted)([A-Za-z0-9._~+/\\-]{8,}=*)", Redactor.MASK),
            new SecretRule("basic credentials", AUTH_HEADER,
                    Pattern.compile("(?i:basic)\\s+([A-Za-z0-9+/]{6,}={0,2})"), Redactor.MASK,
                    SecretRules::isBasicCredentials),
            new SecretRule("token", TOKEN, tokenPattern(), Redactor.MASK),
            new SecretRule("secret assignment", ASSIGNMENT, assignmentPattern(), Redactor.MASK),
            new SecretRule("e-mail address", EMAIL,
                    "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}", Redactor.EMAIL_MASK),
            new SecretRule("card number", CARD,
                    Pattern.compile("(?<![0-9])[2-6][0-9]{3}(?:[ \\-]?[0-9]{2,7}){2,4}(?![0-9])"), Redactor.CARD_MASK,
                    CardNumbers::isCardNumber),
            // After cards: a card number written with a leading + is a card, not a phone.
            new SecretRule("phone number", PHONE,
                    Pattern.compile("(?<![0-9A-Za-z+])(?:\\+[1-9][0-9]{0,2}(?:[ .\\-]?(?:\\([0-9]{1,4}\\)|[0-9]{1,5})){2,6}"
                            + "|\\([2-9][0-9]{2}\\)[ .\\-]?[0-9]{3}[ .\\-][0-9]{4})(?![0-9])"), Redactor.PHONE_MASK,
                    SecretRules::isPhoneNumber));

    // E.164 allows at most 15 digits; fewer than 8 is a short code, a version or an amount, not a person's number.
    private static boolean isPhoneNumber(String s) {
        long digits = s.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits >= 8 && digits <= 15;
    }

    private SecretRules() {
    }

    private static String tokenPattern() {
        List<String> branches = new ArrayList<>();
        for (Token t : TOKENS) {
            branches.add(Pattern.quote(t.prefix()) + "(" + t.body() + ")");
        }
        return EDGE + "(?:" + String.join("|", branches) + ")";
    }

    // The value is masked up to its closing quote when quoted (a password may hold spaces), else up to a space or
    // separator. \" and \\\" cover JSON held inside JSON text, "" JSON inside a CSV cell, as raw quarantined
    // records hold them.
    private static String assignmentPattern() {
        List<String> names = new ArrayList<>();
        for (String n : SECRET_NAMES) {
            names.add(Pattern.quote(n));
        }
        String notMask = "(?!\\[redacted)(?!(?i:true|false|null|none)\\b)(?!(?i:bearer|basic|token|digest|apikey)\\s)";
        return "(?i:" + String.join("|", names) + ")\\\\*[\"']{0,2}\\s{0,7}(?::=|=>|[:=])\\s*(?:"
                + "\\\\*\"{1,2}" + SCHEME + notMask + "([^\"\\\\\\r\\n]{1,512})"
                + "|'" + SCHEME + notMask + "([^'\\\\\\r\\n]{1,512})"
                + "|" + SCHEME + notMask + "([^\\s\"'\\\\,;}&<>]{4,}))";
    }

    // "Basic" is an ordinary word too: only base64 of user:password is a credential.
    private static boolean isBasicCredentials(String value) {
        try {
            return new String(Base64.getDecoder().decode(value), StandardCharsets.ISO_8859_1).indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
