package io.breakerboard.ingest.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of some format damaged in many places at once: the seed is a valid test fixture, each {@link Damage}
 * spoils one record of it the way real files and attackers do (cut, wrong types, extreme numbers, odd time
 * zones, invalid UTF-8, NUL, BOM, CRLF, duplicate keys, deep nesting).
 *
 * @param seed    fixture path under {@code src/test/resources/fixtures}
 * @param damages what is done to it, in order
 */
public record AdversarialInput(String seed, List<Damage> damages) {

    /** The fixtures every damaged file starts from: one or more of every format. */
    static final List<String> SEEDS = List.of("other/canonical.jsonl", "other/audit.jsonl", "other/pipe.log",
            "other/costs.json", "other/executions.csv", "otlp/agent-trace.json", "otlp/aliases.json",
            "otlp/collector-lines.jsonl", "langfuse/trace.json", "langfuse/list.json", "langsmith/payload.json",
            "langsmith/runs.json", "atif/trajectory.json", "atif/multi.json", "claude-code/session.jsonl",
            "codex/rollout.jsonl");

    /** Numbers no field should take as they are. */
    static final List<String> EXTREME_NUMBERS = List.of("1e308", "-1e308", "NaN", "\"NaN\"", "Infinity", "-0",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551615",
            "1e30", "315360000000000", "-1", "-9999999999", "0.0000000000000000001", "1E400", "\"10000000000h\"",
            "\"-5s\"", "99999999999999999999999999999999");

    /** Times no record should keep as they are. */
    static final List<String> ODD_TIMES = List.of("0000-01-01T00:00:00Z", "10000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2024-02-30T10:00:00Z", "2024-10-01T10:00:00+25:00", "2024-10-01T24:61:61Z",
            "NaN", "1e30", "-62135596800000", "2024-10-01T10:00:00.123456789123Z", "1970-01-01T00:00:00-18:00",
            "+292278994-08-17T07:12:55.807Z", "", "2024-10-01 10:00:00 PST");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\"-])-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?![\\w.\"])");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern STRING_VALUE = Pattern.compile(":\\s*\"[^\"\\\\]{0,40}\"");
    private static final Pattern FIRST_FIELD = Pattern.compile("\\{\\s*(\"[^\"]+\"\\s*:\\s*(\"[^\"]*\"|-?\\d+))");

    /** A seed fixture damaged in ten to sixteen places, drawn from {@code random}: the same seed, the same file. */
    public static AdversarialInput random(Random random) {
        Kind[] kinds = Kind.values();
        List<Damage> damages = new ArrayList<>();
        int n = 10 + random.nextInt(7);
        for (int i = 0; i < n; i++) {
            damages.add(new Damage(kinds[random.nextInt(kinds.length)], random.nextDouble(), random.nextInt(1_001)));
        }
        return new AdversarialInput(SEEDS.get(random.nextInt(SEEDS.size())), List.copyOf(damages));
    }

    /** One spoiled place: {@code kind} says how, {@code at} (0..1) where, {@code pick} which variant. */
    public record Damage(Kind kind, double at, int pick) {
    }

    public enum Kind {
        CUT, NUL, INVALID_UTF8, BOM, CRLF, EXTREME_NUMBER, ODD_TIME, WRONG_TYPE, DUPLICATE_KEY, DEEP_NESTING,
        DELETE_SPAN, REPEAT_LINE, CONTROL_CHARS
    }

    /** The damaged bytes. Text damages are applied first, byte damages (NUL, invalid UTF-8, BOM) last. */
    public byte[] bytes() {
        String text = Parsed.text(seed);
        for (Damage d : damages) {
            text = damageText(text, d);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Damage d : damages) {
            bytes = damageBytes(bytes, d);
        }
        return bytes;
    }

    private static String damageText(String text, Damage d) {
        int at = (int) (d.at() * text.length());
        return switch (d.kind()) {
            case CUT -> text.isEmpty() ? text : text.substring(0, Math.max(1, at));
            case CRLF -> text.replace("\r\n", "\n").replace("\n", "\r\n");
            case EXTREME_NUMBER -> replaceNear(text, NUMBER, at, EXTREME_NUMBERS.get(d.pick() % EXTREME_NUMBERS.size()));
            case ODD_TIME -> replaceNear(text, TIME, at, ODD_TIMES.get(d.pick() % ODD_TIMES.size()));
            case WRONG_TYPE -> replaceNear(text, STRING_VALUE, at, switch (d.pick() % 5) {
                case 0 -> ": 12";
                case 1 -> ": [1, {\"a\": null}]";
                case 2 -> ": {\"nested\": {\"deeper\": true}}";
                case 3 -> ": null";
                default -> ": true";
            });
            case DUPLICATE_KEY -> duplicateFirstField(text, at);
            case DEEP_NESTING -> insertAt(text, at, "[".repeat(2_000 + d.pick() % 8_000));
            case DELETE_SPAN -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + d.pick() % 64));
            case REPEAT_LINE -> repeatLine(text, at);
            case CONTROL_CHARS -> insertAt(text, at, "\u001b[2J\r\u0007\u0000\u202e");
            default -> text;
        };
    }

    private static byte[] damageBytes(byte[] bytes, Damage d) {
        int at = (int) (d.at() * bytes.length);
        return switch (d.kind()) {
            case NUL -> insertAt(bytes, at, new byte[] {0});
            case INVALID_UTF8 -> insertAt(bytes, at, switch (d.pick() % 4) {
                case 0 -> new byte[] {(byte) 0xC3, 0x28};
                case 1 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
                case 2 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
                default -> new byte[] {(byte) 0xF0, (byte) 0x9F};
            });
            case BOM -> insertAt(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            default -> bytes;
        };
    }

    private static String replaceNear(String text, Pattern pattern, int at, String replacement) {
        Matcher m = pattern.matcher(text);
        if (m.find(Math.min(at, text.length())) || m.find(0)) {
            return text.substring(0, m.start()) + replacement + text.substring(m.end());
        }
        return text;
    }

    private static String duplicateFirstField(String text, int at) {
        Matcher m = FIRST_FIELD.matcher(text);
        if (m.find(Math.min(at, text.length())) || m.find(0)) {
            String field = m.group(1);
            String twin = field.substring(0, field.indexOf(':') + 1) + " \"twin\"";
            return text.substring(0, m.end(1)) + ", " + twin + text.substring(m.end(1));
        }
        return text;
    }

    private static String repeatLine(String text, int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int end = text.indexOf('\n', at);
        if (end < 0) {
            return text;
        }
        return text.substring(0, end + 1) + text.substring(start, end + 1) + text.substring(end + 1);
    }

    private static String insertAt(String text, int at, String piece) {
        return text.substring(0, at) + piece + text.substring(at);
    }

    private static byte[] insertAt(byte[] bytes, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + piece.length);
        out.write(bytes, 0, at);
        out.write(piece, 0, piece.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** The fixture's file name, which some formats take as a hint. */
    String fileName() {
        return seed.substring(seed.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return seed + " " + damages;
    }
}
