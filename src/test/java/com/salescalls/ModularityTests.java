package com.salescalls;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.socket.server.HandshakeInterceptor;

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
    void domainCodeRefusesWithoutKnowingHttp() {
        // modules throw platform.Refusal kinds; statuses and problems are chosen at the web edge alone
        noClasses().that().resideOutsideOfPackages("..web..", "com.salescalls.platform..")
                .and().areNotAnnotatedWith(Configuration.class)
                .and().areNotAssignableTo(HandshakeInterceptor.class)
                .should().dependOnClassesThat().belongToAnyOf(HttpStatus.class, ErrorResponseException.class,
                        ResponseStatusException.class, ProblemDetail.class)
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
