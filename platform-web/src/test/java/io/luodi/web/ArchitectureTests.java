package io.luodi.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dependency rule: web → phase modules → core. Maven's module graph already stops most breaches at compile
 * time; these rules also catch one smuggled in through a new Maven dependency.
 */
class ArchitectureTests {

    private static final String PHASES = "(requirements|migration|training|support)";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.luodi");
    }

    static ArchRule phaseModulesAreIndependent(String root) {
        return slices().matching(root + "." + PHASES + "..").should().notDependOnEachOther().allowEmptyShould(true);
    }

    @Test
    void phaseModulesDoNotDependOnEachOther() {
        phaseModulesAreIndependent("io.luodi").check(classes);
    }

    @Test
    void theRuleFailsWhenOnePhaseReachesIntoAnother() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("io.luodi.web.archfixture");

        assertThatThrownBy(() -> phaseModulesAreIndependent("io.luodi.web.archfixture").check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyTicket");
    }

    @Test
    void coreDependsOnNoPhaseModuleAndNotOnTheWeb() {
        noClasses().that().resideInAPackage("io.luodi.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.luodi.requirements..",
                        "io.luodi.migration..", "io.luodi.training..", "io.luodi.support..", "io.luodi.web..")
                .check(classes);
    }

    @Test
    void phaseModulesDoNotDependOnTheWebApplication() {
        noClasses().that().resideInAnyPackage("io.luodi.requirements..", "io.luodi.migration..",
                        "io.luodi.training..", "io.luodi.support..")
                .should().dependOnClassesThat().resideInAPackage("io.luodi.web..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
