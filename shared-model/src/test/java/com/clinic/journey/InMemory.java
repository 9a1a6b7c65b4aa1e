package com.clinic.journey;

import com.clinic.journey.customer.Customer;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.AuditRecord;
import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.Role;
import com.clinic.platform.StaleVersion;
import com.clinic.platform.command.Aggregate;
import com.clinic.platform.command.RecordKind;
import com.clinic.platform.notification.Notification;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.IdempotencyKey;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.port.TimerScheduler;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory ports, enough to run the use cases without any storage. */
public final class InMemory {
    private InMemory() {
    }

    /** Visits in memory: the visit store and, for them, the aggregate store of the command path. */
    public static final class Visits implements VisitStore, AggregateStore {
        public final Map<String, Visit> byCode = new HashMap<>();
        /** Records of the other kinds on the command path, by kind and id ({@code follow-up#V…-D02}). */
        public final Map<String, Aggregate> others = new HashMap<>();
        public final List<AuditRecord> audits = new ArrayList<>();
        /** The notifications written with the changes, in order. */
        public final List<Notification> outbox = new ArrayList<>();
        private final Map<String, Recorded> records = new HashMap<>();
        private final Map<String, String> phones = new HashMap<>();
        private final Map<String, com.clinic.journey.visit.CustomerProfile> profiles = new HashMap<>();

        public final Map<String, StaffMember> staff = new HashMap<>();
        /** The timers recorded with the changes that armed them. */
        public final List<Timer> armed = new ArrayList<>();

        @SuppressWarnings("unchecked")
        public <A extends Aggregate> Loaded<A> load(RecordKind<A, ?> kind, String code, IdempotencyKey key,
                                                    Related related) {
            Map<String, StaffMember> found = new HashMap<>();
            related.staffIds().stream().filter(staff::containsKey).forEach(id -> found.put(id, staff.get(id)));
            Aggregate record = kind.name().equals("visit") ? byCode.get(code) : others.get(kind.name() + "#" + code);
            Map<String, Aggregate> records = new HashMap<>();
            related.records().stream().filter(r -> others.containsKey(r.name()))
                    .forEach(r -> records.put(r.name(), others.get(r.name())));
            return new Loaded<>(Optional.ofNullable((A) record), key == null ? Optional.empty() : recorded(key),
                    found, Map.of(), records);
        }

        public Prepared prepareCreate(String phone, IdempotencyKey key) {
            return new Prepared(Optional.ofNullable(phones.get(phone)), Optional.ofNullable(profiles.get(phone)),
                    key == null ? Optional.empty() : recorded(key));
        }

        public Optional<Recorded> recorded(IdempotencyKey key) {
            return Optional.ofNullable(records.get(key.key()));
        }

        public void create(Visit visit, AuditRecord audit, IdempotencyKey key, Customer newCustomer,
                           List<Notification> notifications) {
            if (byCode.containsKey(visit.code())) {
                throw new CodeTaken();
            }
            write(visit, audit, key, notifications);
            if (newCustomer != null) {
                phones.put(newCustomer.profile().phone(), newCustomer.id());
                profiles.put(newCustomer.profile().phone(), newCustomer.profile());
            }
        }

        public <A extends Aggregate> void commit(RecordKind<A, ?> kind, A before, A after, AuditRecord audit,
                                                 IdempotencyKey key, Effects effects) {
            this.armed.addAll(effects.armed());
            List<Notification> notifications = effects.notifications();
            if (!(after instanceof Visit)) {
                if (others.get(kind.name() + "#" + before.id()).version() != before.version()) {
                    throw new StaleVersion("changed");
                }
                others.put(kind.name() + "#" + after.id(), after);
                audits.add(audit);
                outbox.addAll(notifications);
                effects.followers().forEach(f -> {
                    others.put(f.kind().name() + "#" + f.after().id(), f.after());
                    audits.add(f.audit());
                });
                return;
            }
            if (byCode.get(before.id()).version() != before.version()) {
                throw new StaleVersion("changed");
            }
            write((Visit) after, audit, key, notifications);
        }

        private void write(Visit v, AuditRecord audit, IdempotencyKey key, List<Notification> notifications) {
            if (key != null && records.containsKey(key.key())) {
                throw new DuplicateRequest();
            }
            byCode.put(v.code(), v);
            audits.add(audit);
            outbox.addAll(notifications);
            if (key != null) {
                records.put(key.key(), new Recorded(key.fingerprint(), v.code(), v.version()));
            }
        }

        public <A extends Aggregate> void create(RecordKind<A, ?> kind, A record, AuditRecord audit,
                                                 IdempotencyKey key, Effects effects) {
            if (!(record instanceof Visit)) {
                if (key != null && records.containsKey(key.key())) {
                    throw new DuplicateRequest();
                }
                if (others.putIfAbsent(kind.name() + "#" + record.id(), record) != null) {
                    throw new AlreadyExists();
                }
                if (key != null) {
                    records.put(key.key(), new Recorded(key.fingerprint(), record.id(), record.version()));
                }
                audits.add(audit);
                outbox.addAll(effects.notifications());
                this.armed.addAll(effects.armed());
                effects.followers().forEach(f -> others.put(f.kind().name() + "#" + f.after().id(), f.after()));
                return;
            }
            if (byCode.containsKey(record.id())) {
                throw new AlreadyExists();
            }
            write((Visit) record, audit, key, effects.notifications());
        }

        public Page<Visit> listQueue(String queue, PageRequest page) {
            return new Page<>(byCode.values().stream().filter(v -> queue.equals(v.workQueue())).toList(), null);
        }

        public Page<Visit> listDriverDay(String driverId, LocalDate day, PageRequest page) {
            return new Page<>(List.of(), null);
        }

        public Page<Visit> listConsultant(String consultantId, PageRequest page) {
            return new Page<>(List.of(), null);
        }

        public Page<Visit> listExpected(LocalDate day, PageRequest page) {
            return new Page<>(List.of(), null);
        }

        public List<AuditRecord> auditTrail(String code) {
            return audits.stream().filter(a -> a.subject().equals(code)).toList();
        }
    }

    public static final class Staff implements StaffDirectory {
        public final Map<String, StaffMember> members = new HashMap<>();

        public Optional<StaffMember> find(String id) {
            return Optional.ofNullable(members.get(id));
        }

        public List<StaffMember> withRole(Role role) {
            return members.values().stream().filter(m -> m.canAct(role)).toList();
        }

        public void save(StaffMember member) {
            members.put(member.id(), member);
        }
    }

    public static final class Timers implements TimerScheduler {
        public final Map<String, Timer> pending = new HashMap<>();

        public void schedule(Timer timer) {
            pending.putIfAbsent(timer.name(), timer);
        }

        public void cancel(String name) {
            pending.remove(name);
        }
    }

    /** The armed timers the visits recorded with their changes. */
    public static final class Armed implements com.clinic.platform.port.ArmedTimers {
        private final Visits visits;

        public Armed(Visits visits) {
            this.visits = visits;
        }

        public List<Timer> of(com.clinic.platform.timer.TimerKind.Subject subject, String id) {
            return visits.armed.stream().filter(t -> t.kind().subject() == subject && t.subjectId().equals(id))
                    .toList();
        }
    }
}
