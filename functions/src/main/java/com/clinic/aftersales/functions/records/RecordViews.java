package com.clinic.aftersales.functions.records;

import com.clinic.aftersales.records.VideoPlaybacks;
import com.clinic.journey.VisitRecords;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.PlaybackView;
import com.clinic.platform.views.StaffView;
import com.clinic.platform.views.UploadView;
import io.micronaut.serde.annotation.Serdeable;

/** The lines of the after-sales records lists across visits; times in Asia/Shanghai. */
public final class RecordViews {
    private RecordViews() {
    }

    /** C-27 入院记录: who was admitted, for which operation day, followed by whom. */
    @Serdeable
    public record AdmissionView(String visitCode, String customerName, String phone, String operationDate,
                         StaffView.Ref owner, String notes, StaffView.Ref by, String at) {
        static AdmissionView of(VisitRecords.AdmissionEntry e) {
            return new AdmissionView(e.visitCode(), e.customerName(), e.phone(),
                    e.admission().operationDate().toString(), StaffView.Ref.of(e.admission().owner()),
                    e.admission().notes(), StaffView.Ref.of(e.admission().by()), ShanghaiTime.show(e.admission().at()));
        }
    }

    /** C-30 增加多人记录: who came with the customer, added by whom and when. */
    @Serdeable
    public record CompanionView(String id, String visitCode, String customerName, String name, String relation,
                                String phone, StaffView.Ref by, String at) {
        static CompanionView of(VisitRecords.CompanionEntry e) {
            return new CompanionView(e.id(), e.visitCode(), e.customerName(), e.name(), e.relation(), e.phone(),
                    StaffView.Ref.of(e.by()), ShanghaiTime.show(e.at()));
        }
    }

    /** A playback with its short-lived link to the video. */
    @Serdeable
    public record PlayedView(PlaybackView playback, UploadView.Link video) {
        static PlayedView of(VideoPlaybacks.Played p) {
            return new PlayedView(PlaybackView.of(p.playback()), UploadView.Link.of(p.link()));
        }
    }

    /** C-28 咨询视频: a consultation's video, its consultant and customer (playing it is C-29's step). */
    @Serdeable
    public record VideoView(String visitCode, String customerName, StaffView.Ref consultant, String attachedAt) {
        static VideoView of(VisitRecords.VideoEntry e) {
            return new VideoView(e.visitCode(), e.customerName(), StaffView.Ref.of(e.consultant()),
                    ShanghaiTime.show(e.attachedAt()));
        }
    }
}
