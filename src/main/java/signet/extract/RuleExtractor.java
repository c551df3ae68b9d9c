package signet.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signet.doc.Article;
import signet.doc.Sentence;
import signet.extract.DocRegistry.DocEntity;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.DateValue;
import signet.fact.Entity;
import signet.fact.EntityKind;
import signet.fact.EventFact;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import signet.fact.PartOfFact;
import signet.fact.PostFact;
import signet.fact.Signatory;
import signet.time.DateBasis;
import signet.time.DateContext;
import signet.time.DateFinder;
import signet.time.PartialDate;

/**
 * The rule-based extractor: sentences → mentions → document entities → posts, part-of,
 * agreements and events. Immutable and thread-safe: the lexicons and rules are loaded once in the
 * constructor and every article gets its own working state.
 */
public final class RuleExtractor implements Extractor {
    /**
     * The rules' version. The ingester adds a digest of the whole build (code, word lists, rules),
     * so stored graphs are re-extracted after any change; bump this for a change of meaning that
     * should show in provenance.
     */
    private static final String CODE_VERSION = "1";
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

    private final Lexicons lex;
    private final ReferenceData ref;
    private final MentionFinder finder;
    private final ApostropheNames apostropheNames;
    private final RelationReader relations = new RelationReader();
    private final PartOfReader partOfReader = new PartOfReader();
    private final AgreementReader agreements;
    private final EventReader events;
    private final AreaReader areas = new AreaReader();
    private final DefiniteReference definite;
    private final String version;

    public RuleExtractor() {
        this(new signet.time.RuleDateFinder());
    }

    public RuleExtractor(DateFinder dates) {
        this.lex = new Lexicons();
        this.ref = new ReferenceData();
        this.finder = new MentionFinder(lex, ref, dates);
        this.apostropheNames = new ApostropheNames(lex);
        this.definite = new DefiniteReference(lex, ref);
        this.agreements = new AgreementReader(lex);
        this.events = new EventReader(lex);
        this.version = "rules-" + CODE_VERSION;
    }

    @Override
    public String version() { return version; }

    /**
     * The abstract form of every sentence ({@code PER_0 , TTL_1 of the ORG_2 ...}) with its
     * mentions, as the rules see it: for people writing rules ({@code signet extract --forms}).
     */
    public List<String> abstractForms(Article article) {
        List<String> out = new ArrayList<>();
        List<SentenceView> views = views(article, mentions(article, context(article)), datelineEnd(article), Set.of());
        // as the readers see them: short forms, acronyms and definite references ("the bank") resolved
        registry(article, views);
        for (SentenceView v : views) {
            StringBuilder b = new StringBuilder(v.form);
            for (int i = 0; i < v.mentions.size(); i++)
                b.append("\n      ").append(v.mentions.get(i).type().code).append('_').append(i).append(" = ").append(v.mentions.get(i).text());
            out.add(b.toString());
        }
        return out;
    }

    /**
     * The article's entities (stage 3), with the views' short forms, acronyms, untyped names and
     * definite references resolved in place.
     */
    private DocRegistry registry(Article article, List<SentenceView> views) {
        DocRegistry registry = new DocRegistry(lex, definite, article.dateline());
        // long names first, so a headline's "Meridian Radio" resolves to the body's "Meridian Radio Corporation"
        views.forEach(registry::learnLongNames);
        // "Savanna said" after "Savanna Telekom PLC": an organization's short form, not a person
        registry.orgsSpeaking(views);
        views.forEach(registry::learn);
        views.forEach(registry::reclassify);
        // a definite reference no organization was found for ("the bank" after two banks) is plain words again;
        // a resolved one takes in its place ("the Vienna museum")
        views.replaceAll(DefiniteReference::settle);
        views.forEach(registry::learn);
        return registry;
    }

    private static DateContext context(Article article) {
        return new DateContext(article.published(), article.published().isPresent() ? Optional.empty() : onlyYear(article.text()));
    }

