package com.clinic.platform.functions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.clinic.emulators.Template;
import com.clinic.platform.command.IntegrationEvent;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One package tree per department in every module ({@code com.clinic.<department>…}: its domain in shared-model,
 * its items in the adapters, its handlers under {@code .functions}), beside the platform ({@code com.clinic.platform}:
 * the command path, timers, calendar, staff, notifications, catalogue, AWS adapters, handler base and wiring) and
 * the clinic journey the clinic's departments share ({@code com.clinic.journey}: the visit and its published
 * events) and the print service they call ({@code com.clinic.printing}). The rules: the domain is plain Java; the
 * platform knows no department; a department reaches another only through its published events; adapters never
 * reach into handlers; no handler stage reaches into another's.
 */
class ArchitectureTest {
    static final List<String> DEPARTMENTS = List.of("frontoffice", "clinical", "cashier", "aftersales", "office",
            "program");
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.clinic");
    /** The domain is the shared-model module, whatever its packages. */
    static final JavaClasses DOMAIN = new ClassFileImporter()
            .importPath(Template.locate().getParent().resolve("shared-model/target/classes"));
    static final String[] HANDLERS = {"..functions..", "com.clinic.platform.api..", "com.clinic.platform.config..",
            "com.clinic.platform.views.."};

    @Test
    void theDomainIsPlainJava() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..",
                        "io.micronaut..", "jakarta..", "com.fasterxml..", "..dynamodb..", "..s3..", "..sqs..",
                        "..scheduler..", "..events..", "..pdf..", "..functions..", "com.clinic.platform.api..",
                        "com.clinic.platform.config..")
                .check(DOMAIN);
    }

    /** The command path, timers, calendar and the AWS adapters serve every department and know none of them. */
    @Test
    void thePlatformKnowsNoDepartment() {
        noClasses().that().resideInAPackage("com.clinic.platform..").and().resideOutsideOfPackages(HANDLERS)
                .should().dependOnClassesThat().resideInAnyPackage(departmentsAnd("com.clinic.journey..",
                        "com.clinic.printing.."))
                .check(CLASSES);
    }

    /** The journey and the print service serve the clinic's departments and know none of them. */
    @Test
    void theJourneyAndThePrintServiceKnowNoDepartment() {
        noClasses().that().resideInAnyPackage("com.clinic.journey..", "com.clinic.printing..")
                .should().dependOnClassesThat().resideInAnyPackage(departmentsAnd())
                .check(CLASSES);
    }

    /** A department depends on the platform and the journey; another department only by its published events. */
    @Test
    void departmentsReachEachOtherOnlyThroughPublishedEvents() {
        for (String department : DEPARTMENTS) {
            noClasses().that().resideInAPackage("com.clinic." + department + "..")
                    .should().dependOnClassesThat(DescribedPredicate.and(
                            JavaClass.Predicates.resideInAnyPackage(DEPARTMENTS.stream().filter(d -> !d.equals(department))
                                    .map(d -> "com.clinic." + d + "..").toArray(String[]::new)),
                            DescribedPredicate.not(JavaClass.Predicates.assignableTo(IntegrationEvent.class))))
                    .check(CLASSES);
        }
    }

    /** The loan ledger learns of payments from the published event, not from the visit's internals. */
    @Test
    void theLoanLedgerReadsPaymentsFromTheirEvent() {
        noClasses().that().resideInAPackage("com.clinic.aftersales.loan..")
                .should().dependOnClassesThat().haveSimpleName("Visit")
                .orShould().dependOnClassesThat().haveSimpleName("VisitCommands")
                .orShould().dependOnClassesThat().haveSimpleName("VisitStore")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotReachIntoHandlers() {
        noClasses().that().resideInAnyPackage("..dynamodb..", "..s3..", "..sqs..", "..scheduler..", "..events..",
                        "..pdf..")
                .should().dependOnClassesThat().resideInAnyPackage(HANDLERS)
                .check(CLASSES);
    }

    @Test
    void handlerStagesAreIndependentOfEachOther() {
        slices().matching("..functions.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    private static String[] departmentsAnd(String... more) {
        return java.util.stream.Stream.concat(DEPARTMENTS.stream().map(d -> "com.clinic." + d + ".."),
                java.util.stream.Stream.of(more)).toArray(String[]::new);
    }
}
