package com.clinic.clinical.functions;

import com.clinic.clinical.consultation.ConsultationService;
import com.clinic.clinical.dynamodb.DynamoExamQuarantine;
import com.clinic.clinical.exam.ExamQuarantine;
import com.clinic.clinical.files.ClinicalFilesService;
import com.clinic.journey.Files;
import com.clinic.journey.VisitCommands;
import com.clinic.journey.VisitStore;
import com.clinic.platform.catalog.CatalogStore;
import com.clinic.platform.notification.NotificationPublisher;
import com.clinic.platform.privacy.Consents;
import com.clinic.platform.staff.StaffDirectory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The clinical department's services: photos, exams, triage, consultation, price review and the item sheet. Only
 * this department's artifact carries this factory, so another department's function neither loads its definitions
 * at start nor can reach its services.
 */
@Factory
public class ClinicalBeans {

    @Singleton
    ExamQuarantine examQuarantine(DynamoDbClient dynamo, @Property(name = "clinic.table") String table) {
        return new DynamoExamQuarantine(dynamo, table);
    }

    @Singleton
    ClinicalFilesService clinicalFilesService(VisitCommands commands, Files files, ExamQuarantine quarantine,
                                              NotificationPublisher notifier, Consents consents) {
        return new ClinicalFilesService(commands, files, quarantine, notifier, consents);
    }

    @Singleton
    ConsultationService consultationService(VisitCommands commands, VisitStore visits, StaffDirectory staff,
                                            CatalogStore catalogue, Files files, Consents consents) {
        return new ConsultationService(commands, visits, staff, catalogue, files, consents);
    }
}
