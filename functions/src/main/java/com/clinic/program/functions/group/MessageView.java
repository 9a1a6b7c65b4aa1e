package com.clinic.program.functions.group;

import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.UploadView;
import com.clinic.program.group.ProgramGroup;
import com.clinic.program.group.ProgramGroup.Message;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A group message with its author and read receipts (who, when; {@code readByCustomer} for customer service's
 * question "has she read it?"); times in Asia/Shanghai.
 */
@Serdeable
public record MessageView(String id, String kind, String text, String url, UploadView.Link photo, AuthorView author,
                          String at, List<ReadView> reads, boolean readByCustomer) {

    @Serdeable
    public record AuthorView(String id, String name, String part) {
    }

    @Serdeable
    public record ReadView(String memberId, String at) {
    }

    /** The message; a photo's picture as a download link valid for minutes. */
    static MessageView of(Message m, ProgramGroup group) {
        return new MessageView(m.id(), m.kind().name(), m.text(), m.url(), UploadView.Link.of(group.photo(m)),
                new AuthorView(m.author().id(),
                m.author().name(), m.author().part()), ShanghaiTime.show(m.at()), m.reads().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue())
                .map(e -> new ReadView(e.getKey(), ShanghaiTime.show(e.getValue()))).toList(),
                m.reads().containsKey(m.customerId()));
    }
}
