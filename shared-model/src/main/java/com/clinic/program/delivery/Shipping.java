package com.clinic.program.delivery;

import com.clinic.program.CatalogueEvent;
import com.clinic.program.CatalogueKind;
import com.clinic.program.Delivery;
import com.clinic.program.DeliverySteps;
import com.clinic.program.Program;
import com.clinic.program.ProgramDeadlines;
import com.clinic.program.ProgramEvent;
import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.command.Change;
import com.clinic.platform.command.Commands;
import com.clinic.platform.command.Outcome;
import com.clinic.platform.port.AggregateStore.Related;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.program.delivery.DeliveryForms.CarriersForm;
import com.clinic.program.delivery.DeliveryForms.DeliveryFollowUpForm;
import com.clinic.program.delivery.DeliveryForms.DeliveryForm;
import com.clinic.program.delivery.DeliveryForms.PackingForm;
import com.clinic.program.delivery.DeliveryForms.ShipmentForm;
import com.clinic.program.course.Course;
import com.clinic.program.course.CourseEvent;
import com.clinic.program.course.CourseFollows;
import com.clinic.program.course.CourseKind;
import java.time.Instant;
import java.util.List;

/**
 * H-09…H-12 the goods on their way: customer service records how the customer wants them, the admin packs them
 * against the plan (mail with a partner carrier from the kept list) and confirms the shipment with photos (the
 * group is told), customer service follows up and the customer confirms receipt.
 */
public final class Shipping {
    private final Commands<Program, ProgramEvent> programs;
    private final Commands<Carriers, CatalogueEvent> carriers;
    private final Commands<Course, CourseEvent> courses;
    private final ProgramDeadlines deadlines;
    private final Files files;

    public Shipping(Commands<Program, ProgramEvent> programs, Commands<Carriers, CatalogueEvent> carriers,
                    Commands<Course, CourseEvent> courses, ProgramDeadlines deadlines, Files files) {
        this.programs = programs;
        this.carriers = carriers;
        this.courses = courses;
        this.deadlines = deadlines;
        this.files = files;
    }

    public java.time.Instant now() {
        return programs.now();
    }

    /** The partner carriers; empty (version 0) until the admin first lists them. */
    public Carriers carriers() {
        return carriers.find(Carriers.ID).orElse(Carriers.NONE);
    }

    /** The admin's new list of partner carriers: the first made, later ones on the version read (If-Match). */
    public Outcome<Carriers> replaceCarriers(Actor actor, Long version, CarriersForm form, IdempotencyKey key) {
        List<Carriers.Carrier> valid = Check.body(form).validate();
        Instant now = carriers.now();
        return carriers.keep(actor, Carriers.ID, version, key, loaded -> Carriers.first(valid, actor.ref(), now),
                Change.of(c -> c.replace(valid, actor.ref(), now)));
    }

    /** H-09 确认收货方式 (If-Match): pickup or mail, synced to the admin, who owes the packing in 4 h. */
    public Outcome<Program> chooseDelivery(Actor actor, String id, Long version, DeliveryForm form,
                                           IdempotencyKey key) {
        Instant now = programs.now();
        Delivery chosen = Check.body(form).validate(actor.ref(), now);
        return step(actor, id, version, key, now, Change.of(p -> DeliverySteps.choose(p, chosen, now,
                deadlines.from(now))));
    }

    /**
     * H-10 配货 (If-Match): the goods as packed, checked against the plan; a mail's carrier checked against the
     * kept list (read with the program, in one round trip).
     */
    public Outcome<Program> pack(Actor actor, String id, Long version, PackingForm form, IdempotencyKey key) {
        PackingForm given = Check.body(form);
        Instant now = programs.now();
        return step(actor, id, version, key, now, Change.reading(Related.record(Carriers.KIND, Carriers.ID),
                (p, loaded) -> {
                    PackingForm.Valid v = given.validate(loaded.related(Carriers.KIND, Carriers.ID)
                            .orElse(Carriers.NONE));
                    Delivery.Packing packing = new Delivery.Packing(0, v.carrier() == null ? null : v.carrier().code(),
                            v.carrier() == null ? null : v.carrier().name(), v.trackingNo(), v.pickupPoint(),
                            v.pickupAt(), actor.ref(), now);
                    return DeliverySteps.pack(p, v.goods(), packing, now, deadlines.from(now));
                }));
    }

