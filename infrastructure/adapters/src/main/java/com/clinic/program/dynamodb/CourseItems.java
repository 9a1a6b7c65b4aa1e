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

import com.clinic.program.course.Call;
import com.clinic.program.course.Survey;
import com.clinic.program.course.Guidance;
import com.clinic.program.course.SymptomReport;
import com.clinic.program.course.Pause;
import com.clinic.program.course.Replacement;
import com.clinic.program.course.Stop;
import com.clinic.program.course.Fired;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.course.AfterPlan;
import com.clinic.program.course.Course;
import com.clinic.program.course.CourseGroupMessages;
import com.clinic.program.course.Customer;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ItemMapping;
import com.clinic.program.readings.Readings;
import com.clinic.program.readings.Results;
import com.clinic.program.Team;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code COURSE#<programId> / COURSE}: the 49 days and after (calls, dates, pauses, survey, day events, the
 * after-plan steps), with the copy of whose program it is and of its team; its group messages (a call booked, the
 * survey, the after-plan requests) are written beside it, once.
 */
public final class CourseItems {
    private CourseItems() {
    }

    public static final ItemMapping<Course> MAPPING = new ItemMapping<>() {
        @Override
        public Map<String, AttributeValue> key(String id) {
            return Attrs.key("COURSE#" + id, "COURSE");
        }

        @Override
        public Map<String, AttributeValue> toItem(Course c) {
            Customer who = c.customer();
            return item().put("pk", "COURSE#" + c.id()).put("sk", "COURSE").put("type", "COURSE").put("id", c.id())
                    .put("customer", item().put("id", who.id()).put("name", who.name()).put("phone", who.phone())
                            .put("orderNo", who.orderNo()).build())
                    .putList("team", ProgramItems.team(c.team())).put("course", body(c)).put("version", c.version())
                    .build();
        }

        @Override
        public Course fromItem(Map<String, AttributeValue> i) {
            Map<String, AttributeValue> who = map(i, "customer");
            return body(str(i, "id"), new Customer(str(who, "id"), str(who, "name"), str(who, "phone"),
                    str(who, "orderNo")), ProgramItems.team(i), map(i, "course"), num(i, "version"));
        }

        @Override
        public java.util.List<Map<String, AttributeValue>> entries(Course before, Course after) {
            return CourseGroupMessages.of(before, after).stream().map(DynamoGroupMessages::itemOf).toList();
        }
    };

    private static Map<String, AttributeValue> body(Course c) {
        Survey s = c.survey();
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
                .putList("replacements", maps(c.replacements(), r -> item().put("device", r.device().name())
                        .put("note", r.note()).put("by", staff(r.by())).put("at", r.at()).build()))
                .build();
    }

    private static Course body(String id, Customer customer, Team team, Map<String, AttributeValue> m,
                               long version) {
        Map<String, AttributeValue> s = map(m, "survey");
        Map<String, AttributeValue> stop = map(m, "stop");
        return new Course(id, customer, team, objects(m, "calls", call -> new Call(num(call, "n").intValue(),
                instant(call, "openedAt"), objects(call, "bookings", b -> new Call.Booking(instant(b, "at"),
                        str(b, "channel"), staff(map(b, "by")), instant(b, "bookedAt"), cancellation(map(b, "cancelled")))),
                notes(map(call, "notes")), held(map(call, "held")))),
                date(m, "start"), staff(map(m, "startedBy")), date(m, "endedOn"), staff(map(m, "endedBy")),
                stop == null ? null : new Stop(str(stop, "reason"), staff(map(stop, "by")), instant(stop, "at")),
                objects(m, "pauses", p -> new Pause(LocalDate.parse(str(p, "date")), num(p, "day").intValue(),
                        str(p, "symptoms"), str(p, "reason"), staff(map(p, "by")), instant(p, "at"),
                        staff(map(p, "resumedBy")), instant(p, "resumedAt"))),
                s == null ? null : new Survey(instant(s, "sentAt"), answer(map(s, "answer")),
                        refusal(map(s, "refusal"))),
                objects(m, "fired", f -> new Fired(TimerKind.valueOf(str(f, "kind")),
                        num(f, "occurrence").intValue(), instant(f, "at"))), after(map(m, "after")),
                objects(m, "symptoms", r -> new SymptomReport(str(r, "symptoms"), str(r, "since"),
                        staff(map(r, "by")), instant(r, "at"))),
                objects(m, "guidance", g -> new Guidance(Guidance.Device.valueOf(str(g, "device")),
                        Guidance.Method.valueOf(str(g, "method")), g.get("bound").bool(), str(g, "problem"),
                        strings(g, "screenshotKeys"), staff(map(g, "by")),
                        instant(g, "at"))),
                objects(m, "replacements", r -> new Replacement(Guidance.Device.valueOf(str(r, "device")),
                        str(r, "note"), staff(map(r, "by")), instant(r, "at"))), version);
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

    private static Call.Cancellation cancellation(Map<String, AttributeValue> c) {
        return c == null ? null : new Call.Cancellation(str(c, "reason"), staff(map(c, "by")), instant(c, "at"));
    }

    private static Call.Notes notes(Map<String, AttributeValue> n) {
        return n == null ? null : new Call.Notes(strings(n, "questions"), strings(n, "needs"), staff(map(n, "by")),
                instant(n, "at"));
    }

    private static Call.Held held(Map<String, AttributeValue> h) {
        return h == null ? null : new Call.Held(strings(h, "covered"), str(h, "summary"), staff(map(h, "by")),
                instant(h, "at"));
    }

    private static Survey.Answer answer(Map<String, AttributeValue> a) {
        return a == null ? null : new Survey.Answer(num(a, "service").intValue(), num(a, "coaches").intValue(),
                num(a, "meals").intValue(), num(a, "results").intValue(), a.get("recommend").bool(),
                str(a, "comments"), instant(a, "at"));
    }

    private static Survey.Refusal refusal(Map<String, AttributeValue> r) {
        return r == null ? null : new Survey.Refusal(str(r, "reason"), staff(map(r, "by")), instant(r, "at"));
    }
}
