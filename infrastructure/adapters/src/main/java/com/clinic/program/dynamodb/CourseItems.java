package com.clinic.program.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;
import static com.clinic.platform.dynamodb.Attrs.strings;

import com.clinic.platform.timer.TimerKind;
import com.clinic.program.AfterPlan;
import com.clinic.program.Course;
import com.clinic.program.Readings;
import com.clinic.program.Results;
import com.clinic.program.Team;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The program item's {@code course} map: the 49 days and after (calls, dates, pauses, survey, day events). */
final class CourseItems {
    private CourseItems() {
    }

    static Map<String, AttributeValue> toMap(Course c) {
        Course.Survey s = c.survey();
        return item()
                .putList("calls", maps(c.calls(), call -> item().put("n", call.n()).put("openedAt", call.openedAt())
                        .putList("bookings", maps(call.bookings(), b -> item().put("at", b.at())
                                .put("channel", b.channel()).put("by", staff(b.by())).put("bookedAt", b.bookedAt())
                                .put("cancelled", b.cancelled() == null ? null : item()
                                        .put("reason", b.cancelled().reason()).put("by", staff(b.cancelled().by()))
                                        .put("at", b.cancelled().at()).build()).build()))
                        .put("notes", call.notes() == null ? null : item()
                                .putStrings("questions", call.notes().questions())
                                .putStrings("needs", call.notes().needs()).put("by", staff(call.notes().by()))
                                .put("at", call.notes().at()).build())
                        .put("held", call.held() == null ? null : item().putStrings("covered", call.held().covered())
                                .put("summary", call.held().summary()).put("by", staff(call.held().by()))
                                .put("at", call.held().at()).build()).build()))
                .put("start", c.start() == null ? null : c.start().toString()).put("startedBy", staff(c.startedBy()))
                .put("endedOn", c.endedOn() == null ? null : c.endedOn().toString()).put("endedBy", staff(c.endedBy()))
                .put("stop", c.stop() == null ? null : item().put("reason", c.stop().reason())
                        .put("by", staff(c.stop().by())).put("at", c.stop().at()).build())
                .putList("pauses", maps(c.pauses(), p -> item().put("date", p.date().toString()).put("day", p.day())
                        .put("symptoms", p.symptoms()).put("reason", p.reason()).put("by", staff(p.by()))
                        .put("at", p.at()).put("resumedBy", staff(p.resumedBy())).put("resumedAt", p.resumedAt())
                        .build()))
                .put("survey", s == null ? null : item().put("sentAt", s.sentAt())
                        .put("answer", s.answer() == null ? null : item().put("service", s.answer().service())
                                .put("coaches", s.answer().coaches()).put("meals", s.answer().meals())
                                .put("results", s.answer().results()).put("recommend", s.answer().recommend())
                                .put("comments", s.answer().comments()).put("at", s.answer().at()).build())
                        .put("refusal", s.refusal() == null ? null : item().put("reason", s.refusal().reason())
                                .put("by", staff(s.refusal().by())).put("at", s.refusal().at()).build()).build())
                .putList("fired", maps(c.fired(), f -> item().put("kind", f.kind().name())
                        .put("occurrence", f.occurrence()).put("at", f.at()).build()))
                .put("after", c.after() == AfterPlan.NONE ? null : after(c.after()))
                .putList("symptoms", maps(c.symptoms(), r -> item().put("symptoms", r.symptoms()).put("since", r.since())
                        .put("by", staff(r.by())).put("at", r.at()).build()))
                .putList("guidance", maps(c.guidance(), g -> item().put("device", g.device().name())
                        .put("method", g.method().name()).put("bound", g.bound()).put("problem", g.problem())
                        .putStrings("screenshotKeys", g.screenshotKeys()).put("by", staff(g.by())).put("at", g.at())
                        .build()))
                .build();
    }

    static Course fromMap(Map<String, AttributeValue> m) {
        if (m == null) {
            return Course.NONE;
        }
        Map<String, AttributeValue> s = map(m, "survey");
        Map<String, AttributeValue> stop = map(m, "stop");
        return new Course(objects(m, "calls", call -> new Course.Call(num(call, "n").intValue(),
                instant(call, "openedAt"), objects(call, "bookings", b -> new Course.Booking(instant(b, "at"),
                        str(b, "channel"), staff(map(b, "by")), instant(b, "bookedAt"), cancellation(map(b, "cancelled")))),
                notes(map(call, "notes")), held(map(call, "held")))),
                date(m, "start"), staff(map(m, "startedBy")), date(m, "endedOn"), staff(map(m, "endedBy")),
                stop == null ? null : new Course.Stop(str(stop, "reason"), staff(map(stop, "by")), instant(stop, "at")),
                objects(m, "pauses", p -> new Course.Pause(LocalDate.parse(str(p, "date")), num(p, "day").intValue(),
                        str(p, "symptoms"), str(p, "reason"), staff(map(p, "by")), instant(p, "at"),
                        staff(map(p, "resumedBy")), instant(p, "resumedAt"))),
                s == null ? null : new Course.Survey(instant(s, "sentAt"), answer(map(s, "answer")),
                        refusal(map(s, "refusal"))),
                objects(m, "fired", f -> new Course.Fired(TimerKind.valueOf(str(f, "kind")),
                        num(f, "occurrence").intValue(), instant(f, "at"))), after(map(m, "after")),
                objects(m, "symptoms", r -> new Course.SymptomReport(str(r, "symptoms"), str(r, "since"),
                        staff(map(r, "by")), instant(r, "at"))),
                objects(m, "guidance", g -> new Course.Guidance(Course.Device.valueOf(str(g, "device")),
                        Course.GuidanceMethod.valueOf(str(g, "method")), g.get("bound").bool(), str(g, "problem"),
                        strings(g, "screenshotKeys"), staff(map(g, "by")),
                        instant(g, "at"))));
    }

