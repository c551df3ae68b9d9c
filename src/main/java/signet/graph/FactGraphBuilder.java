package signet.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import signet.doc.Article;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.DateValue;
import signet.fact.Entity;
import signet.fact.EntityKind;
import signet.fact.EventFact;
import signet.fact.Evidence;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import signet.fact.PartOfFact;
import signet.fact.PostFact;
import signet.fact.Signatory;
import signet.time.DateBasis;
import signet.time.PartialDate;

/**
 * Writes one article's extraction as the triples of its named graph, following
 * {@code ontology/signet.ttl}: the document with its cleaned text, every entity it names, every
 * fact with its evidence annotations, dates as OWL-Time instants plus a typed literal and a basis.
 *
 * <p>The output is a pure function of the extraction and the extractor version: fact IRIs are
 * keyed by what identifies each fact ({@link Iris#contentKey}: an agreement by its sorted party
 * keys, kind and status; a post by person, title and organization; a part-of by child and parent;
 * an event by kind, date, sorted participants and works), evidence IRIs by fact, span and rule,
 * and nothing carries a timestamp. So re-ingesting an unchanged file yields the very same
 * triples, and a re-extraction that finds the same facts in another order names them as before:
 * a curation that retracts a fact keeps pointing at it. Two facts with the same identity in one
 * article (rare: the same parties signing two same-kind agreements) get {@code -2}, {@code -3}
 * suffixes in list order. Immutable and thread-safe.
 */
public final class FactGraphBuilder implements DocumentGraphBuilder {
    /** How much context the quote selector keeps on each side of the span (Web Annotation prefix/suffix). */
    static final int CONTEXT = 32;

    private static final Pattern WIKIDATA = Pattern.compile("(?:https?://www\\.wikidata\\.org/(?:entity|wiki)/)?(Q[1-9][0-9]*)");
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private final Iris iris;
    private final SchemeLabels labels;

    public FactGraphBuilder(Iris iris) {
        this(iris, SchemeLabels.fromClasspath());
    }

    public FactGraphBuilder(Iris iris, SchemeLabels labels) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    @Override
    public Graph build(ExtractionResult result, String extractorVersion) {
        return new Run(result, extractorVersion).build();
    }

    /**
     * The IRIs the graph gives the result's facts, in the order of {@link ExtractionResult#facts()}:
     * for printing a fact with the IRI a curation would name.
     */
    public List<String> factIris(ExtractionResult result) {
        Run run = new Run(result, "");
        run.build();
        return List.copyOf(run.factIris);
    }

    /** The state of one build: the model being filled and the local names already given out. */
    private final class Run {
        private final Article article;
        private final ExtractionResult result;
        private final String version;
        private final Model m = ModelFactory.createDefaultModel();
        private final Resource doc;
        private final Resource activity;
        /** Entities by IRI, merged when the same key comes twice (names unioned, first name preferred). */
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        /** Local names minted so far in this document, to suffix the rare identical keys deterministically. */
        private final Set<String> locals = new HashSet<>();
        /** The IRI of each fact, in list order. */
        private final List<String> factIris = new ArrayList<>();

        Run(ExtractionResult result, String version) {
            this.result = result;
            this.article = result.article();
            this.version = Objects.requireNonNull(version, "extractor version");
            this.doc = m.createResource(iris.document(article.id()));
            this.activity = m.createResource(iris.extraction(article.id()));
        }

        Graph build() {
            result.entities().forEach(this::collect);
            for (Fact f : result.facts()) referencedEntities(f).forEach(this::collect);
            document();
            entities.values().forEach(this::entity);
            for (Fact f : result.facts()) {
                switch (f) {
                    case AgreementFact a -> agreement(a);
                    case PostFact p -> post(p);
                    case PartOfFact p -> partOf(p);
                    case EventFact e -> event(e);
                }
            }
            return m.getGraph();
        }

        // ---- document ---------------------------------------------------------------------

