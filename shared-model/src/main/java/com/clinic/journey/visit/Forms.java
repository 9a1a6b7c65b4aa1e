package com.clinic.journey.visit;

import com.clinic.platform.Check;
import com.clinic.platform.Money;
import com.clinic.platform.Numeric;
import com.clinic.platform.catalog.CatalogItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request forms of the journey after the arrival, as staff type them. Scalars are text so a wrong type is
 * reported on its field; each {@code validate} names every bad field at once.
 */
public final class Forms {
    private Forms() {
    }

    /** A reason for a refusal, a rejection or a change. */
    public record ReasonForm(String reason) {
        public String validate() {
            Check check = new Check();
            String r = check.required("reason", reason, 500);
            check.done();
            return r;
        }
    }

    /** C-24 修改基本信息: who the customer is, as after-sales corrects it (the mobile number is not edited here). */
    public record CustomerInfoForm(String name, String gender, @Numeric String age, String source, String notes) {
        public CustomerProfile validate() {
            Check check = new Check();
            CustomerProfile edited = new CustomerProfile(check.required("name", name, 50), null,
                    check.oneOf("gender", gender, Gender.class, Gender.UNKNOWN), check.integer("age", age, 1, 120),
                    List.of(), check.optional("source", source, 100), check.optional("notes", notes, 500));
            check.done();
            return edited;
        }
    }

    /** A file the client uploaded with a presigned URL and now registers by its key. */
    public record FileForm(String key) {
        public String validate(String expectedPrefix) {
            Check check = new Check();
            String k = check.required("key", key, 512);
            if (k != null && !k.startsWith(expectedPrefix)) {
                check.fail("key", "must be the key of an upload URL issued for this record");
            }
            check.done();
            return k;
        }
    }

    /** C-10: the consultant to assign, with a reason when it is a change. */
    public record ConsultantForm(String consultantId, String reason) {
        public ConsultantForm validate(boolean reasonRequired) {
            Check check = new Check();
            String id = check.required("consultantId", consultantId, 64);
            String why = reasonRequired ? check.required("reason", reason, 200)
                    : check.optional("reason", reason, 200);
            check.done();
            return new ConsultantForm(id, why);
        }
    }

    /** C-11: one treatment from the catalogue with an optional discounted price (fen) and remark. */
    public record OrderLineForm(String catalogItemId, @Numeric String discountedPrice, String remark) {
    }

    /** C-11: the order the consultant confirms. */
    public record OrderForm(List<OrderLineForm> items) {
        /** At most this many lines in one order. */
        public static final int MAX_ITEMS = 50;

        /**
         * The catalogue items to read with the visit: only ids that could be valid, at most one order's worth, so
         * no request can make the read itself fail; the form's validation names whatever is wrong.
         */
        public java.util.Set<String> catalogueIds() {
            return items == null ? java.util.Set.of() : items.stream().filter(java.util.Objects::nonNull)
                    .map(OrderLineForm::catalogItemId).filter(id -> id != null && !id.isBlank() && id.strip().length() <= 64)
                    .map(String::strip).distinct().limit(MAX_ITEMS).collect(java.util.stream.Collectors.toSet());
        }

