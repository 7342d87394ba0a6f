package io.breakerboard.engine.tool.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What one tool argument must look like.
 *
 * @param type     the value's type
 * @param required whether it must be present
 * @param pattern  a regular expression the whole value must match (TEXT only); null for any text
 * @param allowed  the permitted values (ENUM only)
 */
public record ArgRule(ArgType type, boolean required, Pattern pattern, List<String> allowed) {

    /** Argument value types. */
    public enum ArgType { TEXT, INTEGER, DECIMAL, ENUM }

    public static ArgRule text(boolean required) {
        return new ArgRule(ArgType.TEXT, required, null, List.of());
    }

    public static ArgRule matching(String regex) {
        return new ArgRule(ArgType.TEXT, true, Pattern.compile(regex), List.of());
    }

    public static ArgRule integer(boolean required) {
        return new ArgRule(ArgType.INTEGER, required, null, List.of());
    }

    public static ArgRule decimal() {
        return new ArgRule(ArgType.DECIMAL, true, null, List.of());
    }

    public static ArgRule oneOf(String... values) {
        return new ArgRule(ArgType.ENUM, true, null, List.of(values));
    }

    /** Null when {@code value} is acceptable, else what is wrong with it. */
    String check(String value) {
        return switch (type) {
            case TEXT -> value.isBlank() ? "must not be blank"
                    : pattern != null && !pattern.matcher(value).matches() ? "must match " + pattern.pattern() : null;
            case INTEGER -> value.matches("-?\\d{1,9}") ? null : "must be a whole number";
            case DECIMAL -> value.matches("-?\\d{1,12}(\\.\\d{1,4})?") ? null : "must be a decimal number like 1234.50";
            case ENUM -> allowed.contains(value) ? null : "must be one of " + allowed;
        };
    }
}
