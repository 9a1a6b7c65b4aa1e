package com.clinic.clinical.functions.exam;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.platform.PageRequest;
import com.clinic.platform.api.ClinicFunction;
import com.clinic.platform.api.Serves;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * C-09 体检: the exam instruments upload to {@code exam-inbox/<visit code>/…}; S3 reports each new object to
 * EventBridge, whose rule invokes this function. The result is attached to its visit; an unknown code is
 * quarantined and the lab is told. A repeated event for the same object changes nothing; a failure is thrown
 * so EventBridge retries and, in the end, keeps the event in the rule's dead-letter queue.
 */
@Serves({"C-09"})
public class AttachExamResultFunction extends ClinicFunction<ScheduledEvent, Void> {
    private final ClinicalFilesService clinicalFiles = bean(ClinicalFilesService.class);

    public AttachExamResultFunction() {
    }

    public AttachExamResultFunction(ApplicationContext context) {
        super(context);
    }

    /** Before a snapshot: reads the quarantine list, through the same store and client as a real upload. */
    @Override
    protected void prime() {
        clinicalFiles.quarantined(new PageRequest(1, null));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Void execute(ScheduledEvent event) {
        Map<String, Object> object = (Map<String, Object>) event.getDetail().get("object");
        // EventBridge carries the key as stored (unlike S3's own notifications, it is not URL-encoded).
        String key = (String) object.get("key");
        Number size = (Number) object.getOrDefault("size", 0);
        clinicalFiles.examLanded(key, size.longValue());
        return null;
    }
}
