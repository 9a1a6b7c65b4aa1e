package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.aftersales.customer.PayingCustomer;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** C-16 成交客户: who paid, for which visits, how much (fen), the level and every earlier one; Asia/Shanghai times. */
@Serdeable
public record PayingCustomerView(String id, String name, String phone, long paid, String firstPaidAt,
                                 String lastPaidAt, List<PaymentView> payments, LevelView level,
                                 List<LevelView> levelHistory, long version) {

    @Serdeable
    public record PaymentView(String visitCode, long amount, String at) {
    }

    @Serdeable
    public record LevelView(String code, String name, String remark, StaffView.Ref by, String at) {
        static LevelView of(PayingCustomer.Level l) {
            return l == null ? null : new LevelView(l.code(), l.name(), l.remark(), StaffView.Ref.of(l.by()),
                    ShanghaiTime.show(l.at()));
        }
    }

    static PayingCustomerView of(PayingCustomer c) {
        return new PayingCustomerView(c.id(), c.name(), c.phone(), c.paid(), ShanghaiTime.show(c.firstPaidAt()),
                ShanghaiTime.show(c.lastPaidAt()), c.payments().stream().map(p -> new PaymentView(p.visitCode(),
                        p.amount(), ShanghaiTime.show(p.at()))).toList(), LevelView.of(c.level()),
                c.levelHistory().stream().map(LevelView::of).toList(), c.version());
    }

    /** The level catalogue with its version (for If-Match). */
    @Serdeable
    public record LevelsView(List<EntryView> levels, StaffView.Ref changedBy, String changedAt, long version) {
        static LevelsView of(CustomerLevels l) {
            return new LevelsView(l.levels().stream().map(e -> new EntryView(e.code(), e.name(), e.description()))
                    .toList(), l.changedBy() == null ? null : StaffView.Ref.of(l.changedBy()),
                    ShanghaiTime.show(l.changedAt()), l.version());
        }
    }

    /** A level of the catalogue. */
    @Serdeable
    public record EntryView(String code, String name, String description) {
    }
}
