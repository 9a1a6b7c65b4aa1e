package com.clinic.platform.views;

import com.clinic.platform.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** A page of a list; pass {@code next} back as the query parameter to read on. */
@Serdeable
public record PageView<T>(List<T> items, String next) {
    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.next());
    }
}
