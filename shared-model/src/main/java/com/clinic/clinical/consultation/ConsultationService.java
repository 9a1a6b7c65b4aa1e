package com.clinic.clinical.consultation;

import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import com.clinic.journey.visit.Consultation;
import com.clinic.journey.visit.Forms.ConsultantForm;
import com.clinic.journey.visit.Forms.FileForm;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.OrderForm;
import com.clinic.journey.visit.Forms.PriceReviewForm;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitKind;
import com.clinic.journey.visit.VisitPart;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Refused;
import com.clinic.platform.Role;
import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.catalog.CatalogItemForm;
import com.clinic.platform.catalog.CatalogStore;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.privacy.SensitiveDataPolicy;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import com.clinic.platform.staff.StaffPicks;
import java.util.List;

/** Triage, the recorded consultation, the order, its price review and the signed item sheet (C-10…C-13). */
public final class ConsultationService {
    private final VisitCommands commands;
    private final VisitStore visits;
    private final StaffDirectory staff;
    private final CatalogStore catalogue;
    private final Files files;
    private final SensitiveDataPolicy consent;

    public ConsultationService(VisitCommands commands, VisitStore visits, StaffDirectory staff,
                               CatalogStore catalogue, Files files, SensitiveDataPolicy consent) {
        this.consent = consent;
        this.commands = commands;
        this.visits = visits;
        this.staff = staff;
        this.catalogue = catalogue;
        this.files = files;
    }

    /** Customers waiting for triage (arrived, no consultant yet). */
    public Page<Visit> triageQueue(PageRequest page) {
        return visits.listQueue(VisitStage.ARRIVED.name(), page);
    }

    public List<StaffMember> consultants() {
        return staff.withRole(Role.CONSULTANT);
    }

    /** C-10 分诊. */
    public Outcome<Visit> assignConsultant(Actor admin, String code, Long version, ConsultantForm form,
                                    IdempotencyKey key) {
        ConsultantForm valid = Check.body(form).validate(false);
        return commands.change(admin, code, version, key, Change.reading(Related.staff(valid.consultantId()),
                (v, snap) -> v.reception().assignConsultant(StaffPicks.found(snap, "consultantId",
                        valid.consultantId()), admin.ref(), valid.reason(), commands.now())));
    }

    /** C-10 修改. */
    public Outcome<Visit> changeConsultant(Actor admin, String code, Long version, ConsultantForm form,
                                    IdempotencyKey key) {
        ConsultantForm valid = Check.body(form).validate(true);
        return commands.change(admin, code, version, key, Change.reading(Related.staff(valid.consultantId()),
                (v, snap) -> v.reception().changeConsultant(StaffPicks.found(snap, "consultantId",
                        valid.consultantId()), admin.ref(), valid.reason(), commands.now())));
    }

    /** The signed-in consultant's customers, from triage to the reviewed order. */
    public Page<Visit> mine(Actor consultant, PageRequest page) {
        return visits.listConsultant(consultant.id(), page);
    }

    /** C-11 接待: starts the recorded session; the answer carries what the recorder shows. */
    public Outcome<Visit> startConsultation(Actor consultant, String code, Long version, IdempotencyKey key) {
        String session = commands.ids().newId();
        return commands.change(consultant, code, version, key, Change.of(v -> v.reception().startConsultation(session,
                consultant.ref(), commands.now())));
    }

    /** C-11: the presigned upload of the session's video, for the recorder; not once she withdrew her consent. */
    public UploadTicket videoUpload(Actor actor, String code, UploadForm form) {
        Visit v = commands.visible(actor, code, VisitPart.CONSULTATION);
        consent.require(VisitKind.VISIT.concerns(v));
        String refused = v.reception().videoUploadRefusal();
        if (refused != null) {
            throw new Refused(refused);
        }
        return files.uploadUnder(Consultation.videoFolder(code, v.consultation().sessionId()), FileKind.VIDEO, form);
    }

    /** C-11: links the uploaded video to the consultation. */
    public Outcome<Visit> attachVideo(Actor actor, String code, Long version, FileForm form, IdempotencyKey key) {
        String file = Files.key(code, FileKind.VIDEO, form);
        return commands.change(actor, code, version, key, Change.of(v -> v.reception().attachVideo(
                files.landed(file).key(), actor.ref(), commands.now())));
    }

    /** C-11 确认: the order, priced from the catalogue, goes to price review. */
    public Outcome<Visit> submitOrder(Actor consultant, String code, Long version, OrderForm form, IdempotencyKey key) {
        OrderForm f = Check.body(form);
        return commands.change(consultant, code, version, key, Change.reading(Related.catalogue(f.catalogueIds()),
                (v, snap) -> v.reception().submitOrder(f.validate(snap.catalogue()), consultant.ref(),
                        commands.now())));
    }

    /** Orders waiting for the super admin's price review. */
    public Page<Visit> reviewQueue(PageRequest page) {
        return visits.listQueue(VisitStage.PRICE_REVIEW.name(), page);
    }

    /** C-12: approve, or change prices (also after payment: the balance then shows what to settle). */
    public Outcome<Visit> reviewPrices(Actor admin, String code, Long version, PriceReviewForm form, IdempotencyKey key) {
        PriceReviewForm f = form == null ? new PriceReviewForm(List.of(), null) : form;
        return commands.change(admin, code, version, key, Change.of(v -> v.billing().reviewPrices(
                f.validate(v.order() == null ? 0 : v.order().items().size()), admin.ref(), commands.now())));
    }

    /** C-13: the presigned upload of the signed item sheet's scan. */
    public UploadTicket signedSheetUpload(Actor actor, String code, UploadForm form) {
        String refused = commands.visible(actor, code, VisitPart.BILL).billing().signedSheetRefusal();
        if (refused != null) {
            throw new Refused(refused);
        }
        return files.upload(code, FileKind.SIGNED_SHEET, form);
    }

    /** C-13: links the scan of the signed sheet. */
    public Outcome<Visit> attachSignedSheet(Actor actor, String code, Long version, FileForm form, IdempotencyKey key) {
        String file = Files.key(code, FileKind.SIGNED_SHEET, form);
        return commands.change(actor, code, version, key, Change.of(v ->
                v.billing().attachSignedSheet(files.landed(file).key(), actor.ref(), commands.now())));
    }

    public List<CatalogItem> catalogue() {
        return catalogue.all();
    }

    /** The super admin keeps the catalogue (name, list price, active). */
    public CatalogItem saveCatalogItem(String id, CatalogItemForm form) {
        CatalogItem item = Check.body(form).validate(id, commands.now());
        catalogue.save(item);
        return item;
    }
}
