package signet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;
import signet.eval.GoldAgreement;
import signet.eval.GoldDocument;
import signet.eval.GoldEvent;
import signet.eval.GoldPair;
import signet.eval.GoldPartOf;
import signet.eval.GoldRole;

/**
 * Writes one article: a headline, a date line or dateline, a lead paragraph with the main fact,
 * more fact sentences (posts, part-of, events, further signings or intentions) and filler
 * paragraphs with no facts; and the gold facts those sentences state. Immutable; each call
 * works on its own draft, so one composer serves any number of threads.
 */
final class ArticleComposer {

    /** Articles span these seven years. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 7 * 365;
    /** A placeholder: letters, digits and the modifiers ! ' : (no nesting, so the scan is linear). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z!':]{1,12})\\}");
    private static final String[] MONTH_ABBR = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

    private final BenchData data;
    private final World world;

    ArticleComposer(BenchData data, World world) {
        this.data = data;
        this.world = world;
    }

    GeneratedArticle compose(String id, RandomGenerator random) {
        return new Draft(id, random).compose();
    }

    /** The choices one sentence is made from; -1 marks an organization or person it does not name. */
    private record Slots(int[] orgs, int[] people, BenchData.AgreementKind kind, DatePhrase date, BenchData.City place,
                         String placeText, String topic, BenchData.EventName event, String future) {}

    /** A sentence still to be written: a template and its choices. */
    private record Piece(String text, Slots slots) {}

    /** One article in the making: what has been mentioned, and the gold so far. Not shared. */
    private final class Draft {
        private final String id;
        private final RandomGenerator random;
        private final LocalDate published;
        private final Set<Integer> mentioned = new HashSet<>(), acronymShown = new HashSet<>(), rolePeople = new HashSet<>();
        private final List<Integer> cast = new ArrayList<>();
        private final Set<Long> pairs = new HashSet<>();
        private final List<GoldAgreement> agreements = new ArrayList<>();
        private final List<GoldRole> roles = new ArrayList<>();
        private final List<GoldPartOf> partOf = new ArrayList<>();
        private final List<GoldEvent> events = new ArrayList<>();
        private final List<GoldPair> notAgreements = new ArrayList<>();
        private final List<Piece> facts = new ArrayList<>();
        private final Set<String> usedFillers = new HashSet<>();
        private Template first;
        private Slots firstSlots;

        Draft(String id, RandomGenerator random) {
            this.id = id;
            this.random = random;
            this.published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        }

        GeneratedArticle compose() {
            double main = random.nextDouble();
            Template.Kind mainKind = main < 0.62 ? Template.Kind.SIGN : main < 0.68 ? Template.Kind.SEPARATE
                    : main < 0.78 ? Template.Kind.INTENT : Template.Kind.EVENT;
            for (int attempt = 0; !fact(mainKind); attempt++)
                if (attempt > 100) throw new IllegalStateException("cannot compose a " + mainKind + " fact from this name pool");
            if (random.nextDouble() < 0.25) fact(Template.Kind.SIGN);
            if (random.nextDouble() < 0.30) fact(Template.Kind.PARTOF);
            if (mainKind != Template.Kind.EVENT && random.nextDouble() < 0.25) fact(Template.Kind.EVENT);
            if (mainKind != Template.Kind.INTENT && random.nextDouble() < 0.10) fact(Template.Kind.INTENT);
            int posts = random.nextInt(4);
            for (int i = 0; i < posts; i++) fact(Template.Kind.POST);

            // Lay the pieces out first and render them in reading order, so the first mention of a
            // name (the one that introduces its acronym) is the first one a reader meets.
            List<List<Piece>> plan = new ArrayList<>();
            plan.add(new ArrayList<>(List.of(facts.get(0))));
            for (int i = 1; i < facts.size(); i++) {
                if (plan.size() > 1 && random.nextDouble() < 0.3) plan.getLast().add(facts.get(i));
                else plan.add(new ArrayList<>(List.of(facts.get(i))));
            }
            int target = 4 + random.nextInt(9);
            int fillers = Math.max(1, target - plan.size());
            for (int i = 0; i < fillers; i++) plan.add(1 + random.nextInt(plan.size()), fillerParagraph());

            List<String> header = new ArrayList<>();
            String dateline = dateline(header);
            List<String> paragraphs = new ArrayList<>();
            for (List<Piece> pieces : plan) {
                List<String> sentences = new ArrayList<>();
                for (Piece piece : pieces) sentences.add(render(piece.text(), piece.slots()));
                paragraphs.add(String.join(" ", sentences));
            }
            paragraphs.set(0, dateline + paragraphs.get(0));

            StringBuilder text = new StringBuilder();
            text.append(headline()).append("\n\n");
            for (String h : header) text.append(h).append("\n\n");
            text.append(String.join("\n\n", paragraphs)).append('\n');
            GoldDocument gold = new GoldDocument(id + ".txt", published.toString(), agreements, roles, partOf, events, notAgreements);
            return new GeneratedArticle(id, text.toString(), gold);
        }

