package com.clinic.program.course;

import com.clinic.platform.Check;
import com.clinic.platform.Flag;
import com.clinic.platform.Numeric;
import com.clinic.platform.StaffRef;
import com.clinic.program.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The forms of the 49 days and after (H-13…H-24), each naming every bad field. */
public final class CourseForms {
    /** Review texts shorter than this are the 敷衍 the manual forbids. */
    static final int MIN_REVIEW_TEXT = 10;

    private CourseForms() {
    }

    /** A video call's time and channel (微信视频 when none is named; 腾讯会议 and the like). */
    public record CallForm(String at, String channel) {
        public CallForm validate() {
            Check check = new Check();
            Instant t = check.instant("at", at);
            String c = check.optional("channel", channel, 30);
            check.done();
            return new CallForm(t.toString(), c == null ? "微信视频" : c);
        }

        public Instant time() {
            return Instant.parse(at);
        }
    }

    /** The assistant coach's notes: the customer's questions and needs (at least one line, 30 each at most). */
    public record NotesForm(List<String> questions, List<String> needs) {
        public Call.Notes validate(StaffRef by, Instant now) {
            Check check = new Check();
            List<String> q = check.texts("questions", questions, 30, 500);
            List<String> n = check.texts("needs", needs, 30, 500);
            if (check.isClean() && q.isEmpty() && n.isEmpty()) {
                check.fail("questions", "write down at least one question or need");
            }
            check.done();
            return new Call.Notes(q, n, by, now);
        }
    }

    /** The call held: what the head coach's checklist covered, and a summary. */
    public record HeldForm(List<String> covered, String summary) {
        public Call.Held validate(StaffRef by, Instant now) {
            Check check = new Check();
            List<String> c = check.texts("covered", covered, 30, 200);
            String s = check.required("summary", summary, 2000);
            check.done();
            return new Call.Held(c, s, by, now);
        }
    }

    /** The plan's day 1. */
    public record StartForm(String startDate) {
        public LocalDate validate() {
            Check check = new Check();
            LocalDate d = check.date("startDate", startDate);
            check.done();
            return d;
        }
    }

    /** H-16 the symptoms the customer reported and why today's plan is paused. */
    public record PauseForm(String symptoms, String reason) {
        public PauseForm validate() {
            Check check = new Check();
            String s = check.required("symptoms", symptoms, 200);
            String r = check.optional("reason", reason, 500);
            check.done();
            return new PauseForm(s, r);
        }
    }

    /** H-16 what the customer feels (头晕、乏力…) and for how long. */
    public record SymptomsForm(String symptoms, String since) {
        public SymptomsForm validate() {
            Check check = new Check();
            String s = check.required("symptoms", symptoms, 200);
            String d = check.optional("since", since, 100);
            check.done();
            return new SymptomsForm(s, d);
        }
    }

    /** H-18 the satisfaction survey: four scores of 1–5, whether she would recommend it, comments. */
    public record SurveyForm(@Numeric String service, @Numeric String coaches, @Numeric String meals,
                             @Numeric String results, @Flag String recommend, String comments) {
        public Survey.Answer validate(Instant now) {
            Check check = new Check();
            int s = score(check, "service", service);
            int c = score(check, "coaches", coaches);
            int m = score(check, "meals", meals);
            int r = score(check, "results", results);
            if (recommend == null || recommend.isBlank()) {
                check.fail("recommend", "is required (true or false)");
            }
            boolean rec = check.bool("recommend", recommend, false);
            String text = check.optional("comments", comments, 1000);
            check.done();
            return new Survey.Answer(s, c, m, r, rec, text, now);
        }

        private static int score(Check check, String field, String value) {
            if (value == null || value.isBlank()) {
                check.fail(field, "is required (1 to 5)");
                return 0;
            }
            Integer v = check.integer(field, value, 1, 5);
            return v == null ? 0 : v;
        }
    }

