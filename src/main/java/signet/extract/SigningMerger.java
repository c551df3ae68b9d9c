package signet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import signet.extract.DocRegistry.DocEntity;

/**
 * Document-level resolution of signings (stage 5): reports of the same signing across sentences
 * ("A and B signed a memorandum ...", "The MoU was signed by ...", "The document was signed in Lima")
 * are merged into one agreement, so its parties, signatories, date and place may come from different
 * sentences.
 *
 * <p>In: the {@link Drafts.Agreement}s {@code AgreementReader} read sentence by sentence, in text order,
 * each with its parties, kind, modality (intended, definite, plural, further) and evidence; the article's
 * views and entities ({@link ArticleState}); and a reader of the sides a sentence names
 * "AGREEMENT between A and B" ({@link SidesBetween}: {@link PartyReader#sidesBetween}). Out: one draft per
 * signing told, in text order of its first report; captions and agreements never signed in the text
 * dropped. No word lists: the rules below read only the drafts.
 */
final class SigningMerger {
    // compiled once (String.split compiles on every call)
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The sides of the one "AGREEMENT between A and B" of a sentence (none when it names two such lists). */
    @FunctionalInterface
    interface SidesBetween {
        List<DocEntity> of(ArticleState st, SentenceView v);
    }

    private final SidesBetween sidesBetween;

    SigningMerger(SidesBetween sidesBetween) {
        this.sidesBetween = sidesBetween;
    }

    /** How many organizations of the sentence before a partyless signing may take as its sides. */
    private static final int MAX_BORROWED_SIDES = 3;

