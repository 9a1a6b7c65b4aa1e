package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.calendar.CalendarYear;
import com.clinic.platform.port.CalendarStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code CALENDAR#CN / YEAR#<yyyy>}: the holiday notices loaded after the release, a handful of small items. */
public final class DynamoCalendarStore implements CalendarStore {
    private static final String PK = "CALENDAR#CN";
    private final ClinicTable table;

    public DynamoCalendarStore(DynamoDbClient dynamo, String table) {
        this.table = new ClinicTable(dynamo, table);
    }

    @Override
    public List<CalendarYear> years() {
        return table.client().query(b -> b.tableName(table.name()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(PK)))).items().stream()
                .map(DynamoCalendarStore::fromItem).toList();
    }

    @Override
    public void save(CalendarYear y) {
        table.client().putItem(b -> b.tableName(table.name()).item(item().put("pk", PK).put("sk", "YEAR#" + y.year())
                .put("type", "CALENDAR_YEAR").put("year", y.year())
                .putStrings("daysOff", y.daysOff().stream().map(LocalDate::toString).sorted().toList())
                .putStrings("makeUpWorkdays", y.makeUpWorkdays().stream().map(LocalDate::toString).sorted().toList())
                .put("source", y.source()).build()));
    }

    private static CalendarYear fromItem(Map<String, AttributeValue> i) {
        return new CalendarYear(Attrs.num(i, "year").intValue(), dates(i, "daysOff"), dates(i, "makeUpWorkdays"),
                str(i, "source"));
    }

    private static java.util.Set<LocalDate> dates(Map<String, AttributeValue> i, String name) {
        return Attrs.strings(i, name).stream().map(LocalDate::parse).collect(Collectors.toSet());
    }
}
