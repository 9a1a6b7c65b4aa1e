package com.clinic.clinical.files;

import com.clinic.clinical.exam.ExamQuarantine;
import com.clinic.clinical.exam.QuarantinedFile;
import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.visit.ExamFile;
import com.clinic.journey.visit.Forms.FileForm;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.ReasonForm;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.journey.visit.Photo;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitAccess;
import com.clinic.journey.visit.VisitKind;
import com.clinic.journey.visit.VisitPart;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.NotFound;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.notification.NotificationPublisher;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.privacy.SensitiveDataPolicy;
import java.util.List;
import java.util.Optional;

/** The photo room's and the lab's files of a visit: pre-op photos and exam results (SPEC C-08, C-09). */
public final class ClinicalFilesService {
    /** Where the exam instruments upload: {@code exam-inbox/<visit code>/<file>}. */
    public static final String EXAM_INBOX = "exam-inbox/";

    private final VisitCommands commands;
    private final Files files;
    private final ExamQuarantine quarantine;
    private final NotificationPublisher notifier;
    private final SensitiveDataPolicy consent;

    public ClinicalFilesService(VisitCommands commands, Files files, ExamQuarantine quarantine,
                                NotificationPublisher notifier, SensitiveDataPolicy consent) {
        this.commands = commands;
        this.files = files;
        this.quarantine = quarantine;
        this.notifier = notifier;
        this.consent = consent;
    }

    /** C-08: a presigned upload for one photo (type and exact size signed in); not once she withdrew her consent. */
    public UploadTicket photoUpload(Actor actor, String code, UploadForm form) {
        consent.require(VisitKind.VISIT.concerns(commands.visible(actor, code, VisitPart.PHOTOS)));
        return files.upload(code, FileKind.PHOTO, form);
    }

    /** C-08: registers an uploaded photo on the visit. */
    public Outcome<Visit> addPhoto(Actor actor, String code, Long version, FileForm form, IdempotencyKey key) {
        String file = Files.key(code, FileKind.PHOTO, form);
        return commands.change(actor, code, version, key, Change.of(v -> {
            Files.Landed landed = files.landed(file);
            return v.addPhoto(new Photo(landed.key(), contentType(landed.key()), landed.size(), actor.ref(),
                    commands.now()), commands.now());
        }));
    }

    /** C-08: the customer declines the photos. */
    public Outcome<Visit> refusePhotos(Actor actor, String code, Long version, ReasonForm form, IdempotencyKey key) {
        String reason = Check.body(form).validate();
        return commands.change(actor, code, version, key, Change.of(v -> v.refusePhotos(reason, actor.ref(), commands.now())));
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
        return commands.apply(by, visit, Change.of(v -> v.attachExam(new ExamFile(key, size, commands.now()), by.ref(),
                commands.now()))).orThrow().after();
    }

    public Page<QuarantinedFile> quarantined(PageRequest page) {
        return quarantine.list(page);
    }

    /**
     * C-09: the lab attaches a quarantined file to the visit it belongs to; the entry closes. A retry finds the
     * file attached and the entry closed, and changes nothing.
     */
    public QuarantinedFile attachQuarantined(Actor lab, String id, QuarantineAttachForm form) {
        String code = Check.body(form).validate();
        QuarantinedFile entry = openEntry(id);
        Visit visit = commands.find(code).filter(v -> VisitAccess.canSee(lab, v))
                .orElseThrow(() -> InvalidInput.of("visitCode", "no visit " + code + " has arrived"));
        attachExam(lab, visit, entry.key(), entry.size());
        return close(entry.resolved(QuarantinedFile.Status.ATTACHED, code, lab.ref(), commands.now()));
    }

    /** C-09: the lab discards a quarantined file that belongs to no visit, with the reason; the entry closes. */
    public QuarantinedFile discardQuarantined(Actor lab, String id, ReasonForm form) {
        String reason = Check.body(form).validate();
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
                             com.clinic.platform.port.FileStore.Presigned download) {
    }
}