    /**
     * One agreement per signing: {@code found} (every report, in text order) merged, partyless signings
     * given the sides of the sentence before, captions and unsigned mentions dropped, signings dated after
     * publication marked intended. The drafts of {@code found} are changed in place (the first report of a
     * signing absorbs the later ones).
     */
    List<Drafts.Agreement> merge(ArticleState st, List<Drafts.Agreement> found) {
        List<Drafts.Agreement> out = new ArrayList<>();
        for (Drafts.Agreement c : found) {
            Drafts.Agreement target = null;
            // first a report naming the same parties (or some of them), then a definite "the agreement" nearby,
            // then a definite retelling that names the parties differently ("the memorandum was signed by A's
            // Lima bureau and B", "Peru and Chile signed a memorandum ... The memorandum was signed by their film agencies")
            int how = -1;
            for (int pass = 0; pass < 4 && target == null; pass++) {
                for (int i = out.size() - 1; i >= 0 && target == null; i--) {
                    Drafts.Agreement t = out.get(i);
                    if (t.intended != c.intended && c.verified && t.verified) continue;
                    // (a headline's date is often the date line glued to it, so it does not keep the body's report apart)
                    if (!datesCompatible(t, c) && pass != 3) continue;
                    // "A and B signed a memorandum on Tuesday ... They signed their first agreement in 2015": a signing
                    // dated long before the article was published is an earlier one, not the one the article reports
                    if (pass != 3 && pastApart(st, t, c)) continue;
                    boolean sameParties = !c.parties.isEmpty() && (t.parties.containsAll(c.parties) || c.parties.containsAll(t.parties) && !t.parties.isEmpty());
                    boolean anaphoric = c.parties.size() < 2 && (c.definite || c.parties.isEmpty()) || t.parties.isEmpty() && t.definite
                            || namesPartylessSigning(t, c);
                    if (further(t, c) && pass != 1) continue;
                    boolean match = switch (pass) {
                        // (plural reports merge only with plural reports of exactly the same sides: "A, B sign five
                        // agreements" over "A and B have signed eight agreements, including five new")
                        case 0 -> sameParties && (!(c.plural || t.plural) || c.plural && t.plural && sameSides(t, c));
                        case 1 -> anaphoric && !c.plural && !disjointNamedParties(t, c) && !newSigning(t, c);
                        case 2 -> retelling(t, c);
                        default -> headlineRetold(st, t, c);
                    };
                    if (match) { target = t; how = pass; }
                }
            }
            // "Both MoUs were signed by ...", "the memoranda were signed by ...": the plural agreements already
            // read (one per partner) told again; it adds no signing
            if (target == null && c.plural && c.definite && c.verified && !c.intended && retold(out, c)) continue;
            // "A and B have signed three agreements. The agreements were signed in Lind on Monday.": a definite plural
            // report with no side of its own tells the last plural signing again
            if (target == null && c.plural && c.definite && c.verified && !c.intended && c.parties.isEmpty() && !c.sidesStatedUnnamed
                    && c.further == Drafts.Further.NONE) {
                Drafts.Agreement last = null;
                for (int i = out.size() - 1; i >= 0 && last == null; i--) {
                    Drafts.Agreement t = out.get(i);
                    if (t.plural && t.verified && !t.intended && t.parties.size() >= 2 && datesCompatible(t, c)) last = t;
                }
                if (last != null) { absorb(last, c); continue; }
            }
            // a partyless "signing ceremony" before the agreement it belongs to (a photo caption)
            if (target == null) out.add(c);
            else if (how == 3) absorbHeadline(target, c);
            else if (how == 2 || how == 0 && c.definite && target.parties.size() >= 2) absorbRetelling(target, c);
            else absorb(target, c);
        }
        // partyless signings: the organizations of the sentence before ("Representatives held a signing ceremony")
        for (Drafts.Agreement a : out) {
            if (a.parties.size() >= 2 || !a.verified || a.sidesStatedUnnamed) continue;
            for (int s : a.sentences) {
            if (s == 0 || !a.parties.isEmpty()) continue;
            SentenceView prev = st.views.get(s - 1);
            // "The cabinet approved the agreement between India and Algeria. The agreement was signed in 2018.":
            // the sides of the agreement the sentence before names "between" them, states too
            List<DocEntity> between = definiteSigning(a) ? sidesBetween.of(st, prev) : List.of();
            if (between.size() >= 2) {
                between.forEach(a::addParty);
                a.evidence.addFirst(ArticleState.evidence(prev.sentence, "agreement.parties-from-previous-sentence", 0.5));
                continue;
            }
            // "A signed an agreement with B under which C will train ... Another MoU was signed between the two departments":
            // the sides of the signing the sentence before told, not every organization it names
            Drafts.Agreement told = a.plural ? null : signingIn(out, a, s - 1);
            if (told != null) {
                told.parties.forEach(a::addParty);
                a.evidence.addFirst(ArticleState.evidence(prev.sentence, "agreement.parties-from-previous-sentence", 0.5));
                continue;
            }
            List<DocEntity> orgs = new ArrayList<>();
            for (int k = 0; k < prev.size(); k++) {
                Mention m = prev.mentionAt(k);
                // "Coral Group's film division", "B, a subsidiary of C": the owner is not a side
                if (m != null && m.type() == MentionType.ORG && !AgreementReader.possessive(prev, k) && !PartyReader.ownerInDescription(prev, k)
                        && !PartyReader.supervisorAt(prev, k)) {
                    DocEntity e = st.entity(prev, prev.parts.get(k));
                    if (!orgs.contains(e)) orgs.add(e);
                }
            }
            // four names or more are a list of attendees, not the sides; "several agreements were signed"
            // after two names is one signing of theirs at most
            if (orgs.size() >= 2 && orgs.size() <= MAX_BORROWED_SIDES && !(a.plural && orgs.size() > 2) && a.parties.isEmpty()) {
                orgs.forEach(a::addParty);
                a.evidence.addFirst(ArticleState.evidence(prev.sentence, "agreement.parties-from-previous-sentence", 0.5));
            }
            }
        }
        // captions and ceremonies that were reported before their agreement
        List<Drafts.Agreement> kept = new ArrayList<>();
        for (Drafts.Agreement a : out) {
            if (a.parties.size() < 2 && !a.intended) {
                Drafts.Agreement t = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (t == null) {
                    for (Drafts.Agreement o : out) if (o != a && o.parties.size() >= 2 && !o.intended) { t = o; break; }
                }
                // "several agreements were signed at the forum" names no agreement: it signs no unsigned "memorandum between A and B"
                if (t != null && a.parties.isEmpty() && datesCompatible(t, a) && (t.verified || !a.plural) && !newSigning(t, a)) absorb(t, a);
                continue;
            }
            if (!a.verified) continue;            // "the agreement between A and B" never signed in the text
            if (a.intended && a.parties.isEmpty()) continue;
            kept.add(a);
        }
        // a signing dated after the article was published has not happened yet ("will sign on 20 May")
        st.article.published().ifPresent(published -> {
            for (Drafts.Agreement a : kept) if (!a.intended && a.date != null && after(a.date.date(), published)) a.intended = true;
        });
        return kept;
    }

