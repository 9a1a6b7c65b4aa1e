package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import com.clinic.program.readings.Results;
import com.clinic.program.Team;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Section (七), after the end: each coach's service review (H-19) and the head coach's summary report; the
 * customer's post-plan photos or her refusal (H-21); her re-check report (H-23, confidential); the coaches' two
 * evaluations of her results (H-22, H-24), each with the data it was based on.
 */
public record AfterPlan(List<Review> reviews, Summary summary, Photos photos, Recheck recheck,
                        List<Evaluation> evaluations) {
    public static final AfterPlan NONE = new AfterPlan(List.of(), null, null, null, List.of());
    /** The coaches who review the service (H-19): the two coaching seats. */
    public static final List<Team.Seat> REVIEWERS = List.of(Team.Seat.HEAD_COACH, Team.Seat.ASSISTANT_COACH);

    public AfterPlan {
        reviews = List.copyOf(reviews);
        evaluations = List.copyOf(evaluations);
    }

    /** 《复盘服务评价表》: the customer's execution scored 1–10, the service's strengths and weaknesses, suggestions. */
    public record Review(Team.Seat seat, StaffRef by, int score, String strengths, String weaknesses,
                         String suggestions, Instant at) {
    }

    /** 《服务总结报告》: the head coach's summary over the reviews, printed as a PDF (the print job). */
    public record Summary(String text, StaffRef by, Instant at, String pdfJobId) {
    }

    /** The post-plan photos (storage keys), or her refusal (no keys, the reason), and who recorded it. */
    public record Photos(List<String> keys, String refusal, StaffRef by, Instant at) {
        public Photos {
            keys = List.copyOf(keys);
        }
    }

    /** The re-check report's files (storage keys; read through the archive's logged reads). */
    public record Recheck(List<String> keys, Instant at) {
        public Recheck {
            keys = List.copyOf(keys);
        }
    }

    /** An evaluation of the customer (1: end + 3, 2: end + 60) with the results it was based on. */
    public record Evaluation(int n, String assessment, Results basedOn, boolean recheckOnFile, StaffRef by,
                             Instant at) {
    }

    public Optional<Review> review(Team.Seat seat) {
        return reviews.stream().filter(r -> r.seat() == seat).findFirst();
    }

    /** The seats whose review is still owed. */
    public List<Team.Seat> reviewsOwed() {
        return REVIEWERS.stream().filter(s -> review(s).isEmpty()).toList();
    }

    public Optional<Evaluation> evaluation(int n) {
        return evaluations.stream().filter(e -> e.n() == n).findFirst();
    }

    AfterPlan with(List<Review> r, Summary s, Photos p, Recheck c, List<Evaluation> e) {
        return new AfterPlan(r, s, p, c, e);
    }
}
