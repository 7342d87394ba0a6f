package io.breakerboard.engine;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** A small stand-in for the shared redactor: masks the secret shapes the audit log must never contain. */
public final class TestRedactor implements UnaryOperator<String> {
    private static final Pattern SECRETS = Pattern.compile(
            "(?:sk-lf-|pk-lf-|sk-)[A-Za-z0-9_-]{6,}|Bearer\\s+[A-Za-z0-9._~+/=-]+|AKIA[0-9A-Z]{16}"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @Override
    public String apply(String s) {
        if (s == null || !(s.contains("sk-") || s.contains("pk-") || s.contains("Bearer") || s.contains("AKIA")
                || s.indexOf('@') >= 0)) {
            return s;
        }
        return SECRETS.matcher(s).replaceAll("[REDACTED]");
    }
}
