package com.clinic.program.course;

import com.clinic.platform.StaffRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Video call {@code n} (1–3), opened when the system notified the coaches: its bookings, notes and holding. */
public record Call(int n, Instant openedAt, List<Booking> bookings, Notes notes, Held held) {
    public Call {
        bookings = List.copyOf(bookings);
    }

    /** A booked time, on a channel (微信视频, 腾讯会议…), cancelled when the customer cannot come. */
    public record Booking(Instant at, String channel, StaffRef by, Instant bookedAt, Cancellation cancelled) {
        Booking cancel(Cancellation c) {
            return new Booking(at, channel, by, bookedAt, c);
        }
    }

    /** The customer cannot come: her reason, and who recorded it (she herself in the app, or a team member). */
    public record Cancellation(String reason, StaffRef by, Instant at) {
    }

    /** The assistant coach's record of the customer's questions and needs. */
    public record Notes(List<String> questions, List<String> needs, StaffRef by, Instant at) {
        public Notes {
            questions = List.copyOf(questions);
            needs = List.copyOf(needs);
        }
    }

    /** The call took place: what was covered (the head coach's checklist) and its summary. */
    public record Held(List<String> covered, String summary, StaffRef by, Instant at) {
        public Held {
            covered = List.copyOf(covered);
        }
    }

    static Call opened(int n, Instant at) {
        return new Call(n, at, List.of(), null, null);
    }

    public CallPurpose purpose() {
        return CallPurpose.of(n);
    }

    /** The booking that stands (the last one, not cancelled). */
    public Optional<Booking> booking() {
        return bookings.isEmpty() || last().cancelled() != null ? Optional.empty() : Optional.of(last());
    }

    /** The last cancellation, while no new time is booked. */
    public Optional<Cancellation> awaitingNewTime() {
        return bookings.isEmpty() ? Optional.empty() : Optional.ofNullable(last().cancelled());
    }

    private Booking last() {
        return bookings.get(bookings.size() - 1);
    }

    Call booked(Booking b) {
        List<Booking> all = new java.util.ArrayList<>(bookings);
        all.add(b);
        return new Call(n, openedAt, all, notes, null);
    }

    Call cancelled(Cancellation c) {
        List<Booking> all = new java.util.ArrayList<>(bookings);
        all.set(all.size() - 1, last().cancel(c));
        return new Call(n, openedAt, all, notes, null);
    }

    Call noted(Notes x) {
        return new Call(n, openedAt, bookings, x, held);
    }

    Call held(Held h) {
        return new Call(n, openedAt, bookings, notes, h);
    }
}
