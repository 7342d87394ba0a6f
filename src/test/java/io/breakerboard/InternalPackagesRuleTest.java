package io.breakerboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.breakerboard.internalrule.door.Door;
import io.breakerboard.internalrule.door.internal.Secret;
import io.breakerboard.internalrule.intruder.Intruder;
import io.breakerboard.internalrule.intruder.Visitor;
import org.junit.jupiter.api.Test;

/** The rule that keeps each package's internals its own catches a class reaching into another's, and only that. */
class InternalPackagesRuleTest {
    private static final String ROOT = "io.breakerboard.internalrule";

    @Test
    void aClassOfAnotherPackageUsingInternalsFails() {
        JavaClasses classes = new ClassFileImporter().importClasses(Secret.class, Door.class, Intruder.class);

        assertThatThrownBy(() -> classes().should(ArchitectureTest.useOnlyTheInternalsOfTheirOwnPackage(ROOT)).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Intruder.class.getName())
                .hasMessageContaining(Secret.class.getName())
                .hasMessageNotContaining("<" + Door.class.getName() + ".");
    }

    @Test
    void thePackageItselfAndUsersOfItsApiPass() {
        JavaClasses classes = new ClassFileImporter().importClasses(Secret.class, Door.class, Visitor.class);

        assertThatCode(() -> classes().should(ArchitectureTest.useOnlyTheInternalsOfTheirOwnPackage(ROOT)).check(classes))
                .doesNotThrowAnyException();
    }
}