        /** Adds one sentence of the kind and its gold; false when this draw does not fit the article. */
        private boolean fact(Template.Kind kind) {
            Template t = World.pick(data.templates(kind), random);
            int[] orgs = {-1, -1, -1};
            int[] people = {-1, -1};
            switch (kind) {
                case PARTOF -> {
                    if (world.owned.isEmpty()) return false;
                    int child = ownedOrg();
                    orgs[0] = child;
                    orgs[1] = world.orgs.get(child).parent();
                }
                case POST -> {
                    orgs[0] = castOrg();
                    if (orgs[0] < 0) return false;
                }
                default -> {
                    if (!distinctOrgs(orgs, t.organizations(), kind != Template.Kind.EVENT)) return false;
                }
            }
            for (int i = 0; i < 2; i++) {
                if (!t.has(i == 0 ? "PA" : "PB")) continue;
                people[i] = freePerson(orgs[i]);
                if (people[i] < 0) return false;
            }
            DatePhrase date = !t.has("DATE") ? DatePhrase.NONE
                    : kind == Template.Kind.EVENT || random.nextDouble() < 0.85 ? DatePhrase.past(published, random) : DatePhrase.NONE;
            BenchData.City place = random.nextDouble() < 0.85 ? World.pick(data.knownCities, random) : World.pick(data.unknownCities, random);
            String placeText = !place.aliases().isEmpty() && random.nextDouble() < 0.15 ? World.pick(place.aliases(), random) : place.name();
            Slots s = new Slots(orgs, people, World.pick(data.agreementKinds, random), date, place, placeText,
                    World.pick(data.topics, random), World.pick(data.events, random), World.pick(data.futures, random));

            facts.add(new Piece(t.text(), s));
            if (first == null) {
                first = t;
                firstSlots = s;
            }
            recordGold(t, s);
            return true;
        }

        private void recordGold(Template t, Slots s) {
            String kindName = !t.goldKind().isEmpty() ? t.goldKind() : s.kind().goldKind();
            String place = t.has("PLACE") ? s.place().name() : "";
            List<String> named = new ArrayList<>();
            for (int o : s.orgs()) if (o >= 0) named.add(name(o));
            for (int o : s.orgs()) if (o >= 0 && !cast.contains(o)) cast.add(o);
            switch (t.kind()) {
                case SIGN -> {
                    agreements.add(new GoldAgreement(kindName, named, s.date().gold(), place, List.of()));
                    markPairs(s.orgs());
                }
                case SEPARATE -> {
                    agreements.add(new GoldAgreement(kindName, List.of(named.get(0), named.get(1)), s.date().gold(), place, List.of()));
                    agreements.add(new GoldAgreement(kindName, List.of(named.get(0), named.get(2)), s.date().gold(), place, List.of()));
                    markPair(s.orgs()[0], s.orgs()[1]);
                    markPair(s.orgs()[0], s.orgs()[2]);
                }
                case INTENT -> {
                    notAgreements.add(new GoldPair(named.get(0), named.get(1)));
                    markPairs(s.orgs());
                }
                case PARTOF -> partOf.add(new GoldPartOf(named.get(0), named.get(1)));
                case EVENT -> events.add(new GoldEvent(t.has("EVENT") ? s.event().kind() : kindName, named, s.date().gold(), place));
                case POST, HEADLINE_SIGN, HEADLINE_ANY -> { }
            }
            for (int i = 0; i < 2; i++) {
                int p = s.people()[i];
                if (p < 0) continue;
                World.Person person = world.people.get(p);
                roles.add(new GoldRole(person.name(), person.title().inline(), name(person.org())));
                rolePeople.add(p);
            }
        }