        /** The order lines priced from the catalogue; an unknown or inactive item or a bad price is a 400. */
        public List<OrderItem> validate(Map<String, CatalogItem> catalogue) {
            Check check = new Check();
            if (items == null || items.isEmpty()) {
                check.fail("items", "at least one item is required");
                check.done();
            }
            if (items.size() > MAX_ITEMS) {
                check.fail("items", "must hold at most " + MAX_ITEMS + " items");
                check.done();
            }
            List<OrderItem> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String at = "items[" + i + "].";
                OrderLineForm line = items.get(i);
                if (line == null) {
                    check.fail("items[" + i + "]", "is required");
                    continue;
                }
                String id = check.required(at + "catalogItemId", line.catalogItemId(), 64);
                CatalogItem item = id == null ? null : catalogue.get(id);
                if (id != null && (item == null || !item.active())) {
                    check.fail(at + "catalogItemId", item == null ? "is not in the catalogue"
                            : "is no longer offered");
                }
                Long discounted = line.discountedPrice() == null || line.discountedPrice().isBlank() ? null
                        : check.fen(at + "discountedPrice", line.discountedPrice(), Money.MAX_LINE);
                if (item != null && discounted != null && discounted > item.listPrice()) {
                    check.fail(at + "discountedPrice", "must not be above the list price " + item.listPrice());
                }
                String remark = check.optional(at + "remark", line.remark(), 200);
                if (item != null && item.active()) {
                    out.add(new OrderItem(item.id(), item.name(), item.listPrice(), discounted, remark,
                            discounted != null ? discounted : item.listPrice()));
                }
            }
            if (check.isClean() && Order.totalOf(out) > Money.MAX_ORDER) {
                check.fail("items", "the order comes to " + Money.yuan(Order.totalOf(out)) + "; one order is at most "
                        + Money.yuan(Money.MAX_ORDER));
            }
            check.done();
            return out;
        }
    }

    /** C-12: a new final price (fen) for one line of the order, by its index. */
    public record PriceChangeForm(@Numeric String line, @Numeric String finalPrice) {
    }

    /** C-12: approve the order as it is, or with changed prices. */
    public record PriceReviewForm(List<PriceChangeForm> changes, String remark) {
        /** The final price of each changed line, by line index. */
        public Map<Integer, Long> validate(int lines) {
            Check check = new Check();
            Map<Integer, Long> out = new java.util.TreeMap<>();
            List<PriceChangeForm> list = changes == null ? List.of() : changes;
            if (list.size() > 50) {
                check.fail("changes", "must hold at most 50 changes");
                check.done();
            }
            for (int i = 0; i < list.size(); i++) {
                String at = "changes[" + i + "].";
                if (list.get(i) == null) {
                    check.fail("changes[" + i + "]", "is required");
                    continue;
                }
                Integer line = check.integer(at + "line", list.get(i).line(), 0, Math.max(0, lines - 1));
                if (list.get(i).line() == null) {
                    check.fail(at + "line", "is required");
                }
                Long price = check.fen(at + "finalPrice", list.get(i).finalPrice(), Money.MAX_LINE);
                if (line != null && price != null && out.put(line, price) != null) {
                    check.fail(at + "line", "is changed twice");
                }
            }
            check.optional("remark", remark, 500);
            check.done();
            return out;
        }
    }

    /** C-14: one payment line; a loan also has its periods and first repayment date. */
    public record PaymentLineForm(String method, @Numeric String amount, String remark, @Numeric String periods,
                                  String firstRepaymentDate, String loanId) {
    }

    /** C-14 收银 / C-15 再次收银 and 退款: the lines of one payment, split across methods. */
    public record PaymentForm(List<PaymentLineForm> lines) {

        /**
         * A validated line; the loan is made when the payment is recorded. A refund's LOAN line may name the loan
         * it reduces ({@code loanId}); without one it reduces the visit's newest loans first.
         */
        public record Line(PaymentMethod method, long amount, String remark, Integer periods, LocalDate first,
                           String loanId) {
        }

        /** How far ahead a loan's first repayment may be set. */
        public static final int FIRST_REPAYMENT_MONTHS = 3;
        /** Loan periods (months): the lenders the clinic works with offer up to five years. */
        public static final int MAX_PERIODS = 60;

        public List<Line> validate(boolean refund, LocalDate today) {
            Check check = new Check();
            if (lines == null || lines.isEmpty()) {
                check.fail("lines", "at least one payment line is required");
                check.done();
            }
            if (lines.size() > Money.MAX_LINES) {
                check.fail("lines", "must hold at most " + Money.MAX_LINES + " lines");
                check.done();
            }
            List<Line> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String at = "lines[" + i + "].";
                PaymentLineForm l = lines.get(i);
                if (l == null) {
                    check.fail("lines[" + i + "]", "is required");
                    continue;
                }
                PaymentMethod m = check.oneOf(at + "method", l.method(), PaymentMethod.class, null);
                Long amount = check.fen(at + "amount", l.amount(), Money.MAX_LINE);
                String remark = check.optional(at + "remark", l.remark(), 200);
                Integer periods = null;
                LocalDate first = null;
                String loan = null;
                if (l.loanId() != null && !(refund && m == PaymentMethod.LOAN)) {
                    check.fail(at + "loanId", "names the loan a refund reduces: only for a LOAN line of a refund");
                } else if (l.loanId() != null) {
                    loan = check.required(at + "loanId", l.loanId(), 64);
                }
                if (m == PaymentMethod.LOAN && refund) {
                    if (l.periods() != null || l.firstRepaymentDate() != null) {
                        check.fail(at + (l.periods() != null ? "periods" : "firstRepaymentDate"),
                                "is only for a loan taken, not for one reduced");
                    }
                } else if (m == PaymentMethod.LOAN) {
                    periods = check.integer(at + "periods", l.periods(), 1, MAX_PERIODS);
                    if (l.periods() == null || l.periods().isBlank()) {
                        check.fail(at + "periods", "is required for a loan");
                    }
                    first = check.dateWithin(at + "firstRepaymentDate", l.firstRepaymentDate(), today,
                            today.plusMonths(FIRST_REPAYMENT_MONTHS), "from today to " + FIRST_REPAYMENT_MONTHS
                                    + " months ahead");
                } else if (l.periods() != null || l.firstRepaymentDate() != null) {
                    check.fail(at + (l.periods() != null ? "periods" : "firstRepaymentDate"), "is only for a loan");
                }
                if (m != null && amount != null) {
                    out.add(new Line(m, amount, remark, periods, first, loan));
                }
            }
            check.done();
            return out;
        }
    }

    /** C-27: the operation date, the after-sales owner of the follow-ups (default: who records it), notes. */
    public record AdmissionForm(String operationDate, String ownerId, String notes) {
        public AdmissionForm validate(LocalDate today) {
            Check check = new Check();
            LocalDate d = check.date("operationDate", operationDate);
            if (d != null && (d.isBefore(today.minusDays(30)) || d.isAfter(today.plusDays(365)))) {
                check.fail("operationDate", "must be within the last 30 days or the coming year");
            }
            String owner = check.optional("ownerId", ownerId, 64);
            String n = check.optional("notes", notes, 500);
            check.done();
            return new AdmissionForm(d.toString(), owner, n);
        }
    }

    /**
     * A request for a presigned upload: the file's type, exact size in bytes and MD5 (base64, as the
     * Content-MD5 header carries it). The URL then accepts that file only.
     */
    public record UploadForm(String contentType, @Numeric String size, String md5) {
        public UploadForm validate(FileKind kind) {
            Check check = new Check();
            String digest = check.required("md5", md5, 24);
            if (digest != null && !MD5.matcher(digest).matches()) {
                check.fail("md5", "must be the file's MD5 in base64 (24 characters, e.g. 1B2M2Y8AsgTpgAmY7PhCfg==)");
            }
            String type = check.required("contentType", contentType, 100);
            if (type != null && !kind.types().contains(type)) {
                check.fail("contentType", "must be one of " + kind.types());
            }
            Integer bytes = null;
            if (size == null || size.isBlank()) {
                check.fail("size", "is required (bytes)");
            } else {
                bytes = check.integer("size", size, 1, Integer.MAX_VALUE);
            }
            if (bytes != null && bytes > kind.maxBytes()) {
                check.fail("size", "must be at most " + kind.maxBytes() + " bytes");
            }
            check.done();
            return new UploadForm(type, Integer.toString(bytes), digest);
        }

        private static final java.util.regex.Pattern MD5 = java.util.regex.Pattern.compile("[A-Za-z0-9+/]{22}==");

        public long bytes() {
            return Long.parseLong(size);
        }
    }

    /** What may be uploaded where. */
    public enum FileKind {
        PHOTO(List.of("image/jpeg", "image/png", "image/heic", "image/webp"), 20L * 1024 * 1024, "photos"),
        SIGNED_SHEET(List.of("application/pdf", "image/jpeg", "image/png"), 20L * 1024 * 1024, "signed-sheet"),
        VIDEO(List.of("video/mp4"), 2000L * 1024 * 1024, "consultation"),
        /** A follow-up call's recording (C-22), uploaded by the recording system. */
        CALL_RECORDING(List.of("audio/mpeg", "audio/mp4", "audio/wav"), 200L * 1024 * 1024, "calls"),
        /** A medical report: the program's re-check report (H-23), a PDF or pictures of its pages. */
        REPORT(List.of("application/pdf", "image/jpeg", "image/png"), 20L * 1024 * 1024, "reports");

        private final List<String> types;
        private final long maxBytes;
        private final String folder;

        FileKind(List<String> types, long maxBytes, String folder) {
            this.types = types;
            this.maxBytes = maxBytes;
            this.folder = folder;
        }

        public List<String> types() {
            return types;
        }

        public long maxBytes() {
            return maxBytes;
        }

        /** The key prefix of this kind of file of a visit. */
        public String prefix(String visitCode) {
            return "visits/" + visitCode + "/" + folder + "/";
        }

        public static String extension(String contentType) {
            return switch (contentType) {
                case "image/jpeg" -> ".jpg";
                case "image/png" -> ".png";
                case "image/heic" -> ".heic";
                case "image/webp" -> ".webp";
                case "application/pdf" -> ".pdf";
                case "audio/mpeg" -> ".mp3";
                case "audio/mp4" -> ".m4a";
                case "audio/wav" -> ".wav";
                default -> ".mp4";
            };
        }
    }
}
