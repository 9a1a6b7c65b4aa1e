package com.clinic.model.reception;

import com.clinic.model.Actor;
import com.clinic.model.Check;
import com.clinic.model.InvalidInput;
import com.clinic.model.NotFound;
import com.clinic.model.Page;
import com.clinic.model.PageRequest;
import com.clinic.model.Refused;
import com.clinic.model.Role;
import com.clinic.model.ShanghaiTime;
import com.clinic.model.exam.QuarantinedFile;
import com.clinic.model.journey.Files;
import com.clinic.model.journey.StaffPicks;
import com.clinic.model.journey.UploadTicket;
import com.clinic.model.journey.VisitCommands;
import com.clinic.model.notification.Notification;
import com.clinic.model.platform.Outcome;
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
import com.clinic.model.visit.VisitAccess;
import com.clinic.model.visit.VisitPart;
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
    public Outcome<Visit> confirmArrival(Actor frontDesk, String code, Long version, IdempotencyKey key) {
        return commands.change(frontDesk, code, version, key, v -> v.confirmArrival(frontDesk.ref(), commands.now()));
    }

    /** C-06: a known phone number links the walk-in to that customer (the outcome says so). */
    public Outcome<Visit> registerWalkIn(Actor frontDesk, CustomerForm form, IdempotencyKey key) {
        CustomerProfile profile = StaffPicks.require(form).validate();
        return commands.create(frontDesk, profile, key, (code, customerId, customer) ->
                Visit.registerWalkIn(code, customerId, customer, frontDesk.ref(), commands.now()));
    }

    /** C-08: a presigned upload for one photo (type and exact size signed in). */
    public UploadTicket photoUpload(Actor actor, String code, UploadForm form) {
        commands.visible(actor, code, VisitPart.PHOTOS);
        return files.upload(code, FileKind.PHOTO, form);
    }

    /** C-08: registers an uploaded photo on the visit. */
    public Outcome<Visit> addPhoto(Actor actor, String code, Long version, FileForm form, IdempotencyKey key) {
        String file = Files.key(code, FileKind.PHOTO, form);
        return commands.change(actor, code, version, key, v -> {
            Files.Landed landed = files.landed(file);
            return v.addPhoto(new Photo(landed.key(), contentType(landed.key()), landed.size(), actor.ref(),
                    commands.now()), commands.now());
        });
    }

    /** C-08: the customer declines the photos. */
    public Outcome<Visit> refusePhotos(Actor actor, String code, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = StaffPicks.require(form).validate();
        return commands.change(actor, code, version, key, v -> v.refusePhotos(reason, actor.ref(), commands.now()));
    }

    /** The visit's photos, each with a short-lived download link. */
    public List<ViewedFile> photos(Actor actor, String code) {
        return commands.visible(actor, code, VisitPart.PHOTOS).photos().stream()
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
        Optional<Visit> visit = Visit.isCode(code) ? commands.find(code) : Optional.empty();
        if (visit.isEmpty()) {
            QuarantinedFile q = QuarantinedFile.of(key, size, code == null ? "the key names no visit"
                    : "no visit " + code, commands.now());
            quarantine.keep(q);
            notifier.publish(List.of(Notification.toRole("quarantine-" + key, Role.LAB, "体检结果无法匹配",
                    key + "（" + q.reason() + "）", key, q.at())));
            return Optional.empty();
        }
        return Optional.of(attachExam(Actor.SYSTEM, visit.get(), key, size));
    }

    /** Attaches an exam file once; the same file again leaves the visit as it is. */
    private Visit attachExam(Actor by, Visit visit, String key, long size) {
        if (visit.exams().stream().anyMatch(e -> e.key().equals(key))) {
            return visit;
        }
        return commands.changeAs(by, visit, v -> v.attachExam(new ExamFile(key, size, commands.now()), by.ref(),
                commands.now())).after();
    }

    public Page<QuarantinedFile> quarantined(PageRequest page) {
        return quarantine.list(page);
    }

    /**
     * C-09: the lab attaches a quarantined file to the visit it belongs to; the entry closes. A retry finds the
     * file attached and the entry closed, and changes nothing.
     */
    public QuarantinedFile attachQuarantined(Actor lab, String id, QuarantineAttachForm form) {
        String code = StaffPicks.require(form).validate();
        QuarantinedFile entry = openEntry(id);
        Visit visit = commands.find(code).filter(v -> VisitAccess.canSee(lab, v))
                .orElseThrow(() -> InvalidInput.of("visitCode", "no visit " + code + " has arrived"));
        attachExam(lab, visit, entry.key(), entry.size());
        return close(entry.resolved(QuarantinedFile.Status.ATTACHED, code, lab.ref(), commands.now()));
    }

    /** C-09: the lab discards a quarantined file that belongs to no visit, with the reason; the entry closes. */
    public QuarantinedFile discardQuarantined(Actor lab, String id, ReasonForm form) {
        String reason = StaffPicks.require(form).validate();
        return close(openEntry(id).resolved(QuarantinedFile.Status.DISCARDED, reason, lab.ref(), commands.now()));
    }

    private QuarantinedFile openEntry(String id) {
        QuarantinedFile entry = quarantine.find(id).orElseThrow(() -> new NotFound("id", "no quarantined file " + id));
        if (entry.status() != QuarantinedFile.Status.OPEN) {
            throw new Refused("the file was already " + entry.status().name().toLowerCase() + " ("
                    + entry.resolution() + ")");
        }
        return entry;
    }

    private QuarantinedFile close(QuarantinedFile resolved) {
        if (!quarantine.resolve(resolved)) {
            throw new Refused("the entry was closed by someone else meanwhile");
        }
        return resolved;
    }

    /** C-09: the visit's exam results, each with a short-lived download link. */
    public List<ViewedFile> exams(Actor actor, String code) {
        return commands.visible(actor, code, VisitPart.EXAMS).exams().stream()
                .map(e -> new ViewedFile(e.key(), contentType(e.key()), e.size(), e.at(), files.download(e.key())))
                .toList();
    }

    /** C-09: the visit an exam file belongs to, as the lab names it. */
    public record QuarantineAttachForm(String visitCode) {
        public String validate() {
            Check check = new Check();
            String code = check.required("visitCode", visitCode, 20);
            if (code != null && !Visit.isCode(code)) {
                check.fail("visitCode", "must be a visit code like V261122-7KQ3MX");
            }
            check.done();
            return code;
        }
    }

    /** A stored file's type from its name (photos, instruments' PDFs and images); anything else is bytes. */
    private static String contentType(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(FileKind.values()).flatMap(kind -> kind.types().stream())
                .filter(t -> k.endsWith(FileKind.extension(t))).findFirst()
                .orElse(k.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream");
    }

    /** A stored file with its download link. */
    public record ViewedFile(String key, String contentType, long size, java.time.Instant at,
                             com.clinic.model.port.FileStore.Presigned download) {
    }
}
