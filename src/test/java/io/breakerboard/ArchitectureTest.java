package io.breakerboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, enforced: the package table's "may use" column is {@link #MAY_USE}, and
 * {@link #packagesKeepTheirLayers()} checks every dependency between our packages against it.
 */
class ArchitectureTest {
    private static final String[] CORE = {
        "io.breakerboard.model..", "io.breakerboard.job..", "io.breakerboard.csv..", "io.breakerboard.ingest..",
        "io.breakerboard.receiver..", "io.breakerboard.store..", "io.breakerboard.metrics..",
        "io.breakerboard.alerts..", "io.breakerboard.engine..", "io.breakerboard.chaos..", "io.breakerboard.export..",
        "io.breakerboard.pipeline..", "io.breakerboard.lab..", "io.breakerboard.repository..", "io.breakerboard.service..",
        "io.breakerboard.cli.."
    };

    /** Each layer and the packages that make it up. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();
    /** Each layer and the layers it may use: the "may use" column of docs/architecture.md. */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    private static void layer(String name, String packages, String... mayUse) {
        LAYERS.put(name, packages);
        MAY_USE.put(name, Set.of(mayUse));
    }

    static {
        layer("model", "io.breakerboard.model..");
        layer("job", "io.breakerboard.job..");
        layer("csv", "io.breakerboard.csv..", "model");
        layer("metrics", "io.breakerboard.metrics..", "model");
        layer("store", "io.breakerboard.store..", "model", "metrics");
        layer("pipeline", "io.breakerboard.pipeline..", "model", "metrics", "store");
        layer("alerts", "io.breakerboard.alerts..", "model", "metrics");
        layer("export", "io.breakerboard.export..", "model", "metrics", "csv");
        layer("ingest", "io.breakerboard.ingest..", "model", "pipeline", "csv");
        layer("receiver", "io.breakerboard.receiver..", "model", "pipeline", "csv", "ingest");
        layer("engine", "io.breakerboard.engine..", "model", "pipeline", "job");
        layer("chaos", "io.breakerboard.chaos..", "model", "engine", "export", "csv", "job");
        layer("lab", "io.breakerboard.lab..", "model", "csv", "export", "pipeline", "engine", "chaos");
        layer("demo", "io.breakerboard.demo..", "model", "ingest", "export", "csv", "pipeline", "engine", "chaos");
        layer("repository", "io.breakerboard.repository..", "model", "store", "alerts", "engine", "chaos", "lab");
        layer("service", "io.breakerboard.service..", "model", "job", "csv", "metrics", "store", "pipeline", "alerts",
                "export", "ingest", "receiver", "engine", "chaos", "lab", "repository");
        layer("cli", "io.breakerboard.cli..", "service", "model", "job", "csv", "metrics", "alerts", "export",
                "ingest", "receiver", "engine", "chaos", "lab", "demo");
        layer("ui", "io.breakerboard.ui..", "service", "model", "job", "metrics", "alerts", "ingest", "engine",
                "chaos", "lab");
        layer("app", "io.breakerboard", LAYERS.keySet().toArray(String[]::new));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.breakerboard");
    }

    @Test
    void packagesKeepTheirLayers() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Map.Entry<String, String> e : LAYERS.entrySet()) {
            rule = rule.layer(e.getKey()).definedBy(e.getValue());
        }
        for (String layer : LAYERS.keySet()) {
            List<String> accessors = MAY_USE.entrySet().stream()
                    .filter(u -> u.getValue().contains(layer)).map(Map.Entry::getKey).toList();
            rule = accessors.isEmpty()
                    ? rule.whereLayer(layer).mayNotBeAccessedByAnyLayer()
                    : rule.whereLayer(layer).mayOnlyBeAccessedByLayers(accessors.toArray(String[]::new));
        }
        rule.because("each package uses only the layers below it that docs/architecture.md names").check(classes);
    }

    /** What a producer of executions sees of {@code pipeline}: the sink it writes to and what a write counted. */
    private static final Set<String> SINK = Set.of(
            "io.breakerboard.pipeline.ExecutionSink", "io.breakerboard.pipeline.WriteCounts");

    @Test
    void producersSeeOnlyTheSinkOfThePipeline() {
        noClasses().that().resideInAnyPackage("io.breakerboard.ingest..", "io.breakerboard.receiver..",
                        "io.breakerboard.engine..", "io.breakerboard.lab..")
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "pipeline classes other than ExecutionSink and WriteCounts",
                        c -> c.getPackageName().startsWith("io.breakerboard.pipeline")
                                && !SINK.contains(c.getName().replaceAll("\\$.*", ""))))
                .because("imports, the receiver and the engine hand executions to the one sink; how it stores them is the pipeline's")
                .check(classes);
    }

    @Test
    void eachPackagesInternalsAreItsOwn() {
        classes().should(useOnlyTheInternalsOfTheirOwnPackage("io.breakerboard"))
                .because("a package's root is its API; what lies under its internal subpackages may change without notice")
                .check(classes);
    }

    /**
     * Classes that use {@code ..internal..} classes only of their own top-level package under {@code root}: a class
     * in {@code root.X..} may use {@code root.X..internal..}, never {@code root.Y..internal..}.
     */
    static ArchCondition<JavaClass> useOnlyTheInternalsOfTheirOwnPackage(String root) {
        return new ArchCondition<>("use only the internal classes of their own package under " + root) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getBaseComponentType().getPackageName();
                    boolean internal = (target + ".").contains(".internal.");
                    if (internal && target.startsWith(root + ".")
                            && !topPackage(root, target).equals(topPackage(root, origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /** The first package below {@code root} that {@code pkg} lies in, or {@code root} itself. */
    private static String topPackage(String root, String pkg) {
        if (!pkg.startsWith(root + ".")) {
            return root;
        }
        int end = pkg.indexOf('.', root.length() + 1);
        return end < 0 ? pkg : pkg.substring(0, end);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("io.breakerboard.(*)..").should().beFreeOfCycles()
                .because("a cycle between packages makes every layer depend on every other")
                .check(classes);
    }

    @Test
    void engineFeaturesFormNoCycles() {
        slices().matching("io.breakerboard.engine.(*)..").should().beFreeOfCycles()
                .because("the engine's feature packages build on each other in one direction (docs/engine.md)")
                .check(classes);
    }

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..")
                .because("the core runs without a window: CLI, tests and benchmarks use it headless")
                .check(classes);
    }

    @Test
    void uiNeverTouchesTheDatabase() {
        noClasses().that().resideInAPackage("io.breakerboard.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "com.zaxxer..", "org.flywaydb..", "io.breakerboard.store..")
                .allowEmptyShould(true)
                .because("the UI reads snapshots and sends commands through the service layer")
                .check(classes);
    }

    @Test
    void onlyTheStoreAndTheRepositoriesUseJdbc() {
        noClasses().that().resideOutsideOfPackages("io.breakerboard.store..", "io.breakerboard.repository..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("SQL is written in two packages only: the store of executions and the repositories of what the"
                        + " other packages keep, which those packages reach through interfaces of their own")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("io.breakerboard.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.breakerboard.ingest..", "io.breakerboard.store..",
                        "io.breakerboard.metrics..", "io.breakerboard.engine..", "io.breakerboard.ui..")
                .check(classes);
    }

    @Test
    void theReceiverReachesTheStoreOnlyThroughThePipeline() {
        noClasses().that().resideInAPackage("io.breakerboard.receiver..")
                .should().dependOnClassesThat().resideInAnyPackage("io.breakerboard.store..", "io.breakerboard.service..",
                        "io.breakerboard.ui..", "io.breakerboard.cli..")
                .because("received executions get the same redaction, de-duplication and rollups as imported ones")
                .check(classes);
    }
}
