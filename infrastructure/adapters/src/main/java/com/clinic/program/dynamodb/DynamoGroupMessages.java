package com.clinic.program.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.Page;
import com.clinic.platform.PageRequest;
import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.program.group.ProgramGroup.Author;
import com.clinic.program.group.ProgramGroup.GroupMessages;
import com.clinic.program.group.ProgramGroup.Kind;
import com.clinic.program.group.ProgramGroup.Message;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@code GROUP#<programId> / MSG#<id>}: a message of a program's group, listed on gsi1 {@code GROUP#<programId>} by
 * {@code <at>#<id>}, newest first. Its {@code reads} map holds each member's first read, set once by a conditional
 * update, so a second read keeps the first time.
 */
public final class DynamoGroupMessages implements GroupMessages {
    private final ClinicTable table;

    public DynamoGroupMessages(ClinicTable table) {
        this.table = table;
    }

    @Override
    public Message post(Message m) {
        if (table.putIfAbsent(itemOf(m))) {
            return m;
        }
        return read(m.programId(), m.id()).orElseThrow();
    }

    /** A message's item (also written by a program change that brings it). */
    public static Map<String, AttributeValue> itemOf(Message m) {
        return item().put("pk", "GROUP#" + m.programId()).put("sk", "MSG#" + m.id())
                .put("type", "GROUPMESSAGE").put("id", m.id()).put("programId", m.programId())
                .put("customerId", m.customerId())
                .put("kind", m.kind().name()).put("text", m.text()).put("url", m.url()).put("photoKey", m.photoKey())
                .put("author", item().put("id", m.author().id()).put("name", m.author().name())
                        .put("part", m.author().part()).build())
                .put("at", m.at()).put("reads", Map.of())
                .put("gsi1pk", "GROUP#" + m.programId()).put("gsi1sk", m.at() + "#" + m.id()).build();
    }

    @Override
    public Page<Message> list(String programId, PageRequest page) {
        return table.query("gsi1", "gsi1pk", "GROUP#" + programId, page, false, DynamoGroupMessages::message);
    }

    @Override
    public Optional<Message> markRead(String programId, String messageId, String memberId, Instant at) {
        try {
            return Optional.of(message(table.client().updateItem(b -> b.tableName(table.name())
                    .key(Attrs.key("GROUP#" + programId, "MSG#" + messageId))
                    .updateExpression("SET #r.#m = if_not_exists(#r.#m, :at)")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeNames(Map.of("#r", "reads", "#m", memberId))
                    .expressionAttributeValues(Map.of(":at", s(at.toString())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes()));
        } catch (ConditionalCheckFailedException noSuchMessage) {
            return Optional.empty();
        }
    }

    private Optional<Message> read(String programId, String id) {
        Map<String, AttributeValue> i = table.client().getItem(b -> b.tableName(table.name()).consistentRead(true)
                .key(Attrs.key("GROUP#" + programId, "MSG#" + id))).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(message(i));
    }

    private static Message message(Map<String, AttributeValue> i) {
        Map<String, Instant> reads = new LinkedHashMap<>();
        map(i, "reads").forEach((member, at) -> reads.put(member, Instant.parse(at.s())));
        Map<String, AttributeValue> a = map(i, "author");
        return new Message(str(i, "id"), str(i, "programId"), str(i, "customerId"), Kind.valueOf(str(i, "kind")), str(i, "text"),
                str(i, "url"), str(i, "photoKey"), new Author(str(a, "id"), str(a, "name"), str(a, "part")), instant(i, "at"), reads);
    }
}
