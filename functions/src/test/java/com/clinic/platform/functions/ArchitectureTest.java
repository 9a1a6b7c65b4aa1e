package com.clinic.platform.functions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinic.emulators.Template;
import com.clinic.platform.command.IntegrationEvent;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One package tree per department in every module ({@code com.clinic.<department>…}: its domain in shared-model,
 * its items in the adapters, its handlers under {@code .functions}), beside the platform ({@code com.clinic.platform}:
 * the command path, timers, calendar, staff, notifications, catalogue, AWS adapters, handler base and wiring) and
 * the clinic journey the clinic's departments share ({@code com.clinic.journey}: the visit and its published
 * events) and the print service they call ({@code com.clinic.printing}). The rules: the domain is plain Java; the
 * platform knows no department; a department reaches another only through its published events; adapters never
 * reach into handlers; no handler stage reaches into another's; the health program's rooms lean only on its kernel
 * and on the rooms each names.
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

    /**
     * The health program's rooms, one package each beside its kernel ({@code com.clinic.program}: the program record,
     * its rules by room, its values, events and words), and the other rooms each may lean on. The kernel leans on
     * none; no two rooms lean on each other both ways.
     */
    static final Map<String, Set<String>> PROGRAM_ROOMS = Map.of(
            "order", Set.of("archive", "course"),
            "archive", Set.of(),
            "plan", Set.of(),
            "delivery", Set.of("plan", "course"),
            "course", Set.of("archive", "group", "readings"),
            "daily", Set.of(),
            "group", Set.of("daily"),
            "readings", Set.of());

    @Test
    void theProgramsKernelKnowsNoRoom() {
        noClasses().that().resideInAPackage("com.clinic.program")
                .should().dependOnClassesThat().resideInAnyPackage(rooms(PROGRAM_ROOMS.keySet()))
                .check(DOMAIN);
    }

    /** One rule per room: it leans on the kernel, the platform and the rooms it names, nothing else of the program. */
    @TestFactory
    Stream<DynamicTest> eachRoomOfTheProgramLeansOnlyOnTheRoomsItNames() {
        return PROGRAM_ROOMS.entrySet().stream().map(room -> DynamicTest.dynamicTest(room.getKey(), () ->
                noClasses().that().resideInAPackage("com.clinic.program." + room.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(rooms(PROGRAM_ROOMS.keySet().stream()
                                .filter(r -> !r.equals(room.getKey()) && !room.getValue().contains(r))
                                .collect(Collectors.toSet())))
                        .check(DOMAIN)));
    }

    /** Every package of the program's domain is a room with its rule (a new one is added to the map). */
    @Test
    void everyRoomOfTheProgramHasItsRule() {
        Set<String> found = DOMAIN.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("com.clinic.program."))
                .map(p -> p.substring("com.clinic.program.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(PROGRAM_ROOMS.keySet()), found);
    }

    private static String[] rooms(Set<String> names) {
        return names.stream().map(r -> "com.clinic.program." + r + "..").toArray(String[]::new);
    }

    private static String[] departmentsAnd(String... more) {
        return java.util.stream.Stream.concat(DEPARTMENTS.stream().map(d -> "com.clinic." + d + ".."),
                java.util.stream.Stream.of(more)).toArray(String[]::new);
    }
}