        private void document() {
            doc.addProperty(RDF.type, SchemaDO.NewsArticle).addProperty(RDF.type, PROV.Entity)
               .addProperty(DCTerms.identifier, article.id())
               .addProperty(SIG.fileName, article.fileName())
               .addProperty(SchemaDO.text, article.text())
               .addProperty(SIG.extractorVersion, version);
            if (article.contentHash() != null && !article.contentHash().isBlank())
                doc.addProperty(SIG.contentHash, article.contentHash().toLowerCase(Locale.ROOT));
            mediaType(article.format()).ifPresent(t -> doc.addProperty(SchemaDO.encodingFormat, t));
            article.title().filter(t -> !t.isBlank()).ifPresent(t -> doc.addProperty(SchemaDO.headline, t));
            article.published().ifPresent(d -> doc.addLiteral(SchemaDO.datePublished, dateLiteral(d)));
            article.publisher().filter(p -> !p.isBlank()).ifPresent(p -> doc.addProperty(SchemaDO.publisher, publisher(p)));
            article.dateline().filter(d -> !d.isBlank()).ifPresent(d -> {
                doc.addProperty(SIG.datelineText, d);
                datelinePlace(d).ifPresent(place -> doc.addProperty(SIG.dateline, place));
            });
            // the extraction run: no start or end time, which would change on every re-ingest
            activity.addProperty(RDF.type, PROV.Activity)
                    .addProperty(RDFS.label, "extraction of " + article.fileName() + " by signet " + version)
                    .addProperty(PROV.used, doc)
                    .addProperty(SIG.extractorVersion, version);
        }

        private Optional<String> mediaType(String format) {
            return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
                case "txt" -> Optional.of("text/plain");
                case "md" -> Optional.of("text/markdown");
                case "html", "htm" -> Optional.of("text/html");
                default -> Optional.empty();
            };
        }

        /** The publisher as an organization: an entity of the result when one has that name, else minted from the name. */
        private Resource publisher(String name) {
            Optional<Entity> known = entityNamed(name, EntityKind.ORGANIZATION);
            if (known.isPresent()) return m.createResource(iri(known.get()));
            Resource org = m.createResource(iris.entity(EntityKind.ORGANIZATION, Iris.slug(name)));
            org.addProperty(RDF.type, ORG.Organization).addProperty(RDF.type, FOAF.Organization)
               .addProperty(SKOS.prefLabel, name).addProperty(RDFS.label, name).addProperty(FOAF.name, name);
            NameKey.addAll(org, List.of(name));
            return org;
        }

        /** Links the dateline to a place only when the extraction resolved one of that name: no guessing here. */
        private Optional<Resource> datelinePlace(String dateline) {
            String first = dateline.split(",", 2)[0].strip();
            return entityNamed(dateline, EntityKind.PLACE).or(() -> entityNamed(first, EntityKind.PLACE))
                    .map(e -> m.createResource(iri(e)));
        }

        private Optional<Entity> entityNamed(String name, signet.fact.EntityKind kind) {
            return entities.values().stream()
                    .filter(e -> e.kind() == kind)
                    .filter(e -> e.name().equalsIgnoreCase(name) || e.altNames().stream().anyMatch(a -> a.equalsIgnoreCase(name)))
                    .findFirst();
        }

        // ---- entities ---------------------------------------------------------------------

        private void collect(Entity e) {
            entities.merge(iri(e), e, (a, b) -> {
                TreeSet<String> alt = new TreeSet<>(a.altNames());
                alt.addAll(b.altNames());
                if (!b.name().equals(a.name())) alt.add(b.name());
                return new Entity(a.kind(), a.key(), a.name(), alt, a.acronym().or(b::acronym),
                        a.wikidata().or(b::wikidata), a.known() || b.known());
            });
        }

        private void entity(Entity e) {
            Resource r = m.createResource(iri(e));
            switch (e.kind()) {
                case ORGANIZATION -> r.addProperty(RDF.type, ORG.Organization).addProperty(RDF.type, FOAF.Organization)
                                      .addProperty(FOAF.name, e.name());
                case PERSON -> r.addProperty(RDF.type, FOAF.Person).addProperty(FOAF.name, e.name());
                case PLACE -> r.addProperty(RDF.type, SchemaDO.Place);
                case WORK -> r.addProperty(RDF.type, SchemaDO.CreativeWork);
            }
            r.addProperty(SKOS.prefLabel, e.name()).addProperty(RDFS.label, e.name());
            for (String alt : e.altNames()) if (!alt.equals(e.name())) r.addProperty(SKOS.altLabel, alt);
            e.acronym().filter(a -> !a.isBlank()).ifPresent(a -> {
                r.addProperty(SIG.acronym, a);
                // materialised so alias look-ups need no sub-property inference
                if (!a.equals(e.name())) r.addProperty(SKOS.altLabel, a);
            });
            e.wikidata().ifPresent(q -> r.addProperty(OWL.sameAs, m.createResource(WIKIDATA_ENTITY + wikidataId(q))));
            if (e.kind() == EntityKind.ORGANIZATION) {
                List<String> names = new ArrayList<>(e.altNames());
                names.add(e.name());
                e.acronym().ifPresent(names::add);
                NameKey.addAll(r, names);
            }
        }

