package com.clinic.program.group;

import com.clinic.program.Contract;
import com.clinic.program.Delivery;
import com.clinic.program.Program;
import com.clinic.program.ProgramEvent;
import com.clinic.program.ProgramWording;
import com.clinic.program.Team;
import com.clinic.program.daily.PlanDay;
import com.clinic.journey.Files;
import com.clinic.journey.UploadTicket;
import com.clinic.journey.visit.Forms.FileKind;
import com.clinic.journey.visit.Forms.UploadForm;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Forbidden;
import com.clinic.platform.InvalidInput;
import com.clinic.platform.NotFound;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.command.Commands;
import com.clinic.platform.port.FileStore.Presigned;
import com.clinic.platform.port.IdGenerator;
import com.clinic.platform.port.IdempotencyKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * H-02 the customer's service group: messages of the team, the customer and the admin (and the system's notices),
 * listed to the group's members only, each with who has read it and when — so customer service sees whether the
 * customer has read a message.
 */
public final class ProgramGroup {
    private static final Pattern URL = Pattern.compile("https?://[^\\s]{1,490}");

    private final Commands<Program, ProgramEvent> programs;
    private final GroupMessages messages;
    private final Files files;
    private final IdGenerator ids;

    public ProgramGroup(Commands<Program, ProgramEvent> programs, GroupMessages messages, Files files,
                        IdGenerator ids) {
        this.programs = programs;
        this.messages = messages;
        this.files = files;
        this.ids = ids;
    }

    public enum Kind { TEXT, LINK, PHOTO, SYSTEM }

    /** Who wrote a message: a member (with the part they play in the group) or the system. */
    public record Author(String id, String name, String part) {
    }

    /**
     * A message as stored, with the group's customer (whose read customer service watches); {@code reads} holds
     * each member who has read it and when.
     */
    public record Message(String id, String programId, String customerId, Kind kind, String text, String url,
                          String photoKey, Author author, Instant at, Map<String, Instant> reads) {
        public Message {
            reads = Map.copyOf(reads);
        }
    }

    /** The group's messages, stored once each, newest first; a read receipt is kept once per member. */
    public interface GroupMessages {
        Message post(Message message);

        Page<Message> list(String programId, PageRequest page);

        Optional<Message> markRead(String programId, String messageId, String memberId, Instant at);
    }

    /** A member's message: text, a link with its text, or a photo (uploaded first) with an optional caption. */
    public record MessageForm(String kind, String text, String url, String photoKey) {
        MessageForm validate() {
            Check check = new Check();
            Kind k = check.oneOf("kind", kind, Kind.class, Kind.TEXT);
            if (k == Kind.SYSTEM) {
                check.fail("kind", "is TEXT, LINK or PHOTO: SYSTEM messages are the system's");
            }
            String t = k == Kind.PHOTO ? check.optional("text", text, 2000) : check.required("text", text, 2000);
            String u = check.optional("url", url, 500);
            if (k == Kind.LINK && (u == null || !URL.matcher(u).matches())) {
                check.fail("url", "a LINK needs an http(s) address");
            } else if (k != Kind.LINK && u != null) {
                check.fail("url", "only a LINK carries an address");
            }
            String photo = check.optional("photoKey", photoKey, 512);
            if (k == Kind.PHOTO && photo == null) {
                check.fail("photoKey", "a PHOTO names the key of its upload (POST …/messages/photo-uploads)");
            } else if (k != Kind.PHOTO && photo != null) {
                check.fail("photoKey", "only a PHOTO carries a photo");
            }
            check.done();
            return new MessageForm(k.name(), t, u, photo);
        }
    }

    /** A photo for the group: the presigned upload of one member's picture (nothing is posted until sent). */
    public UploadTicket photoUpload(Actor actor, String programId, UploadForm form) {
        return files.uploadUnder(photoFolder(member(actor, programId)), FileKind.PHOTO, form);
    }

    public Message post(Actor actor, String programId, MessageForm form, IdempotencyKey key) {
        MessageForm valid = Check.body(form).validate();
        Program p = member(actor, programId);
        String photo = null;
        if (valid.photoKey() != null) {
            if (!valid.photoKey().startsWith(photoFolder(p))) {
                throw InvalidInput.of("photoKey", "must be the key of an upload URL issued for this group");
            }
            photo = files.landed(valid.photoKey(), "photoKey").key();
        }
        String id = key == null ? ids.newId() : key.recordId(programId);
        return messages.post(new Message(id, p.id(), p.order().customerId(), Kind.valueOf(valid.kind()),
                valid.text(), valid.url(), photo, author(actor, p), programs.now(), Map.of()));
    }

