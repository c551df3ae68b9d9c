package signet.extract;

import signet.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import signet.extract.DocRegistry.DocEntity;
import signet.fact.EntityKind;

/**
 * Reads events that are not signings: meetings and talks, festivals, premieres, launches,
 * conferences. The event's kind comes from the words around its verb; its participants are the
 * organizations before the verb and after "with"; "at the event" refers back to the last event,
 * "the movie" to the last film named.
 */
final class EventReader {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}");
    private final Set<String> verbs = Set.copyOf(TsvResource.firstColumn("lexicons/event-verbs.tsv"));
    private final Set<String> excluding;

    EventReader(Lexicons lex) {
        this.excluding = lex.wordSet("excluding");
        this.eventHeads = lex.wordSet("event-heads");
    }

    List<Drafts.Event> read(ArticleState st) {
        List<Drafts.Event> out = new ArrayList<>();
        DocEntity lastWork = null;
        for (int s = 0; s < st.views.size(); s++) {
            SentenceView v = st.views.get(s);
            // a sentence reporting a signing is the agreement reader's, unless it also names an event
            // ("The signing took place within the framework of the Global Media Congress held ...")
            boolean signing = !AgreementReader.triggers(st, v).isEmpty();
            List<DocEntity> works = new ArrayList<>();
            for (int k = 0; k < v.size(); k++) {
                Mention m = v.mentionAt(k);
                if (m != null && m.type() == MentionType.WORK) works.add(st.entity(v, v.parts.get(k)));
                if (m == null && (v.word(k).equals("movie") || v.word(k).equals("film")) && k > 0 && v.word(k - 1).equals("the") && works.isEmpty() && lastWork != null) works.add(lastWork);
            }
            if (!works.isEmpty()) lastWork = works.get(works.size() - 1);
            for (int i = 0; i < v.size(); i++) {
                String w = v.word(i);
                int len = i + 1 < v.size() && verbs.contains(w + " " + v.word(i + 1)) ? 2 : verbs.contains(w) ? 1 : 0;
                if (len == 0 || v.isMention(i)) continue;
                Drafts.Event e = new Drafts.Event(s);
                StringBuilder window = new StringBuilder(w);
                for (int k = Math.max(0, i - 7); k < Math.min(v.size(), i + len + 8); k++) {
                    Mention m = v.mentionAt(k);
                    window.append(' ').append(m != null ? m.text().toLowerCase() : v.word(k));
                }
                boolean namedEvent = false;
                for (int k = Math.max(0, i - 4); k < Math.min(v.size(), i + len + 8); k++) namedEvent |= isNamedEvent(v.mentionAt(k));
                if (signing && !namedEvent) continue;
                Lexicons.Kind kind = st.lex.eventKind(window.toString());
                e.kindKey = kind.key();
                e.kindLabel = kindPhrase(v, i + len).orElse(kind.label());
                for (int k = 0; k < i; k++) {
                    Mention m = v.mentionAt(k);
                    if (m == null || m.type() != MentionType.ORG) continue;
                    if (k + 1 < v.size() && v.word(k + 1).equals("'s")) continue;
                    int j = k - 1;
                    while (j >= 0 && v.word(j).equals("the")) j--;
                    if (j >= 0 && excluding.contains(v.word(j))) continue;
                    // "The 2025 China Film Festival ... was launched": the event itself, not who held it
                    if (isNamedEvent(m)) {
                        e.kindLabel = e.kindLabel + " (" + m.name() + ")";
                        continue;
                    }
                    add(e.organizers, st.entity(v, v.parts.get(k)));
                }
                for (int k = i + len; k < v.size(); k++) {
                    if (!v.word(k).equals("with")) continue;
                    for (int j = k + 1; j < Math.min(v.size(), k + 8); j++) {
                        Mention m = v.mentionAt(j);
                        if (m != null && m.type() == MentionType.ORG) add(e.participants, st.entity(v, v.parts.get(j)));
                        if (m != null && m.type() == MentionType.TITLE) continue;
                        if (v.word(j).equals(",") && j > k + 1) break;
                    }
                }
                e.works.addAll(works);
                for (int k = 0; k < v.size(); k++) {
                    Mention m = v.mentionAt(k);
                    if (m != null && m.type() == MentionType.DATE && (e.date == null || Math.abs(k - i) < 6)) e.date = m.date();
                    if (m != null && m.type() == MentionType.PLACE && k > 0 && placePrepositionBefore(v, k)) {
                        DocEntity p = st.registry.place(m);
                        if (e.place == null || !e.place.isCity() && p.isCity()) e.place = p;
                    }
                }
                // a meeting's date is a day: "discussed ... the Winter Olympics in 2022" is not when they met
                if (e.kindKey.equals("meeting") && e.date != null && e.date.date().precision() != signet.time.Precision.DAY) e.date = null;
                boolean atTheEvent = v.form.contains("at the event") || v.form.contains("during the event");
                if (atTheEvent && !out.isEmpty()) {
                    // "at the event": the last event called an event, else the last one
                    Drafts.Event prev = out.get(out.size() - 1);
                    for (int j = out.size() - 1; j >= 0; j--) if (out.get(j).kindLabel.endsWith("event")) { prev = out.get(j); break; }
                    if (e.date == null) e.date = prev.date;
                    // "The 2025 China Film Festival in Russia was launched at the event": the event's city
                    if (e.place == null || !e.place.isCity() && prev.place != null && prev.place.isCity()) e.place = prev.place;
                }
                // a meeting reported as news with no day of its own happened about when it was reported
                boolean meeting = e.kindKey.equals("meeting") || e.kindKey.equals("talks");
                // the host of a reception or visit may be a person ("Nusseibeh received a delegation")
                if (meeting && e.organizers.isEmpty()) {
                    for (int k = 0; k < i; k++) {
                        Mention m = v.mentionAt(k);
                        if (m != null && m.type() == MentionType.PERSON) add(e.organizers, st.entity(v, v.parts.get(k)));
                    }
                }
                boolean sentenceHasDate = false;
                for (int k = 0; k < v.size(); k++) sentenceHasDate |= v.word(k).equals("DAT");
                if (e.date == null && meeting && !sentenceHasDate && !(e.organizers.isEmpty() && e.participants.isEmpty()) && st.article.published().isPresent()
                        && st.article.published().get().precision() == signet.time.Precision.DAY)
                    e.date = new signet.time.DateMention(v.sentence.start(), v.sentence.start(), "", st.article.published().get(), signet.time.DateBasis.PUBLICATION);
                // an event is reported for when it happened: undated mentions are background ("had talks in the past")
                if (e.date == null) continue;
                // "since the bookstore opened in July": an unnamed happening with nobody taking part is not an event
                if (e.kindKey.equals("event") && e.organizers.isEmpty() && e.participants.isEmpty() && e.works.isEmpty()) continue;
                e.evidence.add(ArticleState.evidence(v.sentence, "event." + kind.key(), e.date != null ? 0.75 : 0.6));
                mergeOrAdd(out, e);
                break; // one event per sentence
            }
        }
        return out;
    }

    private final Set<String> eventHeads;

    /** An organization-shaped name that names an event: "Global Media Congress", "Kazan Forum 2024". */
    private boolean isNamedEvent(Mention m) {
        if (m == null || m.type() != MentionType.ORG || m.known().isPresent()) return false;
        String[] w = SPACES.split(m.name().toLowerCase());
        for (int k = w.length - 1; k >= 0; k--) {
            if (FOUR_DIGITS.matcher(w[k]).matches()) continue;
            return eventHeads.contains(w[k]);
        }
        return false;
    }

    /** "held a cultural exchange event" → "cultural exchange event". */
    private static java.util.Optional<String> kindPhrase(SentenceView v, int from) {
        int k = from;
        while (k < v.size() && List.of("a", "an", "the").contains(v.word(k))) k++;
        StringBuilder b = new StringBuilder();
        for (int j = k; j < Math.min(v.size(), k + 4) && !v.isMention(j); j++) {
            String w = v.word(j);
            if (!w.chars().allMatch(c -> Character.isLetter(c) || c == '-') || List.of("at", "in", "on", "with", "by", "for", "to", "during").contains(w)) break;
            if (b.length() > 0) b.append(' ');
            b.append(w);
            if (List.of("event", "meeting", "festival", "forum", "conference", "exhibition", "ceremony", "talks", "session", "summit", "council").contains(w)) return java.util.Optional.of(b.toString());
        }
        return java.util.Optional.empty();
    }

    /** "in Moscow", "in the central Iranian city of Isfahan". */
    private static boolean placePrepositionBefore(SentenceView v, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 7); j--) {
            if (List.of("in", "at").contains(v.word(j))) return true;
            if (v.isMention(j) && !v.word(j).equals("OTH")) return false;
        }
        return false;
    }

    private static void add(List<DocEntity> list, DocEntity e) {
        if (e != null && e.kind != EntityKind.PLACE && !list.contains(e)) list.add(e);
    }

    private static void mergeOrAdd(List<Drafts.Event> out, Drafts.Event e) {
        for (Drafts.Event t : out) {
            boolean sameDate = t.date != null && e.date != null && t.date.date().compatibleWith(e.date.date());
            boolean overlap = t.organizers.stream().anyMatch(e.organizers::contains);
            if (t.kindKey.equals(e.kindKey) && sameDate && (overlap || e.organizers.isEmpty())) {
                e.organizers.forEach(x -> add(t.organizers, x));
                e.participants.forEach(x -> add(t.participants, x));
                e.works.forEach(x -> { if (!t.works.contains(x)) t.works.add(x); });
                if (t.place == null || !t.place.isCity() && e.place != null && e.place.isCity()) t.place = e.place == null ? t.place : e.place;
                t.evidence.addAll(e.evidence);
                return;
            }
        }
        out.add(e);
    }
}
