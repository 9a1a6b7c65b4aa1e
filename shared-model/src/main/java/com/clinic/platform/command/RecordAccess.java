package com.clinic.platform.command;

import com.clinic.platform.Actor;
import com.clinic.platform.port.AggregateStore;
import com.clinic.platform.port.AggregateStore.Related;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a record, named by its kind and id, is an actor's business, by its own kind's rule
 * ({@link RecordKind#canSee}): for views that gather lines of many kinds (a customer's timeline) and show a reader
 * only those of records she may already see. A kind it does not know, or a record that is gone, is nobody's.
 */
public final class RecordAccess {
    private final AggregateStore store;
    private final Map<String, RecordKind<?, ?>> kinds;

    public RecordAccess(AggregateStore store, List<RecordKind<?, ?>> kinds) {
        this.store = store;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(RecordKind::name, Function.identity()));
    }

    public boolean canSee(Actor actor, String kind, String id) {
        RecordKind<?, ?> k = kinds.get(kind);
        return k != null && k.isId(id) && sees(k, actor, id);
    }

    private <A extends Aggregate> boolean sees(RecordKind<A, ?> kind, Actor actor, String id) {
        return store.load(kind, id, null, Related.NONE).record().filter(r -> kind.canSee(actor, r)).isPresent();
    }
}