        private String iri(Entity e) { return iris.entity(e.kind(), e.key()); }

        private Resource node(Entity e) { return m.createResource(iri(e)); }

        // ---- facts ------------------------------------------------------------------------

        private void agreement(AgreementFact a) {
            List<String> identity = new ArrayList<>(sorted(a.parties()));
            identity.add(a.kindKey());
            identity.add(a.status().name());
            Resource f = fact(local("agreement-", identity), SIG.Agreement, a);
            f.addProperty(SIG.status, a.status() == AgreementStatus.SIGNED ? SIG.Signed : SIG.Intended);
            String key = Iris.slug(a.kindKey());
            f.addProperty(SIG.agreementKind, concept(iris.kind(key), SIG.AgreementKinds, key));
            if (a.kindLabel() != null && !a.kindLabel().isBlank()) f.addProperty(SIG.statedKind, a.kindLabel());
            for (Entity p : a.parties()) f.addProperty(SIG.party, node(p));
            for (Entity w : a.witnesses()) f.addProperty(SIG.witness, node(w));
            Set<String> signatures = new HashSet<>();
            for (Signatory s : a.signatories()) {
                f.addProperty(SIG.signatory, node(s.person()));
                // keyed by the signer, so it is as stable as the agreement it belongs to
                String local = "signature-" + s.person().key(), unique = local;
                for (int n = 2; !signatures.add(unique); n++) unique = local + "-" + n;
                Resource sig = m.createResource(f.getURI() + "/" + unique)
                        .addProperty(RDF.type, SIG.Signature)
                        .addProperty(SIG.signer, node(s.person()));
                s.signedFor().ifPresent(o -> sig.addProperty(SIG.signedFor, node(o)));
                s.title().filter(t -> !t.isBlank()).ifPresent(t -> sig.addProperty(SIG.signerTitle, t));
                f.addProperty(SIG.signature, sig);
            }
            a.place().ifPresent(p -> f.addProperty(SchemaDO.location, node(p)));
            for (String area : a.areas()) {
                String label = area.strip().replaceAll("\\s+", " ");
                if (label.isEmpty()) continue;
                Resource c = m.createResource(iris.area(Iris.slug(label)))
                        .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, SIG.CooperationAreas)
                        .addProperty(SKOS.prefLabel, label, "en");
                f.addProperty(SIG.area, c);
            }
            a.date().ifPresent(d -> date(f, d));
            f.addProperty(RDFS.label, kindWording(a.kindLabel(), f, SIG.agreementKind) + ": "
                    + String.join(" – ", a.parties().stream().map(Entity::name).toList()));
        }

        private void post(PostFact p) {
            String title = p.title().strip();
            Resource f = fact(local("post-", List.of(ref(p.person()), normalised(title), ref(p.organization()))),
                    ORG.Membership, p);
            f.addProperty(ORG.member, node(p.person()))
             .addProperty(ORG.organization, node(p.organization()))
             .addProperty(SIG.title, title)
             .addProperty(SIG.statedIn, doc)
             .addProperty(RDFS.label, p.person().name() + ", " + title + ", " + p.organization().name());
            Resource role = m.createResource(iris.role(Iris.slug(title)))
                    .addProperty(RDF.type, ORG.Role).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, SIG.Roles).addProperty(SKOS.prefLabel, title, "en");
            f.addProperty(ORG.role, role);
            // a post is true as of the article, not forever: the article's date says when
            article.published().ifPresent(d -> f.addLiteral(SIG.statedAsOf, dateLiteral(d)));
        }

        private void partOf(PartOfFact p) {
            Resource f = fact(local("partof-", List.of(ref(p.child()), ref(p.parent()))), SIG.PartOfStatement, p);
            Resource child = node(p.child()), parent = node(p.parent());
            f.addProperty(SIG.child, child).addProperty(SIG.parent, parent)
             .addProperty(RDFS.label, p.child().name() + " part of " + p.parent().name());
            child.addProperty(ORG.subOrganizationOf, parent);
        }

        private void event(EventFact e) {
            List<Entity> who = new ArrayList<>(e.organizers());
            who.addAll(e.participants());
            List<String> identity = new ArrayList<>();
            identity.add(e.kindKey());
            identity.add(e.date().map(d -> d.date().lexical()).orElse(""));
            identity.addAll(sorted(who));
            identity.add("works:");
            identity.addAll(sorted(e.works()));
            Resource f = fact(local("event-", identity), SchemaDO.Event, e);
            String key = Iris.slug(e.kindKey());
            f.addProperty(SIG.eventKind, concept(iris.eventKind(key), SIG.EventKinds, key));
            if (e.kindLabel() != null && !e.kindLabel().isBlank()) f.addProperty(SIG.statedKind, e.kindLabel());
            for (Entity o : e.organizers()) f.addProperty(SchemaDO.organizer, node(o));
            for (Entity a : e.participants()) f.addProperty(SchemaDO.attendee, node(a));
            for (Entity w : e.works()) f.addProperty(SchemaDO.workFeatured, node(w));
            e.place().ifPresent(p -> f.addProperty(SchemaDO.location, node(p)));
            e.date().ifPresent(d -> date(f, d));
            f.addProperty(RDFS.label, kindWording(e.kindLabel(), f, SIG.eventKind)
                    + e.date().map(d -> " (" + d.date().lexical() + ")").orElse(""));
        }

        /**
         * The local name of a fact: the prefix and the content key of its identity, suffixed
         * {@code -2}, {@code -3}... when an earlier fact of this document had the same identity.
         */
        private String local(String prefix, List<String> identity) {
            String local = prefix + Iris.contentKey(identity), unique = local;
            for (int n = 2; !locals.add(unique); n++) unique = local + "-" + n;
            return unique;
        }

        /**
         * The fact node with what every fact has: type, source, activity, evidence, confidence,
         * and how many further sentences stated it when not all were kept.
         */
        private Resource fact(String local, Resource type, Fact fact) {
            List<Evidence> evidence = fact.evidence();
            Resource f = m.createResource(iris.fact(article.id(), local))
                    .addProperty(RDF.type, type)
                    .addProperty(PROV.wasDerivedFrom, doc)
                    .addProperty(PROV.wasGeneratedBy, activity);
            factIris.add(f.getURI());
            double best = 0;
            for (Evidence ev : evidence) {
                f.addProperty(SIG.evidence, annotation(f, ev));
                best = Math.max(best, ev.confidence());
            }
            f.addLiteral(SIG.confidence, decimal(best));
            if (fact.evidenceNotKept() > 0)
                f.addLiteral(SIG.evidenceNotKept, m.createTypedLiteral(String.valueOf(fact.evidenceNotKept()), XSDDatatype.XSDnonNegativeInteger));
            return f;
        }

        private Resource annotation(Resource fact, Evidence ev) {
            Resource ann = m.createResource(iris.fact(article.id(), local("evidence-",
                    List.of(fact.getURI(), String.valueOf(ev.start()), String.valueOf(ev.end()), ev.rule()))));
            String text = article.text();
            int start = Math.min(ev.start(), text.length()), end = Math.min(ev.end(), text.length());
            Resource quote = m.createResource(ann.getURI() + "/quote")
                    .addProperty(RDF.type, OA.TextQuoteSelector)
                    .addProperty(OA.exact, ev.exact())
                    .addProperty(OA.prefix, text.substring(cutBefore(text, start), start))
                    .addProperty(OA.suffix, text.substring(end, cutAfter(text, end)));
            Resource position = m.createResource(ann.getURI() + "/position")
                    .addProperty(RDF.type, OA.TextPositionSelector)
                    .addLiteral(OA.start, m.createTypedLiteral(String.valueOf(ev.start()), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(OA.end, m.createTypedLiteral(String.valueOf(ev.end()), XSDDatatype.XSDnonNegativeInteger));
            Resource target = m.createResource(ann.getURI() + "/target")
                    .addProperty(RDF.type, OA.SpecificResource)
                    .addProperty(OA.hasSource, doc)
                    .addProperty(OA.hasSelector, quote)
                    .addProperty(OA.hasSelector, position);
            return ann.addProperty(RDF.type, OA.Annotation)
                    .addProperty(OA.hasBody, fact)
                    .addProperty(OA.hasTarget, target)
                    .addProperty(SIG.rule, ev.rule())
                    .addLiteral(SIG.confidence, decimal(ev.confidence()));
        }

        /** Date triples: the shared OWL-Time instant, the denormalised typed literal and the basis. */
        private void date(Resource fact, DateValue value) {
            PartialDate d = value.date();
            Literal lit = dateLiteral(d);
            Property position = switch (d.precision()) {
                case DAY -> TIME.inXSDDate;
                case MONTH -> TIME.inXSDgYearMonth;
                case YEAR -> TIME.inXSDgYear;
            };
            Resource instant = m.createResource(iris.instant(d)).addProperty(RDF.type, TIME.Instant).addLiteral(position, lit);
            fact.addProperty(TIME.hasTime, instant)
                .addLiteral(SIG.date, lit)
                .addProperty(SIG.dateBasis, basis(value.basis()));
        }

        /** A kind concept carrying the ontology's own label, or one made from its key if the ontology lacks it. */
        private Resource concept(String iri, Resource scheme, String key) {
            Literal label = labels.prefLabel(scheme, key).orElseGet(() -> m.createLiteral(key.replace('-', ' '), "en"));
            return m.createResource(iri).addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.notation, key).addProperty(SKOS.prefLabel, label);
        }

        private String kindWording(String stated, Resource fact, Property kindProperty) {
            if (stated != null && !stated.isBlank()) return stated;
            return fact.getPropertyResourceValue(kindProperty).getProperty(SKOS.prefLabel).getString();
        }

        private Literal dateLiteral(PartialDate d) {
            RDFDatatype type = switch (d.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            return m.createTypedLiteral(d.lexical(), type);
        }

        private Literal decimal(double value) {
            BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
            if (d.scale() < 1) d = d.setScale(1);
            return m.createTypedLiteral(d.toPlainString(), XSDDatatype.XSDdecimal);
        }
    }

    /** An entity's identity in a content key: kind and key, so a person and an organization with one slug differ. */
    private static String ref(Entity e) { return e.kind().segment() + "/" + e.key(); }

    /** The entities' identities in sorted order: the same parties named in another order are the same agreement. */
    private static List<String> sorted(List<Entity> entities) {
        return entities.stream().map(FactGraphBuilder::ref).distinct().sorted().toList();
    }

    /** A title as identity: case and spacing do not make another post. */
    private static String normalised(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Entity> referencedEntities(Fact f) {
        List<Entity> out = new ArrayList<>();
        switch (f) {
            case AgreementFact a -> {
                out.addAll(a.parties());
                out.addAll(a.witnesses());
                for (Signatory s : a.signatories()) {
                    out.add(s.person());
                    s.signedFor().ifPresent(out::add);
                }
                a.place().ifPresent(out::add);
            }
            case PostFact p -> { out.add(p.person()); out.add(p.organization()); }
            case PartOfFact p -> { out.add(p.child()); out.add(p.parent()); }
            case EventFact e -> {
                out.addAll(e.organizers());
                out.addAll(e.participants());
                out.addAll(e.works());
                e.place().ifPresent(out::add);
            }
        }
        return out;
    }

    private static Resource basis(DateBasis b) {
        return switch (b) {
            case STATED -> SIG.StatedDate;
            case RESOLVED -> SIG.ResolvedDate;
            case PUBLICATION -> SIG.PublicationDate;
        };
    }

    /** "Q42" or a Wikidata entity IRI → "Q42"; anything else is a data error, reported rather than written. */
    static String wikidataId(String value) {
        Matcher mt = WIKIDATA.matcher(value.strip());
        if (!mt.matches()) throw new IllegalArgumentException("not a Wikidata item id: " + value);
        return mt.group(1);
    }

    /** Start of the prefix: up to {@link #CONTEXT} chars back, never splitting a surrogate pair. */
    static int cutBefore(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from++;
        return Math.min(from, start);
    }

    /** End of the suffix: up to {@link #CONTEXT} chars on, never splitting a surrogate pair. */
    static int cutAfter(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length() && to > end && Character.isHighSurrogate(text.charAt(to - 1))) to--;
        return to;
    }
}