    /** H-19 《复盘服务评价表》: the customer's execution 1–10; strengths, weaknesses, suggestions (not a word or two). */
    public record ReviewForm(@Numeric String score, String strengths, String weaknesses, String suggestions) {
        public AfterPlan.Review validate(Team.Seat seat, StaffRef by, Instant now) {
            Check check = new Check();
            if (score == null || score.isBlank()) {
                check.fail("score", "is required (1 to 10)");
            }
            Integer s = check.integer("score", score, 1, 10);
            String st = considered(check, "strengths", strengths);
            String w = considered(check, "weaknesses", weaknesses);
            String su = considered(check, "suggestions", suggestions);
            check.done();
            return new AfterPlan.Review(seat, by, s, st, w, su, now);
        }
    }

    /** H-19 《服务总结报告》: the head coach's summary over the reviews. */
    public record SummaryForm(String summary) {
        public String validate() {
            Check check = new Check();
            String s = considered(check, "summary", summary);
            check.done();
            return s;
        }
    }

    /** H-22 / H-24 the coaches' assessment of the customer's results (the data it rests on is the system's). */
    public record EvaluationForm(String assessment) {
        public String validate() {
            Check check = new Check();
            String a = considered(check, "assessment", assessment);
            check.done();
            return a;
        }
    }

    /** H-21 the post-plan photos, uploaded first. */
    public record PhotosForm(List<String> photoKeys) {
        public List<String> validate(String folder) {
            Check check = new Check();
            List<String> keys = check.uploadKeys("photoKeys", photoKeys, folder, "photos", "these photos");
            check.done();
            return keys;
        }
    }

    /** Customers of this age or older get H-15's guidance by phone, step by step, with a screenshot kept. */
    public static final int PHONE_GUIDANCE_AGE = 50;

    /**
     * H-15 a device's guidance: which device, how (GROUP or PHONE), whether it is bound and syncing, the problem when
     * not, and the screenshots uploaded first (required for a phone guidance).
     */
    public record GuidanceForm(String device, String method, @Flag String bound, String problem,
                               List<String> screenshotKeys) {
        /** Named policy: a customer of {@link #PHONE_GUIDANCE_AGE} or more ({@code phoneRequired}) is guided by phone. */
        public Valid validate(String folder, boolean phoneRequired) {
            Check check = new Check();
            Guidance.Device d = check.oneOf("device", device, Guidance.Device.class, null);
            Guidance.Method m = check.oneOf("method", method, Guidance.Method.class, null);
            if (phoneRequired && m == Guidance.Method.GROUP) {
                check.fail("method", "must be PHONE: customers aged " + PHONE_GUIDANCE_AGE
                        + " or over are guided by phone, step by step");
            }
            boolean b = check.bool("bound", bound, true);
            String p = b ? check.optional("problem", problem, 500) : check.required("problem", problem, 500);
            List<String> keys = List.of();
            if (m == Guidance.Method.PHONE || screenshotKeys != null && !screenshotKeys.isEmpty()) {
                keys = check.uploadKeys("screenshotKeys", screenshotKeys, folder, "screenshots",
                        "this program's guidance");
            }
            check.done();
            return new Valid(d, m, b, p, keys);
        }

        public record Valid(Guidance.Device device, Guidance.Method method, boolean bound, String problem,
                            List<String> screenshotKeys) {
        }
    }

    /** H-23 the re-check report's files (PDF or pictures of its pages), uploaded first. */
    public record ReportForm(List<String> fileKeys) {
        public List<String> validate(String folder) {
            Check check = new Check();
            List<String> keys = check.uploadKeys("fileKeys", fileKeys, folder, "files of the report",
                    "this re-check report");
            check.done();
            return keys;
        }
    }

    /** A written judgement: required, at least {@link #MIN_REVIEW_TEXT} characters (the manual forbids 敷衍). */
    private static String considered(Check check, String field, String value) {
        String v = check.required(field, value, 2000);
        if (v != null && v.codePointCount(0, v.length()) < MIN_REVIEW_TEXT) {
            check.fail(field, "must say something considered: at least " + MIN_REVIEW_TEXT + " characters");
        }
        return v;
    }

    /** H-15 a replaced device (体脂秤 SCALE or 手环 WRISTBAND) and what was done (optional). */
    public record ReplacementForm(String device, String note) {
        public Replacement validate(StaffRef by, Instant now) {
            Check check = new Check();
            Guidance.Device d = check.oneOf("device", device, Guidance.Device.class, null);
            String n = check.optional("note", note, 500);
            check.done();
            return new Replacement(d, n, by, now);
        }
    }
}