    /** "The agreement was signed in 2018": a singular definite report of a signing, no further one. */
    private static boolean definiteSigning(Drafts.Agreement a) {
        return a.definite && !a.plural && !a.intended && a.further == Drafts.Further.NONE;
    }

    /** Days before publication a stated signing date must end to be an earlier signing, not the reported one. */
    private static final int EARLIER_SIGNING_DAYS = 180;

    /**
     * Whether one of two reports with an agreement states a date that ends at least {@link #EARLIER_SIGNING_DAYS} before the
     * article's publication and the other states none: an earlier signing of the same sides told beside the new one
     * ("have cooperated since 2009, when they signed a memorandum"). A definite report ("The MoU was signed in 2015")
     * tells the agreement named before it, and a plural one sums signings up: neither is kept apart.
     */
    private static boolean pastApart(ArticleState st, Drafts.Agreement t, Drafts.Agreement c) {
        if ((t.date == null) == (c.date == null) || c.definite || c.plural || t.plural) return false;
        Drafts.Agreement dated = t.date != null ? t : c;
        if (dated.date.basis() != signet.time.DateBasis.STATED && dated.date.basis() != signet.time.DateBasis.RESOLVED) return false;
        return st.article.published().flatMap(signet.time.PartialDate::toLocalDate).map(pub -> {
            signet.time.PartialDate d = dated.date.date();
            java.time.LocalDate end = d.day() > 0 ? java.time.LocalDate.of(d.year(), d.month(), d.day())
                    : d.month() > 0 ? java.time.YearMonth.of(d.year(), d.month()).atEndOfMonth() : java.time.LocalDate.of(d.year(), 12, 31);
            return end.plusDays(EARLIER_SIGNING_DAYS).isBefore(pub);
        }).orElse(false);
    }

    /** True when {@code d} is certainly later than {@code published} (not merely a coarser or finer form of it). */
    static boolean after(signet.time.PartialDate d, signet.time.PartialDate published) {
        return !d.compatibleWith(published) && d.compareTo(published) > 0;
    }

    /**
     * A definite singular report ("signed the memorandum", "the MoU was signed by") with two or more parties
     * that tells again the signing of an earlier singular agreement with two or more parties: it shares a
     * party with it, or the earlier one names only states and this one only organizations (the states'
     * bodies that signed for them). "Another"/"also"/"a separate" reports are indefinite, so never retellings.
     */
    private static boolean retelling(Drafts.Agreement t, Drafts.Agreement c) {
        if (!c.definite || c.plural || t.plural || !c.verified || !t.verified || c.parties.size() < 2 || t.parties.size() < 2) return false;
        if (c.parties.stream().anyMatch(t.parties::contains)) return true;
        // "The document was signed by the chairman of X and the director of Y": who signed the signing told before
        // (not when the report names its own sides, "the contract between C and D was signed by ...", or
        // another kind of document)
        if (!c.signatories.isEmpty() && !c.sidesNamed && sameKindOrGeneric(t, c)
                && c.evidence.first().map(e -> e.rule().equals("agreement.passive")).orElse(false)) return true;
        return t.parties.stream().allMatch(AgreementReader::isState) && c.parties.stream().noneMatch(AgreementReader::isState);
    }

    /**
     * The headline's signing told again in the body with fuller names: the headline (sentence 0) names two
     * parties in short forms ("Ruritania and Freedonia sign agreement", "Coral faculty and Delta Labs sign"),
     * the body's first singular report of the same kind names two or more, and each headline party is either
     * one of the body's or a word of a body party's name ("Ruritania" in "Ministry of Trade of Ruritania"),
     * or else the two share a party and the headline's other one is none of the body's.
     */
    private static boolean headlineRetold(ArticleState st, Drafts.Agreement t, Drafts.Agreement c) {
        if (!t.sentences.equals(Set.of(0)) || c.sentences.contains(0) || !headline(st)) return false;
        if (t.plural || c.plural || !t.verified || !c.verified || t.intended || c.intended) return false;
        if (t.parties.size() != 2 || c.parties.size() < 2 || !sameKindOrGeneric(t, c) || c.parties.containsAll(t.parties)) return false;
        int inName = 0, shared = 0;
        for (DocEntity p : t.parties) {
            if (c.parties.contains(p)) shared++;
            else if (c.parties.stream().anyMatch(q -> AgreementReader.containsWords(q.name, p.name))) inName++;
        }
        return shared + inName == 2 || shared == 1 && c.parties.size() == 2;
    }

