package signet.web;

import java.util.Locale;

/**
 * One evidence annotation of a fact as a page shows it: the quoted sentence, the document it is
 * in and where (0-based, end-exclusive offsets into the document's text; -1 when not stated).
 *
 * @param annotation the annotation IRI ({@code doc/ID/evidence-HASH})
 * @param fact       the fact it supports
 * @param doc        the source document
 * @param exact      the quoted text
 * @param start      start offset, or -1
 * @param end        end offset, or -1
 * @param prefix     the text just before the quote, "" when not stated (finds the quote when offsets fail)
 * @param rule       the extraction rule, "" when not stated
 */
record EvidenceView(String annotation, String fact, String doc, String exact, int start, int end, String prefix, String rule) {

    /**
     * The id of this evidence's highlight on the document page: {@code ev-HASH} from an annotation
     * IRI ending in {@code evidence-HASH}, else a hash of the whole IRI; only letters, digits and
     * '-' so it is a safe fragment and attribute.
     */
    String anchor() { return anchor(annotation); }

    static String anchor(String annotationIri) {
        String last = annotationIri.substring(annotationIri.lastIndexOf('/') + 1);
        String key = last.startsWith("evidence-") ? last.substring("evidence-".length())
                : Integer.toHexString(annotationIri.hashCode());
        String clean = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        return "ev-" + (clean.isEmpty() ? Integer.toHexString(annotationIri.hashCode()) : clean);
    }
}