    /** H-11: where the admin uploads a photo of the packed goods. */
    public UploadTicket shipmentPhotoUpload(Actor actor, String id, UploadForm form) {
        Program p = programs.visible(actor, id);
        return files.uploadUnder(shipmentFolder(p), FileKind.PHOTO, form);
    }

    /** H-11 the shipment's photos, as presigned downloads, for the program's staff and its customer. */
    public List<com.clinic.platform.port.FileStore.Presigned> shipmentPhotos(Actor actor, String id) {
        Program p = programs.visible(actor, id);
        if (p.delivery() == null || p.delivery().shipment() == null) {
            return List.of();
        }
        return p.delivery().shipment().photoKeys().stream().map(files::download).toList();
    }

    /**
     * H-11 确认发货 (If-Match): the photos, each checked to be in storage, confirm the shipment; the group gets the
     * manual's message with carrier and tracking number (a retried request posts it once).
     */
    public Outcome<Program> confirmShipment(Actor actor, String id, Long version, ShipmentForm form,
                                            IdempotencyKey key) {
        ShipmentForm given = Check.body(form);
        Instant now = programs.now();
        return step(actor, id, version, key, now, Change.of(p -> {
            List<String> keys = given.validate(shipmentFolder(p));
            List<String> photos = java.util.stream.IntStream.range(0, keys.size())
                    .mapToObj(i -> files.landed(keys.get(i), "photoKeys[" + i + "]").key()).toList();
            return DeliverySteps.confirmShipment(p, photos, actor.ref(), now, deadlines.from(now));
        }));
    }

    /**
     * H-12 跟进收货 (If-Match): customer service's message about the goods — in the group (written there with the change), or
     * the private reminder (it reaches the customer in the app).
     */
    public Outcome<Program> followUp(Actor actor, String id, Long version, DeliveryFollowUpForm form,
                                     IdempotencyKey key) {
        DeliveryFollowUpForm valid = Check.body(form).validate();
        Instant now = programs.now();
        return step(actor, id, version, key, now, Change.of(p -> DeliverySteps.followUp(p,
                new Delivery.FollowUp(valid.text(), valid.isPrivate(), actor.ref(), now))));
    }

    /**
     * H-12 确认收货: the customer confirms she has her goods (If-Match); H-15's 24 h device guidance is armed, and
     * her course opens call 1 in the same change (the coaches are told).
     */
    public Outcome<Program> confirmReceipt(Actor actor, String id, Long version, IdempotencyKey key) {
        Instant now = programs.now();
        Change<Program, ProgramEvent> receipt = Change.reading(Related.record(CourseKind.COURSE, id),
                (p, loaded) -> DeliverySteps.confirmReceipt(p, actor, now, deadlines.from(now)));
        return step(actor, id, version, key, now, receipt.bringing((accepted, loaded) -> {
            Course c = loaded.related(CourseKind.COURSE, id).orElseThrow();
            return courses.following(actor, c, CourseFollows.receipt(c, actor.ref(), now).orThrow(), List.of());
        }));
    }

    /**
     * A delivery step on the program's version: the deadlines it opens are armed with it, and the timers of those
     * it closed cancelled once it is written.
     */
    private Outcome<Program> step(Actor actor, String id, Long version, IdempotencyKey key, Instant now,
                                  Change<Program, ProgramEvent> change) {
        Outcome<Program> outcome = programs.change(actor, id, version, key,
                change.arming(accepted -> deadlines.arm(accepted.after(), now)));
        deadlines.cancelClosed(outcome.value(), now);
        return outcome;
    }

    static String shipmentFolder(Program p) {
        return "programs/" + p.id() + "/shipment/";
    }
}
