package com.clinic.printing;

import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.platform.NotFound;
import java.time.Clock;

/**
 * The print worker (C-07, C-13): renders a queued job's PDF, stores it and finishes the job. Apart from
 * {@link PrintService} so that only the print worker's artifact carries the renderer (OpenPDF and the fonts).
 */
public final class PrintWorker {
    private final VisitCommands commands;
    private final PrintJobs jobs;
    private final PrintRenderer renderer;
    private final Files files;
    private final Clock clock;

    public PrintWorker(VisitCommands commands, PrintJobs jobs, PrintRenderer renderer, Files files, Clock clock) {
        this.commands = commands;
        this.jobs = jobs;
        this.renderer = renderer;
        this.files = files;
        this.clock = clock;
    }

    /**
     * A re-delivered message for a finished job does nothing. A job that cannot be rendered is marked failed
     * (retrying would fail again); a storage error is thrown so the queue retries.
     */
    public void render(String id) {
        PrintJob job = jobs.find(id).orElseThrow(() -> new NotFound("id", "no print job " + id));
        if (job.status() != PrintJob.Status.QUEUED) {
            return;
        }
        PrintRenderer.Rendered rendered;
        try {
            rendered = job.document() != null ? renderer.render(job.document())
                    : renderer.render(job, commands.get(job.visitCode()));
        } catch (RuntimeException e) {
            jobs.finish(job.failed(String.valueOf(e.getMessage()), clock.instant()));
            return;
        }
        files.put(job.pdfKey(), rendered.pdf(), "application/pdf");
        jobs.finish(job.done(rendered.undrawable(), clock.instant()));
    }
}
