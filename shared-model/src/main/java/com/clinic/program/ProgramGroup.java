package com.clinic.program;

import com.clinic.journey.StaffPicks;
import com.clinic.platform.Actor;
import com.clinic.platform.Check;
import com.clinic.platform.Forbidden;
import com.clinic.platform.NotFound;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.command.Commands;
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
    private final IdGenerator ids;

    public ProgramGroup(Commands<Program, ProgramEvent> programs, GroupMessages messages, IdGenerator ids) {
        this.programs = programs;
        this.messages = messages;
        this.ids = ids;
    }

    public enum Kind { TEXT, LINK, SYSTEM }

    /** Who wrote a message: a member (with the part they play in the group) or the system. */
    public record Author(String id, String name, String part) {
    }

    /**
     * A message as stored, with the group's customer (whose read customer service watches); {@code reads} holds
     * each member who has read it and when.
     */
    public record Message(String id, String programId, String customerId, Kind kind, String text, String url,
                          Author author, Instant at, Map<String, Instant> reads) {
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

    /** A member's message: text, or a link with its text. */
    public record MessageForm(String kind, String text, String url) {
        MessageForm validate() {
            Check check = new Check();
            Kind k = check.oneOf("kind", kind, Kind.class, Kind.TEXT);
            if (k == Kind.SYSTEM) {
                check.fail("kind", "is TEXT or LINK: SYSTEM messages are the system's");
            }
            String t = check.required("text", text, 2000);
            String u = check.optional("url", url, 500);
            if (k == Kind.LINK && (u == null || !URL.matcher(u).matches())) {
                check.fail("url", "a LINK needs an http(s) address");
            } else if (k == Kind.TEXT && u != null) {
                check.fail("url", "only a LINK carries an address");
            }
            check.done();
            return new MessageForm(k.name(), t, u);
        }
    }

    public Message post(Actor actor, String programId, MessageForm form, IdempotencyKey key) {
        MessageForm valid = StaffPicks.require(form).validate();
        Program p = member(actor, programId);
        String id = key == null ? ids.newId() : key.recordId(programId);
        return messages.post(new Message(id, p.id(), p.order().customerId(), Kind.valueOf(valid.kind()),
                valid.text(), valid.url(),
                author(actor, p), programs.now(), Map.of()));
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

    /**
     * A notice the system posts in the group (named in the manual: the archive link, the shipment …), a SYSTEM text
     * or a LINK; its id is the notice's own, so posting it again stores it once.
     */
    public Message notice(Program p, Kind kind, String text, String url, String id, Instant at) {
        return messages.post(new Message(id, p.id(), p.order().customerId(), kind, text, url,
                new Author("system", "系统", "系统"), at, Map.of()));
    }

    /** A member's message recorded by one of their steps (customer service's follow-up of the goods), once. */
    public Message postFor(Actor actor, Program p, String text, String id, Instant at) {
        return messages.post(new Message(id, p.id(), p.order().customerId(), Kind.TEXT, text, null, author(actor, p),
                at, Map.of()));
    }

    /** The program, if the caller may see it (else 404) and sits in its group (else 403). */
    private Program member(Actor actor, String programId) {
        Program p = programs.find(programId).filter(x -> ProgramKind.PROGRAM.canSee(actor, x))
                .orElseThrow(() -> programs.notFound(programId));
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