    /**
     * The tokens and mentions of every sentence. They depend on the sentence and the article date
     * only, not on a round's promotions, so both rounds of {@link #extract} share them: finding
     * mentions (dates above all) is the costliest step and was done twice for many articles.
     */
    private List<MentionFinder.Result> mentions(Article article, DateContext ctx) {
        List<MentionFinder.Result> out = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) {
            MentionFinder.Result r = finder.find(s.text(), s.start(), ctx);
            out.add(r);
            // "the same day", "the next day" in a later sentence count from the last day stated so far
            for (Mention m : r.mentions())
                if (m.type() == MentionType.DATE && m.date() != null && m.date().rangeEnd() == null) ctx = ctx.afterStating(m.date().date());
        }
        return apostropheNames.apply(out);
    }

    /** The sentences with their mentions; names promoted in an earlier round are organizations from the start. */
    private List<SentenceView> views(Article article, List<MentionFinder.Result> found, int datelineEnd, Set<String> promoted) {
        List<SentenceView> views = new ArrayList<>();
        for (int si = 0; si < article.sentences().size(); si++) {
            Sentence s = article.sentences().get(si);
            MentionFinder.Result r = found.get(si);
            List<Mention> ms = new ArrayList<>(r.mentions());
            List<Integer> retyped = new ArrayList<>();
            for (int i = 0; i < ms.size(); i++) {
                if (ms.get(i).type() == MentionType.OTHER && promoted.contains(DocRegistry.norm(ms.get(i).name()))) {
                    ms.set(i, ms.get(i).withType(MentionType.ORG));
                    retyped.add(ms.get(i).from());
                }
            }
            int[] dl = article.datelineSpan();
            boolean hasDateline = dl != null && dl.length == 2 && dl[0] >= s.start() && dl[0] < s.end();
            SentenceView view = new SentenceView(s, r.tokens(), ms, hasDateline ? datelineEnd : -1);
            view.promotedEarlier.addAll(retyped);
            views.add(view);
        }
        return views;
    }

    @Override
    public ExtractionResult extract(Article article) {
        List<String> warnings = new ArrayList<>();
        DateContext ctx = context(article);
        Optional<KnownEntity> dateline = article.dateline().flatMap(ref::datelinePlace);
        int datelineEnd = datelineEnd(article);
        List<MentionFinder.Result> found = mentions(article, ctx);

        ArticleState st = null;
        List<Drafts.Post> posts = List.of();
        List<Drafts.PartOf> partOf = new ArrayList<>();
        List<Drafts.Agreement> agreementDrafts = List.of();
        List<Drafts.Event> eventDrafts = List.of();
        Set<String> promotedBefore = Set.of();
        // Two rounds at most: names a rule promoted (an untyped name in a party slot) are then known
        // in every sentence of the article.
        for (int round = 0; round < 2; round++) {
            List<SentenceView> views = views(article, found, datelineEnd, promotedBefore);
            if (round == 0) {
                for (SentenceView v : views)
                    if (v.form.length() > RelationReader.MAX_FORM)
                        warnings.add("sentence at " + v.sentence.start() + " is too long for the post and part-of rules (" + v.sentence.text().length() + " characters); not read by them");
            }
            DocRegistry registry = registry(article, views);
            st = new ArticleState(article, views, registry, lex, ref, finder, dateline);
            partOf = new ArrayList<>();
            posts = relations.posts(st, partOf);
            partOf.addAll(partOfReader.read(st));
            agreementDrafts = agreements.read(st, posts);
            eventDrafts = events.read(st);
            Set<String> promoted = new TreeSet<>();
            for (DocEntity e : registry.all()) if (e.promoted && e.kind == EntityKind.ORGANIZATION) promoted.add(DocRegistry.norm(e.name));
            if (promoted.equals(promotedBefore) || promoted.isEmpty()) break;
            promotedBefore = promoted;
        }

        List<Fact> facts = new ArrayList<>();
        Map<DocEntity, Entity> entities = new LinkedHashMap<>();
        // a fact naming an entity with no name (a rule's bug, such as a country made from a region's adjective) is
        // dropped with a warning: one such fact never costs the article its other facts
        for (Drafts.Post p : posts) {
            if (unnamed(p.person(), p.org())) { warnings.add("post by " + p.evidence().rule() + " names an entity with no name; not kept"); continue; }
            facts.add(new PostFact(ent(entities, p.person()), p.title(), ent(entities, p.org()), List.of(p.evidence())));
        }
        Set<String> seenPartOf = new LinkedHashSet<>();
        for (Drafts.PartOf p : withoutCycles(partOf)) {
            if (unnamed(p.child(), p.parent())) { warnings.add("part-of by " + p.evidence().rule() + " names an entity with no name; not kept"); continue; }
            if (p.child() == p.parent() || !seenPartOf.add(p.child().key + "|" + p.parent().key)) continue;
            facts.add(new PartOfFact(ent(entities, p.child()), ent(entities, p.parent()), List.of(p.evidence())));
        }
        for (Drafts.Agreement a : agreementDrafts) {
            if (!a.intended && a.parties.size() < 2) continue;
            facts.add(agreementFact(st, a, dateline, entities, earlierSigningDay(agreementDrafts, a, article, st.views.get(a.sentence).sentence.text())));
        }
        for (Drafts.Event e : eventDrafts) {
            Optional<DateValue> date = Optional.ofNullable(e.date).map(ArticleState::dateValue);
            DocEntity place = e.place;
            if (place == null && dateline.isPresent() && date.isPresent() && nearPublication(article, date.get().date(), 3))
                place = st.registry.place(dateline.get().name(), dateline.get());
            facts.add(new EventFact(e.kindKey, e.kindLabel, ents(entities, e.organizers), ents(entities, e.participants), date,
                    Optional.ofNullable(place).filter(x -> !unnamed(x)).map(x -> ent(entities, x)), ents(entities, e.works), e.evidence.kept(), e.evidence.notKept()));
        }
        // every organization and person the article names, with the names it uses for them
        for (DocEntity e : st.registry.all()) if ((e.kind == EntityKind.ORGANIZATION || e.kind == EntityKind.PERSON) && !unnamed(e)) ent(entities, e);
        return new ExtractionResult(article, List.copyOf(entities.values()), facts, warnings);
    }

    /**
     * The day an earlier sentence gives to a signing in the days up to the article date ("Tessaly
     * and Borvia signed seven documents on Wednesday"): further signings the story tells without a
     * day of their own took place then, not on the publication day — unless the sentence opens as
     * another occasion ("Separately, ...").
     */
    private static Optional<DateValue> earlierSigningDay(List<Drafts.Agreement> drafts, Drafts.Agreement a, Article article, String sentence) {
        if (a.date != null || a.intended || a.noFallbackDate || article.published().isEmpty()) return Optional.empty();
        // "Separately, ...", "In a separate deal, ...", "Elsewhere, ...": another occasion, not the one told before
        if (SEPARATE_OCCASION.matcher(sentence).lookingAt()) return Optional.empty();
        Optional<java.time.LocalDate> published = article.published().get().toLocalDate();
        if (published.isEmpty()) return Optional.empty();
        Drafts.Agreement lead = null;
        for (Drafts.Agreement d : drafts) {
            if (d.sentence >= a.sentence || d.intended || d.date == null || d.date.rangeEnd() != null) continue;
            if (lead == null || d.sentence > lead.sentence) lead = d;
        }
        if (lead == null) return Optional.empty();
        Optional<java.time.LocalDate> day = lead.date.date().toLocalDate();
        if (day.isEmpty() || day.get().isAfter(published.get()) || ChronoUnit.DAYS.between(day.get(), published.get()) > 7)
            return Optional.empty();
        return Optional.of(ArticleState.dateValue(lead.date));
    }

    private AgreementFact agreementFact(ArticleState st, Drafts.Agreement a, Optional<KnownEntity> dateline, Map<DocEntity, Entity> entities,
                                        Optional<DateValue> earlierDay) {
        Article article = st.article;
        Optional<DateValue> date = Optional.ofNullable(a.date).map(ArticleState::dateValue).or(() -> earlierDay);
        if (date.isEmpty() && !a.intended && !a.noFallbackDate && article.published().isPresent())
            date = Optional.of(new DateValue(article.published().get(), DateBasis.PUBLICATION));
        DocEntity place = a.place;
        // a signing reported as news happened where the story is filed, unless the text says otherwise
        if (place == null && !a.intended && dateline.isPresent() && date.isPresent() && nearPublication(article, date.get().date(), 7))
            place = st.registry.place(dateline.get().name(), dateline.get());
        List<Signatory> sigs = new ArrayList<>();
        for (int i = 0; i < a.signatories.size(); i++) {
            DocEntity org = a.signatoryOrgs.get(i);
            sigs.add(new Signatory(ent(entities, a.signatories.get(i)), Optional.ofNullable(org).filter(o -> !unnamed(o)).map(o -> ent(entities, o)),
                    Optional.ofNullable(a.signatoryTitles.get(i))));
        }
        // each reporting sentence and the one after it, each read once (the next one often reports it too)
        Set<Integer> read = new LinkedHashSet<>();
        for (int s : a.sentences) {
            read.add(s);
            if (s + 1 < st.views.size()) read.add(s + 1);
        }
        List<String> texts = new ArrayList<>();
        for (int s : read) texts.add(st.views.get(s).sentence.text());
        return new AgreementFact(a.kindKey, a.kindLabel, a.intended ? AgreementStatus.INTENDED : AgreementStatus.SIGNED,
                ents(entities, a.parties), sigs, ents(entities, a.witnesses), date,
                Optional.ofNullable(place).filter(x -> !unnamed(x)).map(x -> ent(entities, x)), areas.areas(texts), a.evidence.kept(), a.evidence.notKept());
    }

    private static final java.util.regex.Pattern SEPARATE_OCCASION = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:separately|elsewhere|meanwhile|earlier|previously|in (?:a|another) separate|in other news|also on)\\b");

    private static boolean nearPublication(Article article, PartialDate d, int days) {
        if (article.published().isEmpty()) return false;
        PartialDate p = article.published().get();
        if (d.toLocalDate().isEmpty() || p.toLocalDate().isEmpty()) return d.equals(p);
        return Math.abs(ChronoUnit.DAYS.between(d.toLocalDate().get(), p.toLocalDate().get())) <= days;
    }

    /** The year a year-less date most likely belongs to, when the article has no date: the only year it names. */
    private static Optional<Integer> onlyYear(String text) {
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) years.add(Integer.parseInt(m.group(1)));
        return years.size() == 1 ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    /**
     * Where the dateline ends: "CHENGDU, China, Jan. 21, 2026 /PRNewswire/ —" or "KUWAIT, March 7
     * (KUNA) --". Mentions before it belong to the dateline, not to the story.
     */
    private static int datelineEnd(Article a) {
        int[] span = a.datelineSpan();
        if (span == null || span.length < 2 || span[0] < 0) return -1;
        String t = a.text();
        int limit = Math.min(t.length(), span[1] + 120);
        boolean bracket = false;
        for (int i = span[1]; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '/') {
                // "(KUNA)", "(UrduPoint / Pakistan Point News / WAM - 01st Jul, 2021)", "/PRNewswire/"
                int j = c == '(' ? t.indexOf(')', i) : t.indexOf('/', i + 1);
                if (j < 0 || j > limit) break;
                i = j;
                bracket = true;
                continue;
            }
            for (String sep : DATELINE_SEPARATORS) if (t.startsWith(sep, i)) return i + sep.length();
            if (c == '.' && i == span[1]) {
                // "ABU DHABI. KAZINFORM Kabar News Agency ...": the wire's name follows the place
                int k = i + 1;
                while (k < t.length() && t.charAt(k) == ' ') k++;
                String pub = a.publisher().orElse("");
                if (!pub.isEmpty() && t.startsWith(pub, k)) k += pub.length();
                return k;
            }
            if (bracket && c == ' ' && i + 1 < t.length() && (Character.isUpperCase(t.charAt(i + 1)) || t.charAt(i + 1) == '"')) return i + 1;
        }
        return span[1];
    }

    private static final List<String> DATELINE_SEPARATORS = List.of(" — ", " – ", " -- ", " - ", "—", "–", "--");

    private static Entity ent(Map<DocEntity, Entity> cache, DocEntity e) {
        return cache.computeIfAbsent(e, DocEntity::toEntity);
    }

    private static List<Entity> ents(Map<DocEntity, Entity> cache, List<DocEntity> es) {
        List<Entity> out = new ArrayList<>();
        for (DocEntity e : es) if (e != null && !unnamed(e)) out.add(ent(cache, e));
        return out;
    }

    /**
     * The part-of drafts without the pairs that contradict each other: A inside B and B inside A cannot both hold,
     * so the one read with less confidence goes, and both go when neither rule is surer (one of them read a
     * description the wrong way round, and nothing tells which).
     */
    static List<Drafts.PartOf> withoutCycles(List<Drafts.PartOf> partOf) {
        // the surest reading of each (child, parent) pair, so each draft looks up its reverse once
        Map<List<DocEntity>, Double> surest = new HashMap<>();
        for (Drafts.PartOf p : partOf) surest.merge(List.of(p.child(), p.parent()), p.evidence().confidence(), Math::max);
        List<Drafts.PartOf> kept = new ArrayList<>();
        for (Drafts.PartOf p : partOf) {
            Double reverse = surest.get(List.of(p.parent(), p.child()));
            if (reverse == null || p.evidence().confidence() > reverse) kept.add(p);
        }
        return kept;
    }

    /** Whether any of the entities has no name (or is missing). */
    private static boolean unnamed(DocEntity... es) {
        for (DocEntity e : es) if (e == null || e.name == null || e.name.isBlank()) return true;
        return false;
    }

}