        /** The sentence, placeholders filled left to right, so the first mention is the one that introduces an acronym. */
        private String render(String template, Slots s) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder b = new StringBuilder();
            while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(fill(m.group(1), s)));
            m.appendTail(b);
            // an empty date leaves "signed  by" or "signed ." behind
            String text = b.toString().replaceAll(" {2,}", " ").replace(" ,", ",").replace(" .", ".");
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private String fill(String placeholder, Slots s) {
            return switch (placeholder) {
                case "A", "B", "C" -> mention(org(s, placeholder), true);
                case "A!", "B!", "C!" -> mention(org(s, placeholder), false);
                case "A's", "B's", "C's" -> mention(org(s, placeholder), false) + "'s";
                case "A:short", "B:short", "C:short" -> shortName(org(s, placeholder));
                case "PA" -> world.people.get(s.people()[0]).name();
                case "PB" -> world.people.get(s.people()[1]).name();
                case "TA" -> world.people.get(s.people()[0]).title().inline();
                case "TB" -> world.people.get(s.people()[1]).title().inline();
                case "TA:cap" -> world.people.get(s.people()[0]).title().capitalised();
                case "TB:cap" -> world.people.get(s.people()[1]).title().capitalised();
                case "KIND" -> withArticle(s.kind().phrase(), false);
                case "KIND:Cap" -> withArticle(s.kind().phrase(), true);
                case "KIND:bare" -> s.kind().phrase();
                case "DATE" -> s.date().text();
                case "PLACE" -> s.placeText();
                case "TOPIC" -> s.topic();
                case "EVENT" -> s.event().name();
                case "FUTURE" -> s.future();
                default -> throw new IllegalStateException("bench/templates.tsv: unknown placeholder {" + placeholder + "}");
            };
        }

        private int org(Slots s, String placeholder) {
            int o = s.orgs()[placeholder.charAt(0) - 'A'];
            if (o < 0) throw new IllegalStateException("bench/templates.tsv: {" + placeholder + "} in a template of a kind that names fewer organizations");
            return o;
        }

        /** Full name (with its acronym in parentheses the first time, where allowed), later the acronym, short form or full name. */
        private String mention(int o, boolean mayIntroduce) {
            World.Org org = world.orgs.get(o);
            if (mentioned.add(o)) {
                if (mayIntroduce && !org.acronym().isEmpty()) {
                    acronymShown.add(o);
                    return org.name() + " (" + org.acronym() + ")";
                }
                return org.name();
            }
            double r = random.nextDouble();
            if (r < 0.35 && (acronymShown.contains(o) || (!org.acronym().isEmpty() && isReference(org)))) return org.acronym();
            if (r < 0.50 && !org.shortForm().isEmpty()) return org.shortForm();
            return org.name();
        }

        private boolean isReference(World.Org org) {
            return org.shortForm().isEmpty() && data.reservedNames.contains(org.name().toLowerCase(Locale.ROOT));
        }

        private String shortName(int o) {
            World.Org org = world.orgs.get(o);
            return !org.shortForm().isEmpty() ? org.shortForm() : !org.acronym().isEmpty() ? org.acronym() : org.name();
        }

        private String name(int o) { return world.orgs.get(o).name(); }

        private String withArticle(String phrase, boolean capital) {
            String article = "aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "an" : "a";
            return (capital ? Character.toUpperCase(article.charAt(0)) + article.substring(1) : article) + " " + phrase;
        }

