package io.breakerboard.engine.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Generates tasks from a seed: the same seed always gives the same task. */
public final class TaskCatalog {
    static final List<String> SERVICES = List.of("checkout-api", "payments-gateway", "search-service",
            "auth-service", "inventory-api");
    static final List<String> SYMPTOMS = List.of("5xx error spike", "p95 latency above SLO", "pods restarting",
            "elevated error rate");
    /** Root-cause codes of incidents; tools reveal them. */
    public static final List<String> CAUSES = List.of("bad-deploy", "oom", "db-pool", "cert-expired");
    /** Share of a service's incidents that have its usual cause. */
    static final double USUAL_CAUSE_SHARE = 0.7;
    static final List<String> VENDORS = List.of("Acme Supplies", "Globex Logistics", "Initech Software",
            "Umbrella Facilities", "Stark Components");

    private TaskCatalog() {
    }

    public static Task generate(Domain domain, long seed) {
        return domain == Domain.SRE ? incident(seed) : invoice(seed);
    }

    private static Task incident(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String service = SERVICES.get(r.nextInt(SERVICES.size()));
        String symptom = SYMPTOMS.get(r.nextInt(SYMPTOMS.size()));
        // Incidents recur: most of a service's incidents have its usual cause, so remembering helps.
        String usual = CAUSES.get(SERVICES.indexOf(service) % CAUSES.size());
        String cause = r.nextDouble() < USUAL_CAUSE_SHARE ? usual : CAUSES.get(r.nextInt(CAUSES.size()));
        String namespace = service.startsWith("payments") || service.startsWith("checkout") ? "commerce" : "platform";
        String pod = service + "-" + Integer.toHexString(0x1000 + r.nextInt(0xEFFF)) + "-" + (char) ('a' + r.nextInt(26))
                + (char) ('a' + r.nextInt(26));
        String version = "v2." + r.nextInt(30) + "." + r.nextInt(10);
        Map<String, String> facts = new HashMap<>();
        facts.put("service", service);
        facts.put("namespace", namespace);
        facts.put("pod", pod);
        facts.put("cause", cause);
        facts.put("version", version);
        facts.put("symptom", symptom);
        String text = "Investigate " + symptom + " on " + service + " in namespace " + namespace;
        return new Task("incident-" + Long.toHexString(seed), Domain.SRE, text, facts, rootCause(cause, service, version), seed);
    }

    /** The root cause of an incident, in words. */
    public static String rootCause(String cause, String service, String version) {
        return switch (cause) {
            case "bad-deploy" -> "deploy " + version + " of " + service + " introduced a NullPointerException in PaymentClient";
            case "oom" -> service + " pods are OOMKilled after the memory limit was lowered to 512Mi";
            case "db-pool" -> service + " exhausts its database connection pool under load";
            case "cert-expired" -> "the TLS certificate of an upstream of " + service + " has expired";
            default -> throw new IllegalArgumentException("unknown cause code '" + cause + "'; known: " + CAUSES);
        };
    }

    private static Task invoice(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String id = String.format("INV-%06d", r.nextInt(1_000_000));
        String vendor = VENDORS.get(r.nextInt(VENDORS.size()));
        long cents = 5_000 + r.nextLong(2_500_000);
        String amount = (cents / 100) + "." + String.format("%02d", cents % 100);
        String currency = r.nextInt(10) < 7 ? "USD" : "EUR";
        boolean fraud = r.nextDouble() < 0.08;
        boolean ledgerMatch = r.nextDouble() < 0.92;
        Map<String, String> facts = new HashMap<>();
        facts.put("invoice_id", id);
        facts.put("vendor", vendor);
        facts.put("amount", amount);
        facts.put("currency", currency);
        facts.put("fraud", Boolean.toString(fraud));
        facts.put("ledger", ledgerMatch ? "match" : "mismatch");
        String text = "Process invoice " + id + " from " + vendor + " for " + amount + " " + currency;
        String truth = fraud ? "invoice " + id + " matches a known fraud pattern for " + vendor
                : !ledgerMatch ? "invoice " + id + " does not match the purchase order in the ledger"
                : "invoice " + id + " is valid and matches the ledger";
        return new Task("invoice-" + Long.toHexString(seed), Domain.FINANCE, text, facts, truth, seed);
    }
}
