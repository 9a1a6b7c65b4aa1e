package com.clinic.aftersales.followup;

import com.clinic.aftersales.followup.FollowUpEvent.*;

/** The words of a follow-up task's events: the audit trail's line of each. */
final class FollowUpWording {
    private FollowUpWording() {
    }

    static String summary(FollowUpEvent event) {
        return event.accept(new FollowUpEvent.Visitor<>() {
            @Override
            public String raised(FollowUpRaised e) {
                return "术后第 " + e.day() + " 天回访：" + e.customerName();
            }

            @Override
            public String cancelled(FollowUpCancelled e) {
                return "流程已拒绝，回访取消";
            }

            @Override
            public String reopened(FollowUpReopened e) {
                return "流程已恢复，回访重新开启";
            }

            @Override
            public String callStarted(FollowUpCallStarted e) {
                return "拨打电话 " + e.callId();
            }

            @Override
            public String recordingLinked(FollowUpRecordingLinked e) {
                return "通话录音 " + e.callId() + "，" + e.durationSeconds() + " 秒";
            }

            @Override
            public String careNoted(FollowUpCareNoted e) {
                return "术后第 " + e.day() + " 天关怀说明";
            }

            @Override
            public String renamed(FollowUpRenamed e) {
                return "客户姓名更正：" + e.was() + " → " + e.name();
            }
        });
    }
}
