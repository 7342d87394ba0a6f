package io.breakerboard.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.breakerboard.ui.charts.LiveChart;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The window's threading rules, enforced. */
class UiArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.breakerboard.ui");
    }

    @Test
    void onlyTheFxSchedulerPostsToTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName(FxScheduler.class.getName())
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("one route to the FX thread keeps bursts coalesced and the FX thread free")
                .check(classes);
    }

    @Test
    void onlyLiveChartWritesChartDataSets() {
        noClasses().that().doNotHaveFullyQualifiedName(LiveChart.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a data set setter",
                        call -> call.getTargetOwner().isAssignableTo(io.fair_acc.dataset.spi.DoubleDataSet.class)
                                && (call.getName().equals("set") || call.getName().equals("add") || call.getName().equals("clearData"))))
                .because("chartfx 11.3.1 data sets are written off the FX thread, under their lock, never emptied while attached")
                .check(classes);
    }

    @Test
    void theWindowTalksToTheCoreOnlyThroughTheServiceContract() {
        noClasses().that().resideInAPackage("io.breakerboard.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.breakerboard.store..", "io.breakerboard.pipeline..",
                        "io.breakerboard.engine..", "io.breakerboard.alerts..", "io.breakerboard.export..")
                .because("the window reads snapshots and sends commands through Workspace")
                .check(classes);
    }
}
