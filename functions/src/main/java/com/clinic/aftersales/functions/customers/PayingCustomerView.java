package com.clinic.aftersales.functions.customers;

import com.clinic.aftersales.customer.CustomerLevels;
import com.clinic.aftersales.customer.PayingCustomer;
import com.clinic.platform.ShanghaiTime;
import com.clinic.platform.views.StaffView;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** C-16 成交客户: who paid, for which visits, how much (fen), the level and every earlier one; Asia/Shanghai times. */
@Serdeable
public record PayingCustomerView(String id, String name, String phone, String source, long paid, long spent,
                                 String firstPaidAt, String lastPaidAt, List<PaymentView> payments,
                                 List<OrderView> orders, List<CorrectionView> corrections, LevelView level,
                                 List<LevelView> levelHistory, long version) {

    /** A visit's order as last priced. */
    @Serdeable
    public record OrderView(String visitCode, long total, long paid) {
    }

    /** A correction of the customer's name or source, with what it replaced. */
    @Serdeable
    public record CorrectionView(String visitCode, String nameBefore, String sourceBefore, String name, String source,
                                 StaffView.Ref by, String at) {
    }

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
        return new PayingCustomerView(c.id(), c.name(), c.phone(), c.source(), c.paid(), c.spent(),
                ShanghaiTime.show(c.firstPaidAt()), ShanghaiTime.show(c.lastPaidAt()), c.payments().stream()
                .map(p -> new PaymentView(p.visitCode(), p.amount(), ShanghaiTime.show(p.at()))).toList(),
                c.orders().stream().map(o -> new OrderView(o.visitCode(), o.total(), c.paidFor(o.visitCode())))
                        .toList(), c.corrections().stream().map(x -> new CorrectionView(x.visitCode(), x.nameBefore(),
                        x.sourceBefore(), x.name(), x.source(), StaffView.Ref.of(x.by()), ShanghaiTime.show(x.at())))
                        .toList(), LevelView.of(c.level()),
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