    /** A photo message's picture as a short-lived download link (none for other kinds). */
    public Presigned photo(Message m) {
        return m.photoKey() == null ? null : files.download(m.photoKey());
    }

    static String photoFolder(Program p) {
        return "programs/" + p.id() + "/group/";
    }

    public Page<Message> list(Actor actor, String programId, PageRequest page) {
        return messages.list(member(actor, programId).id(), page);
    }

    /** The member has read the message (a second read keeps the first time). */
    public Message read(Actor actor, String programId, String messageId) {
        Program p = member(actor, programId);
        return messages.markRead(p.id(), messageId, actor.id(), programs.now())
                .orElseThrow(() -> new NotFound("messageId", "no message " + messageId + " in this group"));
    }

    /** The system as a message's author (a notice, a link). */
    public static final Author SYSTEM = new Author("system", "系统", "系统");


    /**
     * The group messages a change of the program brings, written in its transaction (so once, whatever the
     * retries): the archive link when the contract becomes signed (H-05), the shipment notice when it is confirmed
     * (H-11), customer service's follow-up when it is for the group (H-12).
     */
    public static java.util.List<Message> broughtBy(Program before, Program after) {
        java.util.List<Message> out = new java.util.ArrayList<>();
        String customer = after.order().customerId();
        Author system = SYSTEM;
        if (after.contract().status() == Contract.Status.SIGNED
                && (before == null || before.contract().status() != Contract.Status.SIGNED)) {
            out.add(new Message(after.id() + "-archive-link", after.id(), customer, Kind.LINK,
                    ProgramWording.ARCHIVE_LINK,
                    "/programs/" + after.id() + "/archive", null, system, after.contract().at(), Map.of()));
        }
        Delivery was = before == null ? null : before.delivery();
        Delivery now = after.delivery();
        if (now != null && now.shipment() != null && (was == null || was.shipment() == null)) {
            out.add(new Message(after.id() + "-shipped", after.id(), customer, Kind.SYSTEM,
                    ProgramWording.shipmentNotice(now.packing()),
                    null, null, system, now.shipment().at(), Map.of()));
        }
        int seen = was == null ? 0 : was.followUps().size();
        if (now != null) {
            for (int i = seen; i < now.followUps().size(); i++) {
                Delivery.FollowUp f = now.followUps().get(i);
                if (!f.privately()) {
                    out.add(new Message(after.id() + "-delivery-" + (i + 1), after.id(), customer, Kind.TEXT, f.text(),
                            null, null, new Author(f.by().id(), f.by().name(), seatOf(after, f.by().id())), f.at(),
                            Map.of()));
                }
            }
        }
        return out;
    }

    /** H-14 / H-16 the posts a plan day's change makes, each a message from the assistant coach, once. */
    public static java.util.List<Message> postedBy(PlanDay before, PlanDay after) {
        int seen = before == null ? 0 : before.posts().size();
        java.util.List<Message> out = new java.util.ArrayList<>();
        for (int i = seen; i < after.posts().size(); i++) {
            PlanDay.Post post = after.posts().get(i);
            out.add(new Message(after.id() + "-" + (i + 1), after.programId(), after.customerId(), Kind.TEXT,
                    post.text(), null, null, new Author(post.by().id(), post.by().name(),
                    Team.Seat.ASSISTANT_COACH.label()), post.at(), Map.of()));
        }
        return out;
    }

    private static String seatOf(Program p, String staffId) {
        return p.team().invitations().stream().filter(i -> i.member().id().equals(staffId))
                .map(i -> i.seat().label()).findFirst().orElse(Role.CUSTOMER_SERVICE.label());
    }

    /** The program, if the caller may see it (else 404) and sits in its group (else 403). */
    private Program member(Actor actor, String programId) {
        Program p = programs.visible(actor, programId);
        if (!p.inGroup(actor)) {
            throw new Forbidden("only the group's members read and write in it");
        }
        return p;
    }

    private static Author author(Actor actor, Program p) {
        if (actor.id().equals(p.order().customerId())) {
            return new Author(actor.id(), p.order().customerName(), Role.CUSTOMER.label());
        }
        String part = p.team().invitations().stream().filter(i -> i.member().id().equals(actor.id()))
                .map(i -> i.seat().label()).findFirst().orElse(Role.ADMIN.label());
        return new Author(actor.id(), actor.name(), part);
    }
}
