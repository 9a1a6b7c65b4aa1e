package com.clinic.printing;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import java.util.List;
import java.util.Set;

/**
 * A document a department hands the print service whole (a signed contract, a report), printed as it is given:
 * under the issuer's letterhead on every page, a title, paragraphs, tables, charts, the signatures with their
 * dates, and a footer on every page (a digest of the signed text). Who may fetch it is given with it — the roles
 * that see it and its owner (the customer) — since printing knows no department's records.
 */
public record PrintDocument(Issuer issuer, String title, List<String> paragraphs, List<Table> tables,
                            List<Chart> charts, List<Signature> signatures, String footer, Set<Role> viewers,
                            String ownerId) {

    /** Whose paper it is: the clinic's (a visit's papers, a copy of personal data) or the program company's. */
    public enum Issuer { CLINIC, COMPANY }

    /** A party's signature: who signed for it and when (as written on paper). */
    public record Signature(String party, String signedBy, String signedAt) {
    }

    /** A table with its caption and header row, repeated on every page it runs over. */
    public record Table(String title, List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A line chart over the plan's days (H-17 数据趋势图): a title, the y axis's unit, one or more series of (day,
     * value) points; the x axis runs over {@code days}.
     */
    public record Chart(String title, String unit, int days, List<Series> series) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Point(int day, double value) {
    }

    public PrintDocument {
        paragraphs = List.copyOf(paragraphs);
        tables = tables == null ? List.of() : List.copyOf(tables);
        charts = charts == null ? List.of() : List.copyOf(charts);
        signatures = List.copyOf(signatures);
        viewers = Set.copyOf(viewers);
    }

    public boolean visibleTo(Actor actor) {
        return actor.roles().stream().anyMatch(viewers::contains) || actor.id().equals(ownerId);
    }
}
