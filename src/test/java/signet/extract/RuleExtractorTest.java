package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.Entity;
import signet.fact.EntityKind;
import signet.fact.EventFact;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import signet.fact.PartOfFact;
import signet.fact.PostFact;
import signet.time.DateBasis;

/**
 * Extraction rules on sentences written for these tests (invented organizations and people, so
 * nothing here can come from reference data): posts, part-of, signings versus intentions and
 * meetings, lists of parties, dates at their precision, and evidence spans.
 */
class RuleExtractorTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static ExtractionResult read(String text, String published) {
        return X.extract(TestArticles.of(text, published, null));
    }

    private static List<AgreementFact> agreements(ExtractionResult r) {
        return r.facts().stream().filter(f -> f instanceof AgreementFact).map(f -> (AgreementFact) f).toList();
    }

    private static List<AgreementFact> signed(ExtractionResult r) {
        return agreements(r).stream().filter(a -> a.status() == AgreementStatus.SIGNED).toList();
    }

    private static Set<String> names(List<Entity> es) {
        return es.stream().map(Entity::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> posts(ExtractionResult r) { return TestArticles.posts(r); }

    // ---- posts ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez, chief executive officer of Andes Media Group, said the deal opens a new market.|Maria Lopez|chief executive officer|Andes Media Group",
            "\"We are ready,\" said Director General of Baltic News Agency Dr. Jonas Petraitis.|Jonas Petraitis|director general|Baltic News Agency",
            "Nordic Film Studios CEO Anna Berg presented the plan.|Anna Berg|ceo|Nordic Film Studios",
            "The contract was signed by Kenji Sato (Managing Director for Pacific Broadcasting Corporation) in the morning.|Kenji Sato|managing director|Pacific Broadcasting Corporation",
            "Lena Novak, deputy editor-in-chief of the Danube Press Agency, welcomed the guests.|Lena Novak|deputy editor-in-chief|Danube Press Agency",
            "The agency's president, Omar Haddad, spoke after the director general of Cedar News Agency, Rami Khoury, arrived.|Rami Khoury|director general|Cedar News Agency",
            "Coral Media Group chairman and president Liu Wen welcomed the delegation.|Liu Wen|president|Coral Media Group",
    })
    void postPatterns(String sentence, String person, String title, String org) {
        Set<String> got = posts(read(sentence, null));
        assertTrue(got.contains(person + " | " + title + " | " + org), () -> "got " + got);
    }

    @Test
    void twoTitlesTwoOrganizations() {
        Set<String> got = posts(read("Sun Mei, vice minister of the Ministry of Culture of Freedonia and president of Coral Media Group, attended.", null));
        assertTrue(got.contains("Sun Mei | vice minister | Ministry of Culture of Freedonia"), () -> "got " + got);
        assertTrue(got.contains("Sun Mei | president | Coral Media Group"), () -> "got " + got);
    }

    @Test
    void aTitleWithoutAnOrganizationIsNoPost() {
        assertTrue(posts(read("Prime Minister Ivan Petrov visited Sofia on Monday.", null)).isEmpty());
    }

    @Test
    void personsAreNeverOrganizations() {
        ExtractionResult r = read("Maria Lopez, chief executive officer of Andes Media Group, said the deal opens a new market.", null);
        for (Entity e : r.entities()) {
            if (e.name().equals("Maria Lopez")) assertEquals(EntityKind.PERSON, e.kind());
            if (e.name().equals("Andes Media Group")) assertEquals(EntityKind.ORGANIZATION, e.kind());
        }
    }

    // ---- signings ----

    @Test
    void xAndYSignedWithDateAndPlace() {
        ExtractionResult r = read("Andes Media Group and Pacific Broadcasting Corporation signed a cooperation agreement in Lima on March 3, 2024.", "2024-03-05");
        List<AgreementFact> a = signed(r);
        assertEquals(1, a.size());
        assertEquals(Set.of("Andes Media Group", "Pacific Broadcasting Corporation"), names(a.get(0).parties()));
        assertEquals("2024-03-03", a.get(0).date().orElseThrow().date().lexical());
        assertEquals(DateBasis.STATED, a.get(0).date().orElseThrow().basis());
        assertEquals("Lima", a.get(0).place().orElseThrow().name());
        assertEquals("cooperation-agreement", a.get(0).kindKey());
    }

    @Test
    void xSignedWithY() {
        List<AgreementFact> a = signed(read("Baltic News Agency inked a memorandum of understanding with Danube Press Agency.", null));
        assertEquals(1, a.size());
        assertEquals(Set.of("Baltic News Agency", "Danube Press Agency"), names(a.get(0).parties()));
        assertEquals("memorandum-of-understanding", a.get(0).kindKey());
    }

    @Test
    void betweenThreeParties() {
        List<AgreementFact> a = signed(read("The agreement was signed between Nordic Film Studios, Andes Media Group and Pacific Broadcasting Corporation.", null));
        assertEquals(1, a.size());
        assertEquals(Set.of("Nordic Film Studios", "Andes Media Group", "Pacific Broadcasting Corporation"), names(a.get(0).parties()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nordic Film Studios and Harbor Pictures plan to sign a co-production agreement next year.",
            "Nordic Film Studios will sign a contract with Harbor Pictures.",
            "Baltic News Agency and Danube Press Agency are planning to sign a memorandum of understanding.",
            "Baltic News Agency is expected to ink a deal with Danube Press Agency.",
    })
    void intentionsAreNotSignings(String sentence) {
        ExtractionResult r = read(sentence, "2024-03-05");
        assertTrue(signed(r).isEmpty(), () -> "signed: " + signed(r));
        assertFalse(agreements(r).isEmpty(), "the intention is kept");
        assertTrue(agreements(r).stream().allMatch(a -> a.status() == AgreementStatus.INTENDED));
    }

    @Test
    void aMeetingIsNotASigning() {
        ExtractionResult r = read("Representatives of Baltic News Agency and Danube Press Agency met in Vilnius on Tuesday to discuss cooperation.", "2024-03-07");
        assertTrue(agreements(r).isEmpty());
        List<EventFact> ev = r.facts().stream().filter(f -> f instanceof EventFact).map(f -> (EventFact) f).toList();
        assertEquals(1, ev.size());
        assertEquals("meeting", ev.get(0).kindKey());
        assertEquals("2024-03-05", ev.get(0).date().orElseThrow().date().lexical());
    }

    @Test
    void pluralMemorandaAreBilateral() {
        List<AgreementFact> a = signed(read("Zenith Television signed memorandums of understanding with Aurora Radio Network, Polar News Agency and Coral Media Group in Oslo.", null));
        assertEquals(3, a.size());
        for (AgreementFact f : a) {
            assertEquals(2, f.parties().size());
            assertTrue(names(f.parties()).contains("Zenith Television"));
        }
    }

    @Test
    void signedThenWasToSign() {
        ExtractionResult r = read("Zenith Television also signed an MoU with Aurora Radio Network on Saturday and was to sign an agreement with Polar News Agency later on Monday.", "2009-11-16");
        List<AgreementFact> s = signed(r);
        assertEquals(1, s.size());
        assertEquals(Set.of("Zenith Television", "Aurora Radio Network"), names(s.get(0).parties()));
        assertEquals("2009-11-14", s.get(0).date().orElseThrow().date().lexical());
        assertTrue(agreements(r).stream().anyMatch(a -> a.status() == AgreementStatus.INTENDED && names(a.parties()).contains("Polar News Agency")));
    }

    @Test
    void monthPrecisionAndPartOf() {
        ExtractionResult r = read("In October 2015, the studio Northern Lights, that forms part of Zenith Television, signed an agreement with Coral Media Group.", "2022-04-29");
        List<AgreementFact> a = signed(r);
        assertEquals(1, a.size());
        assertEquals(Set.of("Northern Lights", "Coral Media Group"), names(a.get(0).parties()));
        assertEquals("2015-10", a.get(0).date().orElseThrow().date().lexical(), "never a made-up day");
        assertTrue(a.get(0).place().isEmpty(), "an old signing does not take the dateline");
        assertTrue(r.facts().stream().anyMatch(f -> f instanceof PartOfFact p && p.child().name().equals("Northern Lights") && p.parent().name().equals("Zenith Television")));
    }

    @Test
    void weekdayResolvedAgainstTheArticleDate() {
        List<AgreementFact> a = signed(read("Cedar News Agency and Delta Broadcasting Company signed a protocol on Wednesday.", "2025-05-10"));
        assertEquals("2025-05-07", a.get(0).date().orElseThrow().date().lexical());
        assertEquals(DateBasis.RESOLVED, a.get(0).date().orElseThrow().basis());
    }

    @Test
    void noDateFallsBackToPublicationMarkedAsSuch() {
        List<AgreementFact> a = signed(read("Cedar News Agency and Delta Broadcasting Company signed a memorandum on strategic cooperation.", "2022-04-29"));
        assertEquals("2022-04-29", a.get(0).date().orElseThrow().date().lexical());
        assertEquals(DateBasis.PUBLICATION, a.get(0).date().orElseThrow().basis());
    }

    @Test
    void noArticleDateNoGuess() {
        List<AgreementFact> a = signed(read("Cedar News Agency and Delta Broadcasting Company signed a protocol on Wednesday.", null));
        assertTrue(a.get(0).date().isEmpty());
    }

    @Test
    void signatoriesBringTheirOrganizations() {
        ExtractionResult r = read("""
                Cedar News Agency and Delta Broadcasting Company on Thursday signed a memorandum of understanding.
                The MoU was signed by Director General of Cedar News Agency Rami Khoury and Delta Broadcasting Company President Dr. Sara Levi with the presence of Minister of Culture Ali Hassan.
                """, "2024-03-07");
        List<AgreementFact> a = signed(r);
        assertEquals(1, a.size(), "two sentences, one signing");
        assertEquals(2, a.get(0).evidence().size());
        assertEquals(Set.of("Rami Khoury", "Sara Levi"), a.get(0).signatories().stream().map(s -> s.person().name()).collect(Collectors.toSet()));
        assertEquals(Set.of("Ali Hassan"), names(a.get(0).witnesses()));
        assertEquals(EntityKind.PERSON, a.get(0).witnesses().get(0).kind());
    }

    @Test
    void possessiveOwnerIsNotAParty() {
        ExtractionResult r = read("Orbit Group's Nova Sport and the Delta Broadcasting Company (DBC) on Friday signed a commercial agreement.", "2019-08-23");
        List<AgreementFact> a = signed(r);
        assertEquals(Set.of("Nova Sport", "Delta Broadcasting Company"), names(a.get(0).parties()));
        assertTrue(r.facts().stream().anyMatch(f -> f instanceof PartOfFact p && p.child().name().equals("Nova Sport")));
    }

    @Test
    void evidenceIsTheSentence() {
        String text = "Intro line without facts.\nBaltic News Agency inked a memorandum of understanding with Danube Press Agency.";
        ExtractionResult r = read(text, null);
        for (Fact f : r.facts()) {
            f.evidence().forEach(e -> assertEquals(text.substring(e.start(), e.end()), e.exact()));
            assertFalse(f.evidence().get(0).rule().isBlank());
        }
    }
}
