package com.clinic.printing;

import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import java.util.List;
import java.util.Set;

/**
 * A document a department hands the print service whole (a signed contract), printed as it is given: a title,
 * paragraphs, the signatures with their dates, a footer (a digest of the signed text). Who may fetch it is given
 * with it — the roles that see it and its owner (the customer) — since printing knows no department's records.
 */
public record PrintDocument(String title, List<String> paragraphs, List<Signature> signatures, String footer,
                            Set<Role> viewers, String ownerId) {

    /** A party's signature: who signed for it and when (as shown). */
    public record Signature(String party, String signedBy, String signedAt) {
    }

    public PrintDocument {
        paragraphs = List.copyOf(paragraphs);
        signatures = List.copyOf(signatures);
        viewers = Set.copyOf(viewers);
    }

    public boolean visibleTo(Actor actor) {
        return actor.roles().stream().anyMatch(viewers::contains) || actor.id().equals(ownerId);
    }
}
