package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.key;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.Role;
import com.clinic.platform.staff.StaffDirectory;
import com.clinic.platform.staff.StaffMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Staff profiles ({@code STAFF#id / PROFILE}) and one membership item per role ({@code ROLE#r / STAFF#id})
 * carrying a copy of the profile, so "all drivers" is one Query.
 */
public final class DynamoStaffDirectory implements StaffDirectory {
    static final String PROFILE = "PROFILE";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoStaffDirectory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<StaffMember> find(String id) {
        Map<String, AttributeValue> found = dynamo.getItem(b -> b.tableName(table).key(profileKey(id))).item();
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(fromItem(found));
    }

    @Override
    public List<StaffMember> withRole(Role role) {
        List<StaffMember> out = new ArrayList<>(Queries.all(dynamo, b -> b.tableName(table)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s("ROLE#" + role.name()))))
                .stream().map(DynamoStaffDirectory::fromItem).filter(StaffMember::active).toList());
        out.sort(Comparator.comparing(StaffMember::name));
        return out;
    }

    @Override
    public void save(StaffMember member) {
        Set<Role> previous = find(member.id()).map(StaffMember::roles).orElse(Set.of());
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(toItem(member, "STAFF#" + member.id(), PROFILE)));
        for (Role role : member.roles()) {
            writes.add(put(toItem(member, "ROLE#" + role.name(), "STAFF#" + member.id())));
        }
        for (Role gone : previous) {
            if (!member.roles().contains(gone)) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(key("ROLE#" + gone.name(), "STAFF#" + member.id()))).build());
            }
        }
        dynamo.transactWriteItems(b -> b.transactItems(writes));
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    private static Map<String, AttributeValue> toItem(StaffMember m, String pk, String sk) {
        return item().put("pk", pk).put("sk", sk).put("type", "STAFF").put("id", m.id()).put("name", m.name())
                .put("phone", m.phone())
                .putStrings("roles", m.roles().stream().map(Role::name).sorted().toList())
                .put("active", m.active()).build();
    }

    static Map<String, AttributeValue> profileKey(String id) {
        return key("STAFF#" + id, PROFILE);
    }

    static StaffMember fromItem(Map<String, AttributeValue> i) {
        return new StaffMember(str(i, "id"), str(i, "name"), str(i, "phone"),
                Attrs.strings(i, "roles").stream().map(Role::valueOf).collect(Collectors.toSet()),
                i.get("active").bool());
    }
}
