package com.clinic.program.archive;

import com.clinic.program.ArchiveStatus;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.Numeric;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import java.time.Instant;
import java.util.List;

/**
 * H-05…H-07 the customer's health archive: the pre-plan assessment form (measurements with their units, checked
 * against plausible ranges) and the questionnaire (history, medication, allergies, goals, lifestyle). Sensitive
 * personal information: only {@link #READERS} and the customer herself read it ({@link #canRead}), and every read
 * is logged.
 *
 * <p>The customer fills it in the app (SUBMITTED); the auditor passes it or fails it with a reason (H-06: FAILED
 * goes back to the customer); customer service confirms it complete (CONFIRMED: the health manager is told) or
 * sends it back with what to fix (H-07: SENT_BACK, re-checked two hours later).
 */
public record HealthArchive(String programId, String customerId, ArchiveStatus status, Assessment assessment,
                            Questionnaire questionnaire, List<Review> reviews, Instant submittedAt, long version)
        implements Aggregate {


    /**
     * 方案前评估表: measurements in the units named, within ranges no living adult lies outside, and her age (which
     * decides H-15's phone guidance; optional, as archives filed before it was asked have none).
     */
    public record Assessment(int heightCm, double weightKg, int systolicMmHg, int diastolicMmHg,
                             Double fastingGlucoseMmolL, Integer waistCm, Integer age) {
    }

    /** 调查问卷: the customer's history and habits, as she wrote them. */
    public record Questionnaire(List<String> history, List<String> medication, List<String> allergies,
                                String goals, int sleepHours, int exerciseDaysPerWeek, boolean smokes,
                                boolean drinks) {
        public Questionnaire {
            history = List.copyOf(history);
            medication = List.copyOf(medication);
            allergies = List.copyOf(allergies);
        }
    }

    /** A review: the auditor's (H-06) or customer service's (H-07), passed or not, with the reason. */
    public record Review(String by, StaffRef reviewer, boolean passed, String reason, Instant at) {
    }

    public HealthArchive {
        reviews = List.copyOf(reviews);
    }

    /** Need to know: the roles whose step uses the archive (review, confirmation, the plan). */
    public static final java.util.Set<Role> READERS = java.util.Set.of(Role.AUDITOR, Role.CUSTOMER_SERVICE,
            Role.HEALTH_MANAGER);

    public static boolean canRead(Actor actor, String customerId) {
        return actor.roles().stream().anyMatch(READERS::contains) || actor.id().equals(customerId);
    }

    @Override
    public String id() {
        return programId;
    }

    /**
     * H-05 the archive is opened empty when the contract is signed, in the same change: from then on the customer
     * fills it (If-Match its version, like every change).
     */
    public static Accepted<HealthArchive, ArchiveEvent> open(String programId, String customerId, StaffRef by,
                                                            Instant at) {
        return new Accepted<>(new HealthArchive(programId, customerId, ArchiveStatus.EMPTY, null, null, List.of(), null, 1),
                new ArchiveEvent.ArchiveOpened(programId, by, at));
    }

    /** The customer sends her archive (first time, or fixed after a failed review or a send-back). */
    public Decision<HealthArchive, ArchiveEvent> submit(ArchiveForm.Valid form, StaffRef customer, Instant at) {
        if (status != ArchiveStatus.EMPTY && status != ArchiveStatus.FAILED && status != ArchiveStatus.SENT_BACK) {
            return Decision.refuse("the archive is under review or confirmed (" + status + ")");
        }
        return new Accepted<>(new HealthArchive(programId, customerId, ArchiveStatus.SUBMITTED, form.assessment(),
                form.questionnaire(), reviews, at, version + 1), new ArchiveEvent.ArchiveSubmitted(programId,
                        customer, at));
    }

    /** H-06: the auditor passes the assessment, or fails it with the reason (back to the customer). */
    public Decision<HealthArchive, ArchiveEvent> audit(boolean passed, String reason, StaffRef auditor, Instant at) {
        if (status != ArchiveStatus.SUBMITTED) {
            return Decision.refuse("only a submitted archive is audited (it is " + status + ")");
        }
        if (!passed && (reason == null || reason.isBlank())) {
            return Decision.invalid("reason", "a failed review says why (e.g. 血压数据未填写)");
        }
        return review(passed ? ArchiveStatus.AUDIT_PASSED : ArchiveStatus.FAILED, new Review("AUDITOR", auditor, passed, reason, at),
                passed ? new ArchiveEvent.ArchiveAuditPassed(programId, auditor, at)
                        : new ArchiveEvent.ArchiveAuditFailed(programId, auditor, at, reason));
    }

    /** H-07: customer service confirms the archive complete, or sends it back with what to fix. */
    public Decision<HealthArchive, ArchiveEvent> confirm(boolean complete, String reason, StaffRef service,
                                                        Instant at) {
        if (status != ArchiveStatus.AUDIT_PASSED) {
            return Decision.refuse("customer service confirms an archive the auditor passed (it is " + status + ")");
        }
        if (!complete && (reason == null || reason.isBlank())) {
            return Decision.invalid("reason", "say what to fix");
        }
        return review(complete ? ArchiveStatus.CONFIRMED : ArchiveStatus.SENT_BACK, new Review("CUSTOMER_SERVICE", service,
                complete, reason, at), complete ? new ArchiveEvent.ArchiveConfirmed(programId, service, at)
                : new ArchiveEvent.ArchiveSentBack(programId, service, at, reason));
    }

    private Decision<HealthArchive, ArchiveEvent> review(ArchiveStatus next, Review r, ArchiveEvent event) {
        List<Review> all = new java.util.ArrayList<>(reviews);
        all.add(r);
        return new Accepted<>(new HealthArchive(programId, customerId, next, assessment, questionnaire, all,
                submittedAt, version + 1), event);
    }

    /** The form the customer sends from the app; numbers as text so that a wrong type names its field. */
    public record ArchiveForm(@Numeric String heightCm, @Numeric(decimal = true) String weightKg, @Numeric String systolicMmHg,
                              @Numeric String diastolicMmHg, @Numeric(decimal = true) String fastingGlucoseMmolL, @Numeric String waistCm,
                              List<String> history, List<String> medication, List<String> allergies, String goals,
                              @Numeric String sleepHours, @Numeric String exerciseDaysPerWeek, @Flag String smokes,
                              @Flag String drinks, @Numeric String age) {

        public record Valid(Assessment assessment, Questionnaire questionnaire) {
        }

        public Valid validate() {
            Check check = new Check();
            Integer height = required(check, "heightCm", heightCm, 100, 250);
            Double weight = decimal(check, "weightKg", weightKg, 25, 300, true);
            Integer sys = required(check, "systolicMmHg", systolicMmHg, 60, 260);
            Integer dia = required(check, "diastolicMmHg", diastolicMmHg, 30, 160);
            if (sys != null && dia != null && dia >= sys) {
                check.fail("diastolicMmHg", "must be lower than the systolic pressure");
            }
            Double glucose = decimal(check, "fastingGlucoseMmolL", fastingGlucoseMmolL, 1.5, 35, false);
            Integer waist = check.integer("waistCm", waistCm, 40, 200);
            Integer years = check.integer("age", age, 16, 100);
            List<String> h = check.texts("history", history, 20, 200);
            List<String> med = check.texts("medication", medication, 20, 200);
            List<String> all = check.texts("allergies", allergies, 20, 100);
            String g = check.required("goals", goals, 500);
            Integer sleep = required(check, "sleepHours", sleepHours, 0, 24);
            Integer exercise = required(check, "exerciseDaysPerWeek", exerciseDaysPerWeek, 0, 7);
            boolean smoke = check.bool("smokes", smokes, false);
            boolean drink = check.bool("drinks", drinks, false);
            check.done();
            return new Valid(new Assessment(height, weight, sys, dia, glucose, waist, years),
                    new Questionnaire(h, med, all, g, sleep, exercise, smoke, drink));
        }

        private static Integer required(Check check, String field, String value, int min, int max) {
            if (value == null || value.isBlank()) {
                check.fail(field, "is required");
                return null;
            }
            return check.integer(field, value, min, max);
        }

        /** A measurement with at most one decimal (68.5 kg), within its range. */
        private static Double decimal(Check check, String field, String value, double min, double max,
                                      boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    check.fail(field, "is required");
                }
                return null;
            }
            String v = value.strip();
            if (!v.matches("[0-9]{1,3}(\\.[0-9])?")) {
                check.fail(field, "must be a number with at most one decimal, e.g. 68.5");
                return null;
            }
            double d = Double.parseDouble(v);
            if (d < min || d > max) {
                check.fail(field, "must be between " + min + " and " + max);
                return null;
            }
            return d;
        }
    }
}
