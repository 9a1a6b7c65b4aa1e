package com.clinic.platform.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.instant;
import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.map;
import static com.clinic.platform.dynamodb.Attrs.maps;
import static com.clinic.platform.dynamodb.Attrs.num;
import static com.clinic.platform.dynamodb.Attrs.objects;
import static com.clinic.platform.dynamodb.Attrs.staff;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.StaffRef;
import com.clinic.platform.command.KeptList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every kept list is one item {@code <NAME> / <NAME>}: its entries under one attribute, who changed it last and
 * when, its version. A list brings only how an entry is written and read, and how the record is made.
 */
public final class KeptListItems<L extends KeptList<E>, E> implements ItemMapping<L> {
    /** How the list's record is made from what is stored. */
    @FunctionalInterface
    public interface Maker<L, E> {
        L make(String id, List<E> entries, StaffRef changedBy, Instant changedAt, long version);
    }

    private final String name;
    private final String attribute;
    private final Function<E, Map<String, AttributeValue>> write;
    private final Function<Map<String, AttributeValue>, E> read;
    private final Maker<L, E> maker;

    public KeptListItems(String name, String attribute, Function<E, Map<String, AttributeValue>> write,
                         Function<Map<String, AttributeValue>, E> read, Maker<L, E> maker) {
        this.name = name;
        this.attribute = attribute;
        this.write = write;
        this.read = read;
        this.maker = maker;
    }

    @Override
    public Map<String, AttributeValue> key(String id) {
        return Attrs.key(name, name);
    }

    @Override
    public Map<String, AttributeValue> toItem(L l) {
        return item().put("pk", name).put("sk", name).put("type", name).put("id", l.id())
                .putList(attribute, maps(l.entries(), write)).put("changedBy", staff(l.changedBy()))
                .put("changedAt", l.changedAt()).put("version", l.version()).build();
    }

    @Override
    public L fromItem(Map<String, AttributeValue> i) {
        return maker.make(str(i, "id"), objects(i, attribute, read::apply), staff(map(i, "changedBy")),
                instant(i, "changedAt"), num(i, "version"));
    }
}
