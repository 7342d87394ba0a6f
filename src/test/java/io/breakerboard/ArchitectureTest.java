package io.breakerboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, enforced. */
class ArchitectureTest {
    private static final String[] CORE = {
        "io.breakerboard.model..", "io.breakerboard.ingest..", "io.breakerboard.store..", "io.breakerboard.metrics..",
        "io.breakerboard.alerts..", "io.breakerboard.engine..", "io.breakerboard.chaos..", "io.breakerboard.export..",
        "io.breakerboard.pipeline..", "io.breakerboard.service..", "io.breakerboard.cli..", "io.breakerboard.receiver.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.breakerboard");
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