    private static Map<String, AttributeValue> after(AfterPlan a) {
        AfterPlan.Summary s = a.summary();
        AfterPlan.Photos p = a.photos();
        return item()
                .putList("reviews", maps(a.reviews(), r -> item().put("seat", r.seat().name()).put("by", staff(r.by()))
                        .put("score", r.score()).put("strengths", r.strengths()).put("weaknesses", r.weaknesses())
                        .put("suggestions", r.suggestions()).put("at", r.at()).build()))
                .put("summary", s == null ? null : item().put("text", s.text()).put("by", staff(s.by()))
                        .put("at", s.at()).put("pdfJobId", s.pdfJobId()).build())
                .put("photos", p == null ? null : item().putStrings("keys", p.keys()).put("refusal", p.refusal())
                        .put("by", staff(p.by())).put("at", p.at()).build())
                .put("recheck", a.recheck() == null ? null : item().putStrings("keys", a.recheck().keys())
                        .put("at", a.recheck().at()).build())
                .putList("evaluations", maps(a.evaluations(), e -> item().put("n", e.n())
                        .put("assessment", e.assessment()).putList("basedOn", maps(e.basedOn().rows(), r -> item()
                                .put("metric", r.metric().name()).put("start", r.start()).put("end", r.end())
                                .put("change", r.change()).put("basis", r.basis()).build()))
                        .put("recheckOnFile", e.recheckOnFile()).put("by", staff(e.by())).put("at", e.at()).build()))
                .build();
    }

    private static AfterPlan after(Map<String, AttributeValue> m) {
        if (m == null) {
            return AfterPlan.NONE;
        }
        Map<String, AttributeValue> s = map(m, "summary");
        Map<String, AttributeValue> p = map(m, "photos");
        Map<String, AttributeValue> r = map(m, "recheck");
        return new AfterPlan(objects(m, "reviews", x -> new AfterPlan.Review(Team.Seat.valueOf(str(x, "seat")),
                staff(map(x, "by")), num(x, "score").intValue(), str(x, "strengths"), str(x, "weaknesses"),
                str(x, "suggestions"), instant(x, "at"))),
                s == null ? null : new AfterPlan.Summary(str(s, "text"), staff(map(s, "by")), instant(s, "at"),
                        str(s, "pdfJobId")),
                p == null ? null : new AfterPlan.Photos(strings(p, "keys"), str(p, "refusal"), staff(map(p, "by")),
                        instant(p, "at")),
                r == null ? null : new AfterPlan.Recheck(strings(r, "keys"), instant(r, "at")),
                objects(m, "evaluations", e -> new AfterPlan.Evaluation(num(e, "n").intValue(), str(e, "assessment"),
                        new Results(objects(e, "basedOn", x -> new Results.Row(Readings.Metric.valueOf(str(x, "metric")),
                                decimal(x, "start"), decimal(x, "end"), decimal(x, "change"), str(x, "basis")))),
                        e.get("recheckOnFile").bool(), staff(map(e, "by")), instant(e, "at"))));
    }

    private static BigDecimal decimal(Map<String, AttributeValue> m, String name) {
        AttributeValue v = m.get(name);
        return v == null ? null : new BigDecimal(v.n());
    }

    private static LocalDate date(Map<String, AttributeValue> m, String name) {
        String v = str(m, name);
        return v == null ? null : LocalDate.parse(v);
    }

    private static Course.Cancellation cancellation(Map<String, AttributeValue> c) {
        return c == null ? null : new Course.Cancellation(str(c, "reason"), staff(map(c, "by")), instant(c, "at"));
    }

    private static Course.Notes notes(Map<String, AttributeValue> n) {
        return n == null ? null : new Course.Notes(strings(n, "questions"), strings(n, "needs"), staff(map(n, "by")),
                instant(n, "at"));
    }

    private static Course.Held held(Map<String, AttributeValue> h) {
        return h == null ? null : new Course.Held(strings(h, "covered"), str(h, "summary"), staff(map(h, "by")),
                instant(h, "at"));
    }

    private static Course.Answer answer(Map<String, AttributeValue> a) {
        return a == null ? null : new Course.Answer(num(a, "service").intValue(), num(a, "coaches").intValue(),
                num(a, "meals").intValue(), num(a, "results").intValue(), a.get("recommend").bool(),
                str(a, "comments"), instant(a, "at"));
    }

    private static Course.Refusal refusal(Map<String, AttributeValue> r) {
        return r == null ? null : new Course.Refusal(str(r, "reason"), staff(map(r, "by")), instant(r, "at"));
    }
}
