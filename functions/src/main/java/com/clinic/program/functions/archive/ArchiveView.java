package com.clinic.program.functions.archive;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import com.clinic.program.archive.Archives;
import com.clinic.program.archive.HealthArchive;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The health archive (H-05…H-07): the assessment, the questionnaire, its state and every review. */
@Serdeable
public record ArchiveView(String programId, String status, AssessmentView assessment,
                          QuestionnaireView questionnaire, List<ReviewView> reviews, String submittedAt,
                          long version) {

    @Serdeable
    public record AssessmentView(int heightCm, double weightKg, int systolicMmHg, int diastolicMmHg,
                                 Double fastingGlucoseMmolL, Integer waistCm) {
    }

    @Serdeable
    public record QuestionnaireView(List<String> history, List<String> medication, List<String> allergies,
                                    String goals, int sleepHours, int exerciseDaysPerWeek, boolean smokes,
                                    boolean drinks) {
    }

    @Serdeable
    public record ReviewView(String by, StaffView.Ref reviewer, boolean passed, String reason, String at) {
    }

    /** One logged read: who, in which roles, when. */
    @Serdeable
    public record ReadView(StaffView.Ref reader, List<String> roles, String at) {
        public static ReadView of(Archives.ArchiveRead r) {
            return new ReadView(StaffView.Ref.of(r.reader()), r.roles(), ShanghaiTime.show(r.at()));
        }
    }

    static ArchiveView of(HealthArchive a) {
        HealthArchive.Questionnaire q = a.questionnaire();
        HealthArchive.Assessment m = a.assessment();
        return new ArchiveView(a.programId(), a.status().name(), m == null ? null : new AssessmentView(m.heightCm(),
                m.weightKg(), m.systolicMmHg(), m.diastolicMmHg(), m.fastingGlucoseMmolL(), m.waistCm()), q == null ? null
                : new QuestionnaireView(q.history(), q.medication(), q.allergies(), q.goals(), q.sleepHours(),
                        q.exerciseDaysPerWeek(), q.smokes(), q.drinks()), a.reviews().stream()
                .map(r -> new ReviewView(r.by(), StaffView.Ref.of(r.reviewer()), r.passed(), r.reason(),
                        ShanghaiTime.show(r.at()))).toList(), ShanghaiTime.show(a.submittedAt()), a.version());
    }
}
