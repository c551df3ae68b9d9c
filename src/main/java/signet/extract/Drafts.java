package signet.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import signet.extract.DocRegistry.DocEntity;
import signet.fact.Evidence;
import signet.time.DateMention;

/**
 * Facts while the article is still being read: they point at mutable {@link DocEntity}s (whose
 * names may still grow) and are merged before they become immutable {@code signet.fact} records.
 */
final class Drafts {
    private Drafts() {}

    record Post(DocEntity person, String title, DocEntity org, Evidence evidence) {}

    record PartOf(DocEntity child, DocEntity parent, Evidence evidence) {}

    /** A signing (or intended signing) as one sentence reports it. */
    static final class Agreement {
        final int sentence;
        String kindLabel;
        String kindKey;
        boolean plural;
        boolean definite;
        boolean verified;      // a signing verb or ceremony, not only "the agreement between A and B"
        boolean intended;
        boolean noFallbackDate; // "has previously signed": no date may be borrowed from the article
        /** "another memorandum", "also signed": marked by the text as a further signing. */
        Further further = Further.NONE;
        /** The report names its sides itself (a subject, "with ...", "between ..."), not only through who signed. */
        boolean sidesNamed;
        /**
         * "The ministries of the two countries signed", "signed between Moscow and Tehran": the sides are
         * stated, only not as organizations, so none are borrowed from the sentence before.
         */
        boolean sidesStatedUnnamed;
        final List<DocEntity> parties = new ArrayList<>();
        final List<DocEntity> signatories = new ArrayList<>();
        final List<String> signatoryTitles = new ArrayList<>();
        final List<DocEntity> signatoryOrgs = new ArrayList<>();
        final List<DocEntity> witnesses = new ArrayList<>();
        /** Organizations read only from the "signed by ..." list (a signer's title's organization), while its sentence is read. */
        final List<DocEntity> byListOrgs = new ArrayList<>();
        /** Organizations read from "for cooperation between A and B" after a "with" list (AgreementReader, within one clause). */
        final List<DocEntity> cooperationOrgs = new ArrayList<>();
        DateMention date;
        DocEntity place;
        boolean placeFromDateline;
        final EvidenceList evidence = new EvidenceList();
        final List<String> areas = new ArrayList<>();

        /** The sentences reporting it, in merge order; a set, as one signing may be reported in thousands. */
        final Set<Integer> sentences = new LinkedHashSet<>();

        Agreement(int sentence) {
            this.sentence = sentence;
            sentences.add(sentence);
        }

        void addParty(DocEntity e) {
            if (e != null && !parties.contains(e)) parties.add(e);
        }
    }

    /** How a report marks itself as a further signing: not at all, "also", or "another"/"a separate". */
    enum Further { NONE, ALSO, ANOTHER }

    static final class Event {
        final int sentence;
        String kindKey;
        String kindLabel;
        final List<DocEntity> organizers = new ArrayList<>();
        final List<DocEntity> participants = new ArrayList<>();
        final List<DocEntity> works = new ArrayList<>();
        DateMention date;
        DocEntity place;
        final EvidenceList evidence = new EvidenceList();

        Event(int sentence) { this.sentence = sentence; }
    }
}
