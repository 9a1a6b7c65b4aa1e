package com.clinic.program.course;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.timer.TimerKind;
import com.clinic.program.group.ProgramGroup;
import com.clinic.program.group.ProgramGroup.Author;
import com.clinic.program.group.ProgramGroup.Kind;
import com.clinic.program.group.ProgramGroup.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The messages the course posts in the customer's group, in the manual's words. */
public final class CourseGroupMessages {
    private CourseGroupMessages() {
    }

    /** H-18: the manual's words with the survey. */
    static final String SURVEY = "尊敬的客户，您的 49 天健康方案已结束，麻烦您抽空填写一下调查问卷，您的反馈对我们很重要，感谢您的支持~";
    /** H-21: the request for the post-plan photos, comparable with the pre-plan ones; not compulsory. */
    static final String POST_PLAN_PHOTOS = "尊敬的客户，方案已结束 3 天，请上传方案后照片（光线充足、背景简洁，与方案前照片同样的角度），"
            + "便于对比成果。照片上传非强制，若后续需要对比分析可随时联系我们~";
    /** H-23: the re-check report, what it is for, and that it stays confidential. */
    static final String RECHECK_REQUEST = "尊敬的客户，请上传您的复检报告。报告仅用于您的健康分析，我们将严格保密~";

    /**
     * H-13…H-23 in the customer's group, written with the change that brings them (so once): a call booked, the
     * survey sent, the post-plan photos and re-check report asked for.
     */
    public static List<Message> of(Course was, Course now) {
        List<Message> out = new ArrayList<>();
        String customer = now.customer().id();
        Author system = ProgramGroup.SYSTEM;
        for (Call call : now.calls()) {
            int seen = was == null ? 0 : was.call(call.n()).map(c -> c.bookings().size()).orElse(0);
            for (int i = seen; i < call.bookings().size(); i++) {
                Call.Booking b = call.bookings().get(i);
                out.add(new Message(now.id() + "-call-" + call.n() + "-" + (i + 1), now.id(), customer,
                        Kind.SYSTEM, "尊敬的客户，" + call.purpose().label() + "已预约：" + ShanghaiTime.show(b.at()) + "（"
                        + b.channel() + "），届时请准时参加~", null, null, system, b.bookedAt(), Map.of()));
            }
        }
        if (now.survey() != null && (was == null || was.survey() == null)) {
            out.add(new Message(now.id() + "-survey", now.id(), customer, Kind.LINK, SURVEY,
                    "/programs/" + now.id() + "/survey", null, system, now.survey().sentAt(), Map.of()));
        }
        int fired = was == null ? 0 : was.fired().size();
        for (Fired f : now.fired().subList(fired, now.fired().size())) {
            String text = f.kind() == TimerKind.POST_PLAN ? POST_PLAN_PHOTOS
                    : f.kind() == TimerKind.RECHECK_REPORT || f.kind() == TimerKind.RECHECK_REMINDER ? RECHECK_REQUEST
                    : null;
            if (text != null) {
                out.add(new Message(now.id() + "-" + f.kind().occurrenceName(f.occurrence()), now.id(), customer,
                        Kind.SYSTEM, text, null, null, system, f.at(), Map.of()));
            }
        }
        return out;
    }
}
