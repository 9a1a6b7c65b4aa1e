package com.clinic.office.privacy;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.DomainEvent;
import java.time.Instant;

/** What happened to a customer's request about her data. */
public sealed interface PrivacyRequestEvent extends DomainEvent {
    record Received(String subject, RequestKind kind, Instant dueBy, StaffRef by, Instant at)
            implements PrivacyRequestEvent {
        @Override
        public String type() {
            return "PrivacyRequestReceived";
        }

        @Override
        public String summary() {
            return (kind == RequestKind.COPY ? "收到个人信息复制请求" : "收到个人信息删除请求") + "，答复期限 "
                    + ShanghaiTime.show(dueBy);
        }
    }

    record Copied(String subject, int records, StaffRef by, Instant at) implements PrivacyRequestEvent {
        @Override
        public String type() {
            return "PrivacyCopyMade";
        }

        @Override
        public String summary() {
            return "已制作个人信息副本（" + records + " 条记录）";
        }
    }

    record Erased(String subject, ErasureReport report, StaffRef by, Instant at) implements PrivacyRequestEvent {
        @Override
        public String type() {
            return "PersonalDataErased";
        }

        @Override
        public String summary() {
            return "已删除个人信息：" + report.summary();
        }
    }

    record Refused(String subject, String reason, StaffRef by, Instant at) implements PrivacyRequestEvent {
        @Override
        public String type() {
            return "PrivacyRequestRefused";
        }

        @Override
        public String summary() {
            return "拒绝请求：" + reason;
        }
    }
}
