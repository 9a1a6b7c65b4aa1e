package com.clinic.program.functions;

import com.clinic.program.readings.Results;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** 《方案期成果对比表》: each metric's start and end, the change and how it reads (体脂率下降 3.0 个百分点). */
@Serdeable
public record ResultsView(List<RowView> rows) {
    @Serdeable
    public record RowView(String metric, String label, String unit, BigDecimal start, BigDecimal end,
                          BigDecimal change, String basis, String said) {
    }

    public static ResultsView of(Results r) {
        return new ResultsView(r.rows().stream().map(x -> new RowView(x.metric().name(),
                Results.LABELS.get(x.metric()), x.metric().unit(), x.start(), x.end(), x.change(), x.basis(),
                x.said())).toList());
    }
}
