package signet.eval;

import java.util.List;
import java.util.Objects;

/**
 * The hand-made annotation of one article: every fact it states, in the gold JSON format of
 * {@code shared/eval/README.md}.
 *
 * @param doc           the article's file name (the extension may be left out)
 * @param published     the article's date as annotated, or "" (not scored)
 * @param notAgreements pairs that must not be read as signing with each other
 */
public record GoldDocument(String doc, String published, List<GoldAgreement> agreements, List<GoldRole> roles,
                           List<GoldPartOf> partOf, List<GoldEvent> events, List<GoldPair> notAgreements) {
    public GoldDocument {
        Objects.requireNonNull(doc, "doc");
        published = Objects.requireNonNullElse(published, "");
        agreements = List.copyOf(agreements);
        roles = List.copyOf(roles);
        partOf = List.copyOf(partOf);
        events = List.copyOf(events);
        notAgreements = List.copyOf(notAgreements);
    }

    /** The key the document is matched by: its file name without folder or extension. */
    public String key() {
        return FactKeys.docKey(doc);
    }
}
