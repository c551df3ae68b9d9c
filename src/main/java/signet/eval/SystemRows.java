package signet.eval;

import java.util.List;
import java.util.Objects;

/**
 * What the graph says, as the rows of the four contract queries ({@code agreements.rq},
 * {@code roles.rq}, {@code part-of.rq}, {@code events.rq}) in result order, with each value as
 * its plain string (an IRI's text, a literal's lexical form, "" when unbound) — what the
 * reference scorer reads from the queries' CSV output.
 */
public record SystemRows(List<AgreementRow> agreements, List<RoleRow> roles, List<PartOfRow> partOf, List<EventRow> events) {

    /** One agreement × party × document. */
    public record AgreementRow(String agreement, String doc, String partyName, String date, String place) {
        public AgreementRow {
            agreement = orEmpty(agreement); doc = orEmpty(doc); partyName = orEmpty(partyName);
            date = orEmpty(date); place = orEmpty(place);
        }
    }

    /** One person × title × organization × document. */
    public record RoleRow(String doc, String personName, String title, String orgName) {
        public RoleRow {
            doc = orEmpty(doc); personName = orEmpty(personName); title = orEmpty(title); orgName = orEmpty(orgName);
        }
    }

    /** One child × parent × document. */
    public record PartOfRow(String doc, String childName, String parentName) {
        public PartOfRow {
            doc = orEmpty(doc); childName = orEmpty(childName); parentName = orEmpty(parentName);
        }
    }

    /** One event (× participant) × document; only the date is scored. */
    public record EventRow(String doc, String date) {
        public EventRow {
            doc = orEmpty(doc); date = orEmpty(date);
        }
    }

    public SystemRows {
        agreements = List.copyOf(agreements);
        roles = List.copyOf(roles);
        partOf = List.copyOf(partOf);
        events = List.copyOf(events);
    }

    private static String orEmpty(String s) { return Objects.requireNonNullElse(s, ""); }
}
