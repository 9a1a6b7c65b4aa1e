package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.port.ArmedTimers;
import com.clinic.platform.port.TimerScheduler.Timer;
import com.clinic.platform.timer.TimerKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code TIMERS#<subject>-<id> / <timer name>}: what was armed for a visit or a plan, written with the change that
 * armed it ({@link DynamoAggregateStore#commit}) and kept until two days after the timer's time (TTL), when
 * nothing can cancel it any more.
 */
public final class DynamoArmedTimers implements ArmedTimers {
    static final Duration KEEP_AFTER = Duration.ofDays(2);
    private final ClinicTable table;

    public DynamoArmedTimers(DynamoDbClient dynamo, String table) {
        this.table = new ClinicTable(dynamo, table);
    }

    private static String pk(TimerKind.Subject subject, String id) {
        return "TIMERS#" + TimerKind.namePrefix(subject, id);
    }

    static Map<String, AttributeValue> toItem(Timer t) {
        return item().put("pk", pk(t.kind().subject(), t.subjectId())).put("sk", t.name()).put("type", "ARMED_TIMER")
                .put("kind", t.kind().name()).put("subject", t.subjectId()).put("occurrence", t.occurrence())
                .put("at", t.at()).put("expiresAt", t.at().plus(KEEP_AFTER).getEpochSecond()).build();
    }

    @Override
    public List<Timer> of(TimerKind.Subject subject, String id) {
        return table.client().query(b -> b.tableName(table.name()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk(subject, id)))).consistentRead(true)).items().stream()
                .map(i -> new Timer(TimerKind.valueOf(str(i, "kind")), str(i, "subject"),
                        Attrs.num(i, "occurrence").intValue(), Attrs.instant(i, "at"))).toList();
    }
}
