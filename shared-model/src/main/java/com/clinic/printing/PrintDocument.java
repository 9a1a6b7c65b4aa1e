package com.clinic.printing;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import java.util.List;
import java.util.Set;

/**
 * A document a department hands the print service whole (a signed contract, a report), printed as it is given: a
 * title, paragraphs, charts, the signatures with their dates, a footer (a digest of the signed text). Who may fetch it is given
 * with it — the roles that see it and its owner (the customer) — since printing knows no department's records.
 */
public record PrintDocument(String title, List<String> paragraphs, List<Signature> signatures, String footer,
                            Set<Role> viewers, String ownerId, List<Chart> charts) {

    /** A party's signature: who signed for it and when (as shown). */
    public record Signature(String party, String signedBy, String signedAt) {
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
        signatures = List.copyOf(signatures);
        viewers = Set.copyOf(viewers);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** A document of text and signatures only. */
    public PrintDocument(String title, List<String> paragraphs, List<Signature> signatures, String footer,
                         Set<Role> viewers, String ownerId) {
        this(title, paragraphs, signatures, footer, viewers, ownerId, List.of());
    }

    public boolean visibleTo(Actor actor) {
        return actor.roles().stream().anyMatch(viewers::contains) || actor.id().equals(ownerId);
    }
}