    /** The article's first sentence is a headline: it ends with no full stop ("Coral and Delta sign deal"). */
    private static boolean headline(ArticleState st) {
        if (st.views.isEmpty()) return false;
        String first = st.views.get(0).sentence.text().strip();
        return !first.isEmpty() && ".!?\"'”’".indexOf(first.charAt(first.length() - 1)) < 0;
    }

    /** The body's names replace the headline's short forms; the rest is merged as usual. */
    private static void absorbHeadline(Drafts.Agreement t, Drafts.Agreement c) {
        List<DocEntity> parties = new ArrayList<>(c.parties);
        if (c.date != null) t.date = c.date;
        // "A inks deal with B" over "A and B signed a memorandum of understanding": the body's kind
        if (GENERIC_HEADS.contains(headNoun(t.kindLabel)) && !GENERIC_HEADS.contains(headNoun(c.kindLabel))) {
            t.kindKey = c.kindKey;
            t.kindLabel = c.kindLabel;
        }
        absorb(t, c);
        t.parties.clear();
        t.parties.addAll(parties);
    }

    /**
     * "signed another memorandum", "also signed a plan of action" (after a memorandum): a signing the text
     * marks as a further one, so the same parties do not make it the one told before.
     */
    private static boolean further(Drafts.Agreement t, Drafts.Agreement c) {
        if (c.further == Drafts.Further.ANOTHER) return true;
        if (c.further != Drafts.Further.ALSO) return false;
        return !headNoun(c.kindLabel).equals(headNoun(t.kindLabel))
                && !c.kindKey.equals(t.kindKey) && !GENERIC_HEADS.contains(headNoun(c.kindLabel)) && !GENERIC_HEADS.contains(headNoun(t.kindLabel))
                || ownModifiers(t, c);
    }

    /**
     * "also signed a loan agreement" after a memorandum, "also signed a supply deal" after a cooperation agreement:
     * a generic head ("agreement", "deal") that words of its own make specific names another text, when none of
     * those words is in the earlier agreement's name ("a loan agreement" after "a loan deal" is the same one).
     */
    private static boolean ownModifiers(Drafts.Agreement t, Drafts.Agreement c) {
        String[] w = SPACES.split(c.kindLabel.strip());
        String head = headNoun(c.kindLabel);
        if (!GENERIC_HEADS.contains(head) || w.length < 2 || !w[w.length - 1].equals(head)) return false;
        List<String> earlier = List.of(SPACES.split(t.kindLabel.strip()));
        for (int k = 0; k < w.length - 1; k++) if (earlier.contains(w[k])) return false;
        return true;
    }

    /**
     * A report that names no party and introduces its agreement as a new one ("A and B signed a
     * cooperation agreement" after a memorandum of understanding; "signed a separate memorandum",
     * "another memorandum"): indefinite, and marked as a further one or of another kind than the
     * agreement told before (neither being a bare "agreement"). Its signatories did not sign that one.
     */
    private static boolean newSigning(Drafts.Agreement t, Drafts.Agreement c) {
        if (!c.parties.isEmpty() || c.definite || c.plural) return false;
        if (c.further == Drafts.Further.ANOTHER || c.further == Drafts.Further.ALSO && ownModifiers(t, c)) return true;
        return !c.kindKey.equals(t.kindKey) && !GENERIC_KEYS.contains(c.kindKey) && !GENERIC_KEYS.contains(t.kindKey);
    }

    /** Kinds that may stand for any agreement (lexicons/agreement-kinds.tsv: the catch-all, a deal). */
    private static final Set<String> GENERIC_KEYS = Set.of("agreement", "deal");

    private static boolean sameKindOrGeneric(Drafts.Agreement t, Drafts.Agreement c) {
        String a = headNoun(t.kindLabel), b = headNoun(c.kindLabel);
        return a.equals(b) || t.kindKey.equals(c.kindKey) || GENERIC_HEADS.contains(a) || GENERIC_HEADS.contains(b);
    }

    /** Agreement nouns that may stand for any agreement ("the agreement", "the document", "the deal"). */
    private static final Set<String> GENERIC_HEADS = Set.of("agreement", "agreements", "document", "documents", "deal", "deals", "accord");

