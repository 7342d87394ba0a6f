package io.breakerboard.chaos;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.chaos.internal.Guard;
import io.breakerboard.chaos.internal.JsonObject;
import io.breakerboard.chaos.internal.Probe;
import io.breakerboard.chaos.internal.ProbeKind;
import io.breakerboard.chaos.internal.Rollback;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Experiments as JSON, the format people write their own in (see docs/chaos.md). Durations are ISO-8601 text
 * ({@code "PT5M"}), shares are percentages, targets are {@code all} or {@code tool:NAME}, {@code agent:NAME},
 * {@code model:NAME}. Reading checks everything and names the place of the first problem; unknown fields are
 * errors, so a misspelt tolerance is never silently ignored.
 */
public final class ExperimentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP = Set.of("name", "description", "seed", "steadyState", "hypothesis", "method",
            "guards", "rollbacks");
    private static final Set<String> METHOD = Set.of("duration", "workload", "faults");
    private static final Set<String> WORKLOAD = Set.of("perMinute", "concurrency", "agents", "patterns");
    private static final Set<String> FAULT = Set.of("at", "fault", "target", "percent", "duration", "latency", "jitter",
            "retryAfter", "factor");
    private static final Set<String> PROBE = Set.of("probe", "agent", "tool", "breaker", "atLeast", "atMost", "in");
    private static final Set<String> GUARD = Set.of("probe", "agent", "tool", "breaker", "atLeast", "atMost", "in", "after");

    private ExperimentJson() {
    }

    /**
     * Reads and checks an experiment.
     *
     * @param origin  where the text came from (a file name), named in every error
     * @param catalog the tools, agents, models and breakers names may refer to
     * @throws IllegalArgumentException naming the origin, the place in the text and what is wrong there
     */
    public static Experiment read(String json, String origin, ChaosCatalog catalog) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException(origin + " is not valid JSON" + where + ": " + e.getOriginalMessage()
                    + "; fix the text there", e);
        }
        try {
            return experiment(new JsonObject(root, ""), catalog);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    private static Experiment experiment(JsonObject o, ChaosCatalog catalog) {
        o.only(TOP);
        String name = o.text("name", true);
        String description = o.text("description", false);
        long seed = o.whole("seed", 1);
        Duration steady = o.duration("steadyState", Duration.ofMinutes(2));
        List<Probe> hypothesis = o.array("hypothesis", true, e -> probe(e.object().only(PROBE), catalog));
        ExperimentMethod method = method(o.object("method"), catalog);
        List<Guard> guards = o.array("guards", false, e -> {
            JsonObject g = e.object().only(GUARD);
            Probe p = probe(g, catalog);
            int after = (int) g.whole("after", 10);
            return g.build(() -> new Guard(p, after));
        });
        Set<Rollback> rollbacks = EnumSet.noneOf(Rollback.class);
        rollbacks.addAll(o.array("rollbacks", false, e -> {
            String id = e.text();
            try {
                return Rollback.parse(id);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(e.path() + ": " + ex.getMessage());
            }
        }));
        return o.build(() -> new Experiment(name, description, seed, steady, hypothesis, method, guards, rollbacks));
    }

    private static ExperimentMethod method(JsonObject o, ChaosCatalog catalog) {
        o.only(METHOD);
        Duration duration = o.duration("duration", null);
        JsonObject w = o.object("workload").only(WORKLOAD);
        double perMinute = w.number("perMinute", 30);
        int concurrency = (int) w.whole("concurrency", 6);
        Map<String, Integer> agents = w.weights("agents");
        Map<String, Integer> patterns = w.weights("patterns");
        for (String agent : agents.keySet()) {
            checkName(w.path() + ".agents", "agent", agent, catalog.agents());
        }
        WorkloadSpec workload = w.build(() -> new WorkloadSpec(perMinute, concurrency, agents, patterns));
        List<ScheduledFault> faults = o.array("faults", true, e -> fault(e.object().only(FAULT), catalog));
        return o.build(() -> new ExperimentMethod(workload, duration, faults));
    }

    private static ScheduledFault fault(JsonObject o, ChaosCatalog catalog) {
        Duration at = o.duration("at", Duration.ZERO);
        String kindId = o.text("fault", true);
        FaultKind kind = o.build(() -> FaultKind.parse(kindId));
        String targetText = o.text("target", true);
        FaultTarget target = o.build(() -> FaultTarget.parse(targetText));
        o.build(() -> {
            catalog.check(target);
            return target;
        });
        double percent = o.number("percent", kind.defaultPercent());
        Duration duration = o.duration("duration", null);
        Duration latency = o.duration("latency", FaultSpec.DEFAULT_LATENCY);
        Duration jitter = o.duration("jitter", o.has("latency") ? Duration.ZERO : FaultSpec.DEFAULT_JITTER);
        Duration retryAfter = o.duration("retryAfter", FaultSpec.DEFAULT_RETRY_AFTER);
        double factor = o.number("factor", FaultSpec.DEFAULT_FACTOR);
        FaultSpec spec = o.build(() -> new FaultSpec(kind, target, percent / 100, duration, latency, jitter, retryAfter,
                factor));
        return o.build(() -> new ScheduledFault(at, spec));
    }

    private static Probe probe(JsonObject o, ChaosCatalog catalog) {
        String kindId = o.text("probe", true);
        ProbeKind kind = o.build(() -> ProbeKind.parse(kindId));
        String key = kind.subject().name().toLowerCase(Locale.ROOT);
        for (String other : List.of("agent", "tool", "breaker")) {
            if (!other.equals(key) && o.has(other)) {
                throw o.error(kind.id() + " watches a" + (key.equals("agent") ? "n " : " ") + key + ", not a" + (other.equals("agent") ? "n " : " ")
                        + other + "; write \"" + key + "\" instead");
            }
        }
        String subject = o.text(key, kind.subjectRequired());
        if (subject != null) {
            List<String> known = switch (kind.subject()) {
                case AGENT -> catalog.agents();
                case TOOL -> catalog.tools();
                case BREAKER -> catalog.breakers();
            };
            checkName(o.path() + "." + key, key, subject, known);
        }
        String bound = kind.atLeast() ? "atLeast" : "atMost";
        String wrong = kind.atLeast() ? "atMost" : "atLeast";
        if (kind != ProbeKind.BREAKER_STATE && o.has(wrong)) {
            throw o.error(kind.id() + " is judged with \"" + bound + "\", not \"" + wrong + "\"");
        }
        double threshold;
        if (kind == ProbeKind.P95_DURATION) {
            threshold = o.duration(bound, null).toMillis();
        } else if (kind == ProbeKind.BREAKER_STATE) {
            threshold = 0;
        } else if (kind == ProbeKind.UNHANDLED_ERRORS) {
            threshold = o.whole(bound, 0);
        } else {
            if (!o.has(bound)) {
                throw o.error(kind.id() + " needs \"" + bound + "\": the percentage it must reach");
            }
            threshold = o.number(bound, 0);
        }
        List<String> states = kind == ProbeKind.BREAKER_STATE
                ? o.array("in", true, e -> e.text().trim().toUpperCase(Locale.ROOT)) : List.of();
        return o.build(() -> new Probe(kind, subject, threshold, new java.util.LinkedHashSet<>(states)));
    }

    private static void checkName(String path, String what, String name, List<String> known) {
        try {
            ChaosCatalog.known(what, name, known);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage());
        }
    }

    /** Pretty-printed JSON that {@link #read} reads back to an equal experiment. */
    public static String write(Experiment x) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", x.name());
        if (!x.description().isEmpty()) {
            root.put("description", x.description());
        }
        root.put("seed", x.seed());
        root.put("steadyState", x.steadyState().toString());
        ArrayNode hypothesis = root.putArray("hypothesis");
        x.hypothesis().forEach(p -> probe(hypothesis.addObject(), p));
        ObjectNode method = root.putObject("method");
        method.put("duration", x.method().duration().toString());
        ObjectNode workload = method.putObject("workload");
        WorkloadSpec w = x.method().workload();
        workload.put("perMinute", decimal(w.perMinute()));
        workload.put("concurrency", w.concurrency());
        ObjectNode agents = workload.putObject("agents");
        w.agents().forEach(agents::put);
        ObjectNode patterns = workload.putObject("patterns");
        w.patterns().forEach(patterns::put);
        ArrayNode faults = method.putArray("faults");
        for (ScheduledFault f : x.method().faults()) {
            ObjectNode n = faults.addObject();
            FaultSpec s = f.fault();
            n.put("at", f.at().toString());
            n.put("fault", s.kind().id());
            n.put("target", s.target().toString());
            n.put("percent", decimal(s.probability() * 100));
            n.put("duration", s.duration().toString());
            switch (s.kind()) {
                case LATENCY -> {
                    n.put("latency", s.latency().toString());
                    n.put("jitter", s.jitter().toString());
                }
                case RATE_LIMITED -> n.put("retryAfter", s.retryAfter().toString());
                case TOKEN_SPIKE -> n.put("factor", decimal(s.factor()));
                default -> { }
            }
        }
        if (!x.guards().isEmpty()) {
            ArrayNode guards = root.putArray("guards");
            for (Guard g : x.guards()) {
                ObjectNode n = guards.addObject();
                probe(n, g.probe());
                n.put("after", g.after());
            }
        }
        ArrayNode rollbacks = root.putArray("rollbacks");
        for (Rollback r : Rollback.values()) {
            if (x.rollbacks().contains(r)) {
                rollbacks.add(r.id());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("experiment " + x.name() + " could not be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static void probe(ObjectNode n, Probe p) {
        n.put("probe", p.kind().id());
        if (p.subject() != null) {
            n.put(p.kind().subject().name().toLowerCase(Locale.ROOT), p.subject());
        }
        switch (p.kind()) {
            case BREAKER_STATE -> {
                ArrayNode in = n.putArray("in");
                p.orderedStates().forEach(in::add);
            }
            case P95_DURATION -> n.put("atMost", Duration.ofMillis((long) p.threshold()).toString());
            case UNHANDLED_ERRORS -> n.put("atMost", (long) p.threshold());
            default -> n.put("atLeast", decimal(p.threshold()));
        }
    }

    private static BigDecimal decimal(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
