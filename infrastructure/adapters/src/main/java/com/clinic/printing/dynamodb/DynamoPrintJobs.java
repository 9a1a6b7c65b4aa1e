package com.clinic.printing.dynamodb;

import static com.clinic.platform.dynamodb.Attrs.item;
import static com.clinic.platform.dynamodb.Attrs.key;
import static com.clinic.platform.dynamodb.Attrs.s;
import static com.clinic.platform.dynamodb.Attrs.str;

import com.clinic.platform.dynamodb.Attrs;
import com.clinic.platform.dynamodb.ClinicTable;
import com.clinic.platform.Role;
import com.clinic.journey.visit.VisitPart;
import com.clinic.printing.PrintDocument;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintJobs;
import com.clinic.printing.PrintKind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code PRINT#id / JOB}, kept 30 days; a job finishes once (conditional on still being queued). */
public final class DynamoPrintJobs implements PrintJobs {
    public static final Duration KEEP = Duration.ofDays(30);

    private final DynamoDbClient dynamo;
    private final String table;
    private final ClinicTable clinic;

    public DynamoPrintJobs(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.clinic = new ClinicTable(dynamo, table);
    }

    @Override
    public void create(PrintJob job) {
        dynamo.putItem(b -> b.tableName(table).item(toItem(job)).conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<PrintJob> find(String id) {
        Map<String, AttributeValue> i = dynamo.getItem(b -> b.tableName(table).key(key("PRINT#" + id, "JOB"))
                .consistentRead(true)).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(fromItem(i));
    }

    @Override
    public boolean finish(PrintJob finished) {
        return clinic.putIf(toItem(finished), "#s = :queued", Map.of("#s", "status"),
                Map.of(":queued", s(PrintJob.Status.QUEUED.name())));
    }

    private static Map<String, AttributeValue> toItem(PrintJob j) {
        Attrs.Item item = item().put("pk", "PRINT#" + j.id()).put("sk", "JOB").put("type", "PRINT_JOB").put("id", j.id())
                .put("kind", j.kind().name()).put("visitCode", j.visitCode()).put("status", j.status().name())
                .put("fileKey", j.fileKey()).put("error", j.error()).putStrings("warnings", j.warnings())
                .put("requestedBy", Attrs.staff(j.requestedBy()))
                .put("requestedAt", j.requestedAt()).put("completedAt", j.completedAt())
                .put("document", j.document() == null ? null : document(j.document()))
                .put("expiresAt", j.requestedAt().plus(KEEP).getEpochSecond());
        if (j.seen() != null) {
            item.putStrings("seen", j.seen().stream().map(Enum::name).sorted().toList());
        }
        return item.build();
    }

    private static PrintJob fromItem(Map<String, AttributeValue> i) {
        return new PrintJob(str(i, "id"), PrintKind.valueOf(str(i, "kind")), str(i, "visitCode"),
                PrintJob.Status.valueOf(str(i, "status")), str(i, "fileKey"), str(i, "error"), Attrs.strings(i, "warnings"),
                Attrs.staff(Attrs.map(i, "requestedBy")), Attrs.instant(i, "requestedAt"),
                Attrs.instant(i, "completedAt"), i.containsKey("document") ? document(Attrs.map(i, "document")) : null,
                i.containsKey("seen") ? Attrs.strings(i, "seen").stream().map(VisitPart::valueOf)
                        .collect(java.util.stream.Collectors.toSet()) : null);
    }

    private static Map<String, AttributeValue> document(PrintDocument d) {
        return item().put("issuer", d.issuer().name()).put("title", d.title()).putStrings("paragraphs", d.paragraphs())
                .putList("tables", Attrs.maps(d.tables(), t -> item().put("title", t.title())
                        .putStrings("header", t.header()).putList("rows", t.rows().stream()
                                .map(r -> AttributeValue.fromL(r.stream().map(AttributeValue::fromS).toList())).toList())
                        .build()))
                .putList("signatures", Attrs.maps(d.signatures(), s -> item().put("party", s.party())
                        .put("signedBy", s.signedBy()).put("signedAt", s.signedAt()).build()))
                .put("footer", d.footer()).putStrings("viewers", d.viewers().stream().map(Enum::name).sorted().toList())
                .put("ownerId", d.ownerId())
                .putList("charts", Attrs.maps(d.charts(), c -> item().put("title", c.title()).put("unit", c.unit())
                        .put("days", c.days()).putList("series", Attrs.maps(c.series(), x -> item()
                                .put("name", x.name()).putList("points", Attrs.maps(x.points(), p -> item()
                                        .put("day", p.day()).put("value", p.value()).build())).build())).build()))
                .build();
    }

    private static PrintDocument document(Map<String, AttributeValue> m) {
        return new PrintDocument(m.containsKey("issuer") ? PrintDocument.Issuer.valueOf(str(m, "issuer"))
                : PrintDocument.Issuer.COMPANY, str(m, "title"), Attrs.strings(m, "paragraphs"),
                Attrs.objects(m, "tables", t -> new PrintDocument.Table(str(t, "title"), Attrs.strings(t, "header"),
                        t.get("rows").l().stream().map(r -> r.l().stream().map(AttributeValue::s).toList()).toList())),
                Attrs.objects(m, "charts", DynamoPrintJobs::chart),
                Attrs.objects(m, "signatures", s -> new PrintDocument.Signature(str(s, "party"), str(s, "signedBy"),
                        str(s, "signedAt"))), str(m, "footer"), Attrs.strings(m, "viewers").stream()
                .map(Role::valueOf).collect(java.util.stream.Collectors.toSet()), str(m, "ownerId"));
    }

    private static PrintDocument.Chart chart(Map<String, AttributeValue> c) {
        return new PrintDocument.Chart(str(c, "title"), str(c, "unit"), Attrs.num(c, "days").intValue(),
                Attrs.objects(c, "series", x -> new PrintDocument.Series(str(x, "name"), Attrs.objects(x, "points",
                        p -> new PrintDocument.Point(Attrs.num(p, "day").intValue(),
                                Double.parseDouble(p.get("value").n()))))));
    }
}