    /** The agreement noun's head: the word before "of"/"on"/"for"/"between", else the last word ("plan of action" → plan). */
    private static String headNoun(String label) {
        String[] w = SPACES.split(label.strip());
        for (int k = 1; k < w.length; k++) if (List.of("of", "on", "for", "between", "in").contains(w[k])) return w[k - 1];
        return w[w.length - 1];
    }

    /** Whether two reports name exactly the same sides. */
    private static boolean sameSides(Drafts.Agreement t, Drafts.Agreement c) {
        return t.parties.size() == c.parties.size() && t.parties.containsAll(c.parties);
    }

    /**
     * Whether a definite plural report names a party of an earlier signed agreement of the article (its
     * other names may be the same partners written differently: "Capital Museums of China").
     */
    private static boolean retold(List<Drafts.Agreement> earlier, Drafts.Agreement c) {
        for (DocEntity p : c.parties)
            for (Drafts.Agreement t : earlier) if (t.verified && !t.intended && t.parties.contains(p)) return true;
        return false;
    }

    /**
     * A retelling: the first report's parties stay (the lead names the parties as such; a retelling often
     * names them through their signatories), except that organizations replace states that stood for them.
     */
    private static void absorbRetelling(Drafts.Agreement t, Drafts.Agreement c) {
        // (not when the retelling names them only through who signed: "Peru and Chile signed an MoU. The MoU was
        // signed by the director of Peru's film agency and ...": the states signed, their officials' bodies did not)
        List<DocEntity> parties = t.parties.stream().allMatch(AgreementReader::isState) && c.parties.stream().noneMatch(AgreementReader::isState)
                && c.sidesNamed ? new ArrayList<>(c.parties) : new ArrayList<>(t.parties);
        absorb(t, c);
        t.parties.clear();
        t.parties.addAll(parties);
    }

    /**
     * "Universities ink MoU ... The MoU was sealed during the visit. ... The MoU between A and B focuses on research":
     * a signing told with no side named (a headline, a passive) and, later, the agreement of its kind named
     * "between A and B" with no verb: that phrase names the sides of the signing told.
     */
    private static boolean namesPartylessSigning(Drafts.Agreement t, Drafts.Agreement c) {
        return t.parties.isEmpty() && t.verified && !t.intended && !t.plural && !c.verified && !c.plural
                && c.parties.size() >= 2 && sameKindOrGeneric(t, c);
    }

    /** Both name parties, and none in common: two different agreements. */
    private static boolean disjointNamedParties(Drafts.Agreement a, Drafts.Agreement b) {
        return !a.parties.isEmpty() && !b.parties.isEmpty() && a.parties.stream().noneMatch(b.parties::contains);
    }


    /** The one signing with two sides or more (verified, not intended) told in sentence {@code sentence}, other than {@code a}; else null. */
    private static Drafts.Agreement signingIn(List<Drafts.Agreement> out, Drafts.Agreement a, int sentence) {
        Drafts.Agreement found = null;
        for (Drafts.Agreement t : out) {
            if (t == a || !t.verified || t.intended || t.parties.size() < 2 || !t.sentences.contains(sentence)) continue;
            if (found != null) return null;
            found = t;
        }
        return found;
    }
    private static boolean datesCompatible(Drafts.Agreement a, Drafts.Agreement b) {
        return a.date == null || b.date == null || a.date.date().compatibleWith(b.date.date());
    }

    private static void absorb(Drafts.Agreement t, Drafts.Agreement c) {
        c.parties.forEach(t::addParty);
        for (int i = 0; i < c.signatories.size(); i++) {
            if (!t.signatories.contains(c.signatories.get(i))) {
                t.signatories.add(c.signatories.get(i));
                t.signatoryOrgs.add(c.signatoryOrgs.get(i));
                t.signatoryTitles.add(c.signatoryTitles.get(i));
            }
        }
        for (DocEntity w : c.witnesses) if (!t.witnesses.contains(w)) t.witnesses.add(w);
        if (t.date == null) t.date = c.date;
        if (t.place == null || !t.place.isCity() && c.place != null && c.place.isCity()) t.place = c.place == null ? t.place : c.place;
        t.verified |= c.verified;
        t.noFallbackDate |= c.noFallbackDate;
        if ((t.kindKey.equals("agreement") || t.kindKey.equals("memorandum")) && !c.kindKey.equals("agreement")) {
            t.kindKey = c.kindKey;
            t.kindLabel = c.kindLabel;
        }
        t.evidence.addAll(c.evidence);
        t.sentences.addAll(c.sentences);
    }
}
