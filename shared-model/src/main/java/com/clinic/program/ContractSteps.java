package com.clinic.program;

import com.clinic.platform.Actor;
import com.clinic.platform.StaffRef;
import com.clinic.platform.command.Decision;
import com.clinic.platform.command.Decision.Accepted;
import com.clinic.program.Program.ContractType;
import com.clinic.program.ProgramEvent.ContractResignRequested;
import com.clinic.program.ProgramEvent.ContractSigned;
import com.clinic.program.ProgramEvent.ContractSignedByCustomer;
import java.time.Instant;

/**
 * H-03 / H-04 the program's contract: offline, its signed original scanned (or found unreadable, to be signed
 * again); online, signed by the customer on the version she read and countersigned by the admin. Signed, it opens
 * H-05's deadline.
 */
public final class ContractSteps {
    private ContractSteps() {
    }

    /**
     * H-03 行政处理线下合同签署: the scan of the signed original, checked to be in storage, confirms the offline
     * contract (已签署).
     */
    public static Decision<Program, ProgramEvent> confirmOffline(Program p, String scanKey, long bytes, StaffRef by,
                                                                 Instant at, Program.Due due) {
        String refused = offlineClosed(p);
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return new Accepted<>(p.next(p.stage(), p.team(), Contract.offline(Contract.Status.SIGNED, scanKey, bytes,
                null, by, at), Program.plus(p.deadlines(), Step.FILL_ARCHIVE, due.of(Step.FILL_ARCHIVE), at)),
                new ContractSigned(p.id(), by, at, true));
    }

    /** H-03 异常处理: the original is unclear or wrong; customer service asks the customer to sign again. */
    public static Decision<Program, ProgramEvent> unreadable(Program p, String reason, StaffRef by, Instant at) {
        String refused = offlineClosed(p);
        if (refused != null) {
            return Decision.refuse(refused);
        }
        return new Accepted<>(p.next(p.stage(), p.team(), Contract.offline(Contract.Status.RESIGN_REQUESTED, null, 0,
                reason, by, at), p.deadlines()), new ContractResignRequested(p.id(), by, at, reason));
    }

    /**
     * H-04 the customer signs online: the version of the text she was shown (a stale one is a 400 naming version)
     * and her name as signature; the version and digest are kept with it, and the admin owes the countersignature
     * by {@code countersignDue}.
     */
    public static Decision<Program, ProgramEvent> signOnline(Program p, ContractTemplate template, String shownVersion,
                                                             String name, Actor customer, Instant at,
                                                             Instant countersignDue) {
        if (!customer.id().equals(p.order().customerId())) {
            return Decision.refuse("only the customer signs her contract");
        }
        if (p.contractType() != ContractType.ONLINE) {
            return Decision.refuse(p.contractType() == null ? "the contract type is not confirmed yet"
                    : "an offline contract is signed on paper");
        }
        if (p.contract().status() != Contract.Status.PENDING) {
            return Decision.refuse("the contract is signed already");
        }
        if (!template.version().equals(shownVersion)) {
            return Decision.invalid("version", "the contract is now version " + template.version()
                    + ": read it again before signing");
        }
        Contract signed = new Contract(Contract.Status.CUSTOMER_SIGNED, null, 0, null, null, at, template.version(),
                template.digest(), new Contract.Signed(customer.id(), name, at), null, null);
        return new Accepted<>(p.next(p.stage(), p.team(), signed, Program.plus(p.deadlines(),
                Step.COUNTERSIGN_CONTRACT, countersignDue, at)),
                new ContractSignedByCustomer(p.id(), customer.ref(), at, template.version()));
    }

    /**
     * H-04 代表公司签署: the admin countersigns; the signed PDF is the print job {@code pdfJobId}. Signed, the
     * contract opens H-05: the archive link goes to the group, and customer service reminds her after 24 h.
     */
    public static Decision<Program, ProgramEvent> countersign(Program p, StaffRef by, Instant at, String pdfJobId,
                                                              Program.Due due) {
        Contract c = p.contract();
        if (c.status() != Contract.Status.CUSTOMER_SIGNED) {
            return Decision.refuse(c.status() == Contract.Status.SIGNED ? "the contract is signed already"
                    : "the customer signs first");
        }
        Contract signed = new Contract(Contract.Status.SIGNED, null, 0, null, by, at, c.textVersion(),
                c.textDigest(), c.customer(), new Contract.Signed(by.id(), by.name(), at), pdfJobId);
        return new Accepted<>(p.next(p.stage(), p.team(), signed, Program.plus(p.done(Step.COUNTERSIGN_CONTRACT, at),
                Step.FILL_ARCHIVE, due.of(Step.FILL_ARCHIVE), at)), new ContractSigned(p.id(), by, at, false));
    }

    /** Named policy: only an offline contract, once its type is confirmed, not signed twice. */
    private static String offlineClosed(Program p) {
        if (p.contractType() != ContractType.OFFLINE) {
            return p.contractType() == null ? "the contract type is not confirmed yet"
                    : "an online contract is signed in the app";
        }
        return p.contract().status() == Contract.Status.SIGNED ? "the contract is signed already" : null;
    }
}
