package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.key;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.catalog.CatalogItem;
import com.clinic.platform.catalog.CatalogStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The catalogue in one partition ({@code CATALOG / ITEM#id}): a clinic sells dozens of treatments, not millions. */
public final class DynamoCatalogStore implements CatalogStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCatalogStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void save(CatalogItem c) {
        dynamo.putItem(b -> b.tableName(table).item(item().put("pk", "CATALOG").put("sk", "ITEM#" + c.id())
                .put("type", "CATALOG_ITEM").put("id", c.id()).put("name", c.name()).put("listPrice", c.listPrice())
                .put("active", c.active()).put("updatedAt", c.updatedAt()).build()));
    }

    @Override
    public List<CatalogItem> all() {
        List<CatalogItem> out = new ArrayList<>(Queries.all(dynamo, b -> b.tableName(table)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s("CATALOG"))))
                .stream().map(DynamoCatalogStore::fromItem).toList());
        out.sort(Comparator.comparing(CatalogItem::name));
        return out;
    }

    static Map<String, AttributeValue> itemKey(String id) {
        return key("CATALOG", "ITEM#" + id);
    }

    static CatalogItem fromItem(Map<String, AttributeValue> i) {
        return new CatalogItem(str(i, "id"), str(i, "name"), Attrs.num(i, "listPrice"), i.get("active").bool(),
                Attrs.instant(i, "updatedAt"));
    }
}
