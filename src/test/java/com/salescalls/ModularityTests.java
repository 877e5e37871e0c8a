package com.salescalls;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of ARCHITECTURE.md, checked on every build. */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.salescalls");

    private static final ApplicationModules MODULES = ApplicationModules.of(SalesCallsApplication.class);

    @Test
    void modulesOnlyUseTheirDeclaredDependenciesThroughTheirInterfacesWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        // committed under docs/modules: the module diagram and one page per module, as the code has them
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
    }

    @Test
    void domainCodeNeverReachesIntoWebPackages() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("com.salescalls..web..")
                .check(CLASSES);
    }

    @Test
    void onlyRepositoriesAndHealthTouchSql() {
        // Each module's tables are reached through its own repository, never from controllers or other modules.
        noClasses().that().resideInAPackage("..web..")
                .and().resideOutsideOfPackage("com.salescalls.platform.web")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }
}
