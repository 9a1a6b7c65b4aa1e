package com.clinic.printing;

import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.visit.Visit;
import com.clinic.journey.visit.VisitAccess;
import com.clinic.journey.visit.VisitPart;
import com.clinic.journey.visit.VisitStage;
import com.clinic.platform.Actor;
import com.clinic.platform.NotFound;
import com.clinic.platform.Refused;
import com.clinic.platform.port.FileStore.Presigned;
import java.time.Clock;
import java.util.Optional;

/**
 * Printing (C-07 barcode label, C-13 item sheet): a request queues a job; the print worker ({@link PrintWorker})
 * renders the PDF, stores it and marks the job done; the front end polls the job and downloads the PDF by a
 * presigned link.
 */
public final class PrintService {
    private final VisitCommands commands;
    private final PrintJobs jobs;
    private final PrintQueue queue;
    private final Files files;
    private final Clock clock;

    public PrintService(VisitCommands commands, PrintJobs jobs, PrintQueue queue, Files files, Clock clock) {
        this.commands = commands;
        this.jobs = jobs;
        this.queue = queue;
        this.files = files;
        this.clock = clock;
    }

    public PrintJob request(Actor actor, String code, PrintKind kind) {
        Visit v = commands.visible(actor, code, switch (kind) {
            case ITEM_SHEET -> VisitPart.BILL;
            case SELF_MEDIA_LABEL -> VisitPart.BOOKING;
            case BARCODE_LABEL -> VisitPart.IDENTITY;
            case SIGNED_CONTRACT, SERVICE_SUMMARY, TREND_CHART, DATA_COPY -> throw new IllegalArgumentException(kind + " is handed over whole");
        });
        if (kind == PrintKind.BARCODE_LABEL && !VisitStage.IN_CLINIC.contains(v.stage())) {
            throw new Refused("the barcode is printed after the arrival is confirmed; the visit is " + v.stage());
        }
        if (kind == PrintKind.SELF_MEDIA_LABEL && (v.arrivedAt() == null || v.customer().source() == null)) {
            throw new Refused(v.arrivedAt() == null ? "the label is printed for a customer who has come to the clinic"
                    : "no source / self-media account on record: add it to the customer's basic information first");
        }
        if (kind == PrintKind.ITEM_SHEET && !VisitStage.PRICED.contains(v.stage())) {
            throw new Refused("the item sheet is printed after the price review; the visit is " + v.stage());
        }
        PrintJob job = PrintJob.queued(commands.ids().newId(), kind, code, actor.ref(), clock.instant())
                .seenAs(VisitAccess.parts(actor, v));
        jobs.create(job);
        queue.enqueue(job.id());
        return job;
    }

    /** A document handed over whole, queued under a given id (so a retried request finds its job). */
    public PrintJob requestDocument(Actor actor, String id, PrintKind kind, String subject, PrintDocument document) {
        Optional<PrintJob> existing = jobs.find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        PrintJob job = PrintJob.queuedDocument(id, kind, subject, document, actor.ref(), clock.instant());
        jobs.create(job);
        queue.enqueue(job.id());
        return job;
    }

    /**
     * The job, and a download link once it is done; only for whom the job's visit is their business (the PDF
     * carries the customer's name and, on the item sheet, the treatments).
     */
    public Viewed get(Actor actor, String id) {
        PrintJob job = jobs.find(id).filter(j -> j.document() != null ? j.document().visibleTo(actor)
                        : VisitAccess.canSee(actor, commands.get(j.visitCode())))
                .orElseThrow(() -> new NotFound("id", "no print job " + id));
        return new Viewed(job, job.status() == PrintJob.Status.DONE ? files.download(job.fileKey()) : null);
    }

    /** A job as the front end sees it. */
    public record Viewed(PrintJob job, Presigned download) {
    }
}