        /** n distinct organizations, half the time reusing the article's cast; pairs not yet used when {@code newPairs}. */
        private boolean distinctOrgs(int[] orgs, int n, boolean newPairs) {
            for (int attempt = 0; attempt < 50; attempt++) {
                for (int i = 0; i < n; i++) orgs[i] = !cast.isEmpty() && random.nextDouble() < 0.4 ? World.pick(cast, random) : world.drawOrg(random);
                boolean ok = true;
                for (int i = 0; i < n && ok; i++)
                    for (int j = i + 1; j < n && ok; j++)
                        ok = orgs[i] != orgs[j] && (!newPairs || !pairs.contains(pairKey(orgs[i], orgs[j])));
                if (ok) return true;
            }
            return false;
        }

        private int ownedOrg() {
            for (int attempt = 0; attempt < 20; attempt++) {
                int o = world.drawOrg(random);
                if (world.orgs.get(o).parent() >= 0) return o;
            }
            return World.pick(world.owned, random);
        }

        /** An organization of the article with somebody not yet given a post here, else a new one. */
        private int castOrg() {
            List<Integer> candidates = cast.stream().filter(o -> freePerson(o) >= 0).toList();
            if (!candidates.isEmpty() && random.nextDouble() < 0.8) return World.pick(candidates, random);
            int o = world.drawOrg(random);
            return freePerson(o) >= 0 ? o : -1;
        }

        private int freePerson(int org) {
            for (int p : world.orgs.get(org).people()) if (!rolePeople.contains(p)) return p;
            return -1;
        }

        private void markPairs(int[] orgs) {
            for (int i = 0; i < orgs.length; i++)
                for (int j = i + 1; j < orgs.length; j++)
                    if (orgs[i] >= 0 && orgs[j] >= 0) markPair(orgs[i], orgs[j]);
        }

        private void markPair(int a, int b) { pairs.add(pairKey(a, b)); }

        private static long pairKey(int a, int b) {
            return ((long) Math.min(a, b) << 32) | Math.max(a, b);
        }

        /** A paragraph of two to four fact-free sentences; {A} in them is one of the article's organizations. */
        private List<Piece> fillerParagraph() {
            int n = 2 + random.nextInt(3);
            List<String> texts = new ArrayList<>();
            for (int attempt = 0; texts.size() < n && attempt < 20; attempt++) {
                String s = World.pick(data.fillers, random).text();
                // a sentence once per article while the list lasts
                if (usedFillers.size() >= data.fillers.size()) usedFillers.clear();
                if (usedFillers.add(s)) texts.add(s);
            }
            List<Piece> out = new ArrayList<>();
            for (String text : texts) {
                Slots s = new Slots(new int[] {World.pick(cast, random), -1, -1}, new int[] {-1, -1}, null, DatePhrase.NONE, null, "", "", null, "");
                out.add(new Piece(text, s));
            }
            return out;
        }

        private String headline() {
            boolean signing = first.kind() == Template.Kind.SIGN || first.kind() == Template.Kind.SEPARATE;
            Template h = World.pick(data.templates(signing ? Template.Kind.HEADLINE_SIGN : Template.Kind.HEADLINE_ANY), random);
            return render(h.text(), firstSlots);
        }

        /**
         * The article's own date, written one of five ways; returns the text that opens the lead
         * paragraph (a dateline, or "") and adds a date line above the body where the style has one.
         */
        private String dateline(List<String> header) {
            BenchData.City city = World.pick(data.knownCities, random);
            String caps = city.name().toUpperCase(Locale.ROOT);
            String wire = World.pick(data.wires, random);
            String month = DatePhrase.month(java.time.YearMonth.from(published));
            int day = published.getDayOfMonth(), year = published.getYear();
            return switch (random.nextInt(5)) {
                case 0 -> caps + ", " + month + " " + day + ", " + year + " /" + wire + "/ — ";
                case 1 -> caps + (city.country().isEmpty() ? "" : ", " + city.country()) + ", "
                        + MONTH_ABBR[published.getMonthValue() - 1] + " " + day + ", " + year + " (" + wire + ") -- ";
                case 2 -> {
                    header.add("Published: " + published);
                    yield (city.name().contains(" ") ? caps : city.name()) + " (" + wire + ") – ";
                }
                case 3 -> {
                    header.add(day + " " + month + " " + year);
                    yield "";
                }
                default -> {
                    header.add(month + " " + day + ", " + year);
                    yield caps + " — ";
                }
            };
        }
    }
}
