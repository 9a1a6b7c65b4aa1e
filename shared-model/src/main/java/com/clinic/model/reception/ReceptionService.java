package com.clinic.model.reception;

import com.clinic.model.Actor;
import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.Role;
import com.clinic.model.ShanghaiTime;
import com.clinic.model.exam.QuarantinedFile;
import com.clinic.model.journey.Files;
import com.clinic.model.journey.Outcome;
import com.clinic.model.journey.StaffPicks;
import com.clinic.model.journey.UploadTicket;
import com.clinic.model.journey.VisitCommands;
import com.clinic.model.notification.Notification;
import com.clinic.model.port.ExamQuarantine;
import com.clinic.model.port.IdempotencyKey;
import com.clinic.model.port.NotificationPublisher;
import com.clinic.model.port.VisitStore;
import com.clinic.model.visit.CustomerForm;
import com.clinic.model.visit.CustomerProfile;
import com.clinic.model.visit.ExamFile;
import com.clinic.model.visit.Forms.FileForm;
import com.clinic.model.visit.Forms.FileKind;
import com.clinic.model.visit.Forms.ReasonForm;
import com.clinic.model.visit.Forms.UploadForm;
import com.clinic.model.visit.Photo;
import com.clinic.model.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The front desk and the photo room and lab (SPEC C-05, C-06, C-08, C-09). */
public final class ReceptionService {
    /** Where the exam instruments upload: {@code exam-inbox/<visit code>/<file>}. */
    public static final String EXAM_INBOX = "exam-inbox/";

    private final VisitCommands commands;
    private final VisitStore visits;
    private final Files files;
    private final ExamQuarantine quarantine;
    private final NotificationPublisher notifier;

    public ReceptionService(VisitCommands commands, VisitStore visits, Files files, ExamQuarantine quarantine,
                            NotificationPublisher notifier) {
        this.commands = commands;
        this.visits = visits;
        this.files = files;
        this.quarantine = quarantine;
        this.notifier = notifier;
    }

    /** The front desk's list of customers expected on a day (today when no day is given). */
    public Page<Visit> expected(LocalDate day, PageRequest page) {
        return visits.listExpected(day != null ? day : ShanghaiTime.dateOf(commands.now()), page);
    }

    /** C-05. */
    public Outcome confirmArrival(Actor frontDesk, String code, Long version, IdempotencyKey key) {
        return commands.change(frontDesk, code, version, key, v -> v.confirmArrival(frontDesk.ref(), commands.now()));
    }

    /** C-06: a known phone number links the walk-in to that customer (the outcome says so). */
    public Outcome registerWalkIn(Actor frontDesk, CustomerForm form, IdempotencyKey key) {
        CustomerProfile profile = StaffPicks.require(form).validate();
        return commands.create(frontDesk, profile, key, (code, customerId) ->
                Visit.registerWalkIn(code, customerId, profile, frontDesk.ref(), commands.now()));
    }

    /** C-08: a presigned upload for one photo (type and exact size signed in). */
    public UploadTicket photoUpload(Actor actor, String code, UploadForm form) {
        commands.visible(actor, code);
        return files.upload(code, FileKind.PHOTO, form);
    }

    /** C-08: registers an uploaded photo on the visit. */
    public Outcome addPhoto(Actor actor, String code, Long version, FileForm form, IdempotencyKey key) {
        Files.Landed landed = files.landed(code, FileKind.PHOTO, form);
        Photo photo = new Photo(landed.key(), contentType(landed.key()), landed.size(), actor.ref(), commands.now());
        return commands.change(actor, code, version, key, v -> v.addPhoto(photo, commands.now()));
    }

    /** C-08: the customer declines the photos. */
    public Outcome refusePhotos(Actor actor, String code, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = StaffPicks.require(form).validate();
        return commands.change(actor, code, version, key, v -> v.refusePhotos(reason, actor.ref(), commands.now()));
    }

    /** The visit's photos, each with a short-lived download link. */
    public List<ViewedFile> photos(Actor actor, String code) {
        return commands.visible(actor, code).photos().stream()
                .map(p -> new ViewedFile(p.key(), p.contentType(), p.size(), p.at(), files.download(p.key())))
                .toList();
    }

    /**
     * C-09: an object landed in the exam inbox. Its key names the visit; a key naming no visit is quarantined
     * and the lab is told, so no result is lost. A repeated event for the same object changes nothing.
     */
    public Optional<Visit> examLanded(String key, long size) {
        String rest = key.startsWith(EXAM_INBOX) ? key.substring(EXAM_INBOX.length()) : "";
        int slash = rest.indexOf('/');
        String code = slash > 0 ? rest.substring(0, slash) : null;
        Optional<Visit> visit = code == null ? Optional.empty() : visits.load(code, null).visit();
        if (visit.isEmpty()) {
            QuarantinedFile q = new QuarantinedFile(key, size, code == null ? "the key names no visit"
                    : "no visit " + code, commands.now());
            quarantine.keep(q);
            notifier.publish(List.of(Notification.toRole("quarantine-" + key, Role.LAB, "体检结果无法匹配",
                    key + "（" + q.reason() + "）", key, q.at())));
            return Optional.empty();
        }
        if (visit.get().exams().stream().anyMatch(e -> e.key().equals(key))) {
            return visit;
        }
        return Optional.of(commands.changeAsSystem(visit.get(), v -> v.attachExam(new ExamFile(key, size,
                commands.now()), VisitCommands.SYSTEM.ref(), commands.now())).after());
    }

    public Page<QuarantinedFile> quarantined(PageRequest page) {
        return quarantine.list(page);
    }

    private static String contentType(String key) {
        return FileKind.PHOTO.types().stream().filter(t -> key.endsWith(FileKind.extension(t))).findFirst()
                .orElse("application/octet-stream");
    }

    /** A stored file with its download link. */
    public record ViewedFile(String key, String contentType, long size, java.time.Instant at,
                             com.clinic.model.port.FileStore.Presigned download) {
    }
}
