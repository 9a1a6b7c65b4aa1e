package com.clinic.functions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers stay apart: the domain is plain Java (no AWS, no framework, no adapter), adapters never reach into
 * handlers, and no handler package reaches into another's (they share only the api, views and config packages).
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.clinic");

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("com.clinic.model..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..",
                        "io.micronaut..", "jakarta..", "com.fasterxml..", "com.clinic.infra..", "com.clinic.functions..")
                .check(CLASSES);
    }

    /** The command path, timers and calendar serve every department and know none of them. */
    @Test
    void thePlatformKnowsNoDepartment() {
        noClasses().that().resideInAnyPackage("com.clinic.model.platform..", "com.clinic.model.timer..",
                        "com.clinic.model.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("com.clinic.model.visit..",
                        "com.clinic.model.journey..", "com.clinic.model.dispatch..", "com.clinic.model.reception..",
                        "com.clinic.model.consultation..", "com.clinic.model.cashier..", "com.clinic.model.aftersales..",
                        "com.clinic.model.print..", "com.clinic.model.loan..")
                .check(CLASSES);
    }

    /** The loan ledger learns of payments from the published event, not from the visit's internals. */
    @Test
    void theLoanLedgerReadsPaymentsFromTheirEvent() {
        noClasses().that().resideInAPackage("com.clinic.model.loan..")
                .should().dependOnClassesThat().resideInAnyPackage("com.clinic.model.journey..",
                        "com.clinic.model.dispatch..", "com.clinic.model.reception..", "com.clinic.model.consultation..")
                .orShould().dependOnClassesThat().haveSimpleName("Visit")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotReachIntoHandlers() {
        noClasses().that().resideInAPackage("com.clinic.infra..")
                .should().dependOnClassesThat().resideInAPackage("com.clinic.functions..")
                .check(CLASSES);
    }

    @Test
    void handlerPackagesAreIndependentOfEachOther() {
        slices().matching("com.clinic.functions.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAnyPackage(
                        "com.clinic.functions.api..", "com.clinic.functions.views..", "com.clinic.functions.config.."))
                .check(CLASSES);
    }
}
