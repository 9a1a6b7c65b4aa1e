package com.clinic.aftersales.functions.complaints;

import com.clinic.aftersales.complaint.Complaint;
import com.clinic.aftersales.complaint.Complaints;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A complaint (C-26) with its earlier texts and its handling steps; times in Asia/Shanghai. */
@Serdeable
public record ComplaintView(String id, String visitCode, String customerName, String phone, StaffView.Ref staff,
                            String category, String severity, String description, String status,
                            StaffView.Ref raisedBy, String raisedAt, List<EditView> edits, List<StepView> steps,
                            long version) {

    @Serdeable
    public record EditView(String category, String severity, String description, StaffView.Ref by, String at) {
    }

    @Serdeable
    public record StepView(int number, String note, String from, String to, StaffView.Ref by, String at) {
        static StepView of(Complaint.Step s) {
            return new StepView(s.number(), s.note(), s.from().name(), s.to().name(), StaffView.Ref.of(s.by()),
                    ShanghaiTime.show(s.at()));
        }
    }

    /** A line of 客诉处理: the complaint, the customer, the staff member, and the step. */
    @Serdeable
    public record HandlingView(String complaintId, String customerName, String staffName, StepView step) {
        static HandlingView of(Complaints.HandlingRecord r) {
            return new HandlingView(r.complaintId(), r.customerName(), r.staffName(), StepView.of(r.step()));
        }
    }

    public static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id(), c.visitCode(), c.customerName(), c.phone(), StaffView.Ref.of(c.staff()),
                c.category().name(), c.severity().name(), c.description(), c.status().name(),
                StaffView.Ref.of(c.raisedBy()), ShanghaiTime.show(c.raisedAt()), c.edits().stream()
                        .map(e -> new EditView(e.category().name(), e.severity().name(), e.description(),
                                StaffView.Ref.of(e.by()), ShanghaiTime.show(e.at()))).toList(),
                c.steps().stream().map(StepView::of).toList(), c.version());
    }
}
