package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.ExtractionResult;

/**
 * Document-level reference (DefiniteReference): "the bank", "the festival", "the Slovak institute"
 * stand for the one organization of that kind the article named before; signings and posts told
 * through them are read. Near misses resolve to nothing: two banks named, "a bank", "banks", a
 * reference before any name, a head inside another name, a modifier that names another place.
 * Every organization and person is invented (places are real: they carry the modifier's meaning);
 * "¶" in a case starts a new sentence.
 */
class DefiniteReferenceTest {
    private static final RuleExtractor X = new RuleExtractor();
    private static final String NEW_SENTENCE = "¶";

    private static ExtractionResult read(String text) {
        return X.extract(TestArticles.of(text.replace(NEW_SENTENCE, "\n"), "2026-03-10", null));
    }

    /** The signed agreements as "A + B" (parties sorted), joined by "; ". */
    private static String agreements(ExtractionResult r) {
        Set<String> out = new TreeSet<>();
        for (var f : r.facts())
            if (f instanceof AgreementFact a && a.status() == AgreementStatus.SIGNED)
                out.add(String.join(" + ", a.parties().stream().map(e -> e.name()).sorted().toList()));
        return String.join("; ", out);
    }

    private static Set<String> expected(String cell) {
        return cell == null || cell.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(cell.split("\\s*;\\s*")));
    }

    // ---- class 1: "the <head>" when one organization of that kind was named before ----
    // ---- class 4: agreements told through a reference ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Norda Bank signed a memorandum with Vale Films on Monday.¶The bank also signed a loan agreement with Tarn Studios.|Norda Bank + Vale Films; Norda Bank + Tarn Studios",
            "The Kestrel Film Festival opened on Friday with a Ruritanian drama.¶On Saturday the festival signed a memorandum with Orla Pictures.|Kestrel Film Festival + Orla Pictures",
            "Lakeview University hosted a delegation of Coral Media Group on Monday.¶The university signed a cooperation agreement with Coral Media Group.|Coral Media Group + Lakeview University",
            "The Ministry of Culture of Ruritania announced a new film programme.¶The ministry signed a memorandum with Orla Pictures on Tuesday.|Ministry of Culture of Ruritania + Orla Pictures",
            // a name that puts its head first, a compound head
            "Banco Austral opened an office in Lima.¶The bank signed a memorandum with Orla Pictures on Tuesday.|Banco Austral + Orla Pictures",
            "Alpenholz Finanzgruppe AG reported higher profits.¶The group signed a memorandum with Orla Pictures on Tuesday.|Alpenholz Finanzgruppe AG + Orla Pictures",
            // a kind that names the same heads: "the lender" for the one bank
            "Norda Bank opened an office in Lima.¶The lender signed a memorandum with Orla Pictures on Tuesday.|Norda Bank + Orla Pictures",
            // a headline's short name and the body's longer one are one festival
            "Kestrel Film Festival signs with producers¶The Kestrel Film Festival of Velsk closed on Sunday with the signing of a memorandum between the festival, Coral Pictures and Orla Studios.|Coral Pictures + Kestrel Film Festival of Velsk + Orla Studios",
            // class 4: the reference in a list of parties
            "The Kestrel Film Festival opened on Friday.¶It closed with the signing of a memorandum between the festival, Peru's Andes Film Guild and Ecuador's Costa Pictures.|Andes Film Guild + Costa Pictures + Kestrel Film Festival",
            "Tarn Savings Bank reported a record year.¶A memorandum was signed between the bank and Coral Media Group on Monday.|Coral Media Group + Tarn Savings Bank",
    })
    void aReferenceStandsForTheOneOrganizationOfItsKind(String text, String expected) {
        assertEquals(expected(expected), expected(agreements(read(text))), text);
    }

    // ---- class 2: "the <modifier> <head>" ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a city in the name, a capital of the nationality's state, a place's possessive before the name
            "Ankara Press Agency and Coral News Agency met in Geneva.¶The Turkish agency signed a memorandum with Orla Pictures.|Ankara Press Agency + Orla Pictures",
            "Coral News Agency and Ankara Press Agency met in Geneva.¶The Ankara agency signed a memorandum with Orla Pictures.|Ankara Press Agency + Orla Pictures",
            "The Lisbon Film Museum and Vienna's Kettenmuseum Ost exchanged delegations.¶The Vienna museum signed a memorandum with Orla Pictures.|Kettenmuseum Ost + Orla Pictures",
            // a nationality a name leaves out: the one centre named, no place of another state in its name
            "The Szolnok Craft Centre hosted Coral Media Group on Monday.¶The Hungarian centre signed a memorandum with Coral Media Group.|Coral Media Group + Szolnok Craft Centre",
            // a word of the name before the head, known place or not
            "The Kestrel International Film Festival and Coral Pictures met in Lima.¶The Kestrel festival signed a memorandum with Orla Studios.|Kestrel International Film Festival + Orla Studios",
            "The Velsk State Museum of Crafts and the Tarn City Museum exchanged delegations.¶The Tarn museum signed a memorandum with Orla Studios.|Orla Studios + Tarn City Museum",
    })
    void aModifierPicksTheOrganizationOfItsPlace(String text, String expected) {
        assertEquals(expected(expected), expected(agreements(read(text))), text);
    }

    // ---- class 3: posts told through a reference ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Bratislava Institute of Mining History and Coral Media Group signed a memorandum.¶The Slovak institute was represented by its director, Anna Novak.|Anna Novak | director | Bratislava Institute of Mining History",
            "Norda Bank and Coral Media Group signed a memorandum on Monday.¶Signing for the bank was its chairman Tomas Berg.|Tomas Berg | chairman | Norda Bank",
            "Harbor News Agency signed a memorandum with Vale Films.¶The agency and its director general Mira Holm hosted the ceremony.|Mira Holm | director general | Harbor News Agency",
            "The Szolnok Craft Centre and Coral Media Group signed a memorandum.¶The Hungarian centre was represented by its head, Laszlo Kiss.|Laszlo Kiss | head | Szolnok Craft Centre",
            // a place after the head says which one (a city of the organization's country)
            "Ruritania's Coral Heritage Museum and the Velsk State Museum of Crafts signed a memorandum.¶The museum in Velsk was represented by its director general, Anna Berg.|Anna Berg | director general | Velsk State Museum of Crafts",
            "Senegal's Baobab Heritage Museum and the Velsk State Museum of Crafts signed a memorandum.¶The museum in Dakar was represented by its director, Anna Berg.|Anna Berg | director | Baobab Heritage Museum",
            // the verb said once for a list of organizations and their officers
            "Norda Bank, Lakeview University and the Tarn Heritage Foundation signed a memorandum.¶The bank was represented by its chairman, Tomas Berg, the university by its rector, Mira Holm, and the foundation by its executive director, Karl Weber.|Karl Weber | executive director | Tarn Heritage Foundation",
            "Norda Bank, Lakeview University and the Tarn Heritage Foundation signed a memorandum.¶The bank was represented by its chairman, Tomas Berg, the university by its rector, Mira Holm, and the foundation by its executive director, Karl Weber.|Mira Holm | rector | Lakeview University",
            // a person right after the reference is its officer
            "The Velsk State Museum of Crafts and the Tarn City Museum signed a memorandum.¶Director of the Velsk museum Anna Berg said the exhibition will open in May.|Anna Berg | director | Velsk State Museum of Crafts",
    })
    void aPostToldThroughAReference(String text, String person, String title, String org) {
        Set<String> posts = TestArticles.posts(read(text));
        assertTrue(posts.contains(person + " | " + title + " | " + org), text + " -> " + posts);
    }

    // ---- class 5: near misses, never resolved ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // two banks named: "the bank" is either
            "Norda Bank and Tarn Savings Bank held talks in Lima.¶The bank signed a memorandum with Vale Films on Tuesday.|Norda Bank; Tarn Savings Bank",
            // a generic noun, a plural
            "Norda Bank opened an office in Lima.¶A bank signed a memorandum with Vale Films on Tuesday.|Norda Bank",
            "Norda Bank opened an office in Lima.¶Two local banks signed a memorandum with Vale Films on Tuesday.|Norda Bank",
            // a reference before any name
            "The bank signed a memorandum with Vale Films on Tuesday.¶Norda Bank opened an office in Lima.|Norda Bank",
            // a head word inside another name, not its head
            "Bank Street Studios opened an office in Lima.¶The bank signed a memorandum with Vale Films on Tuesday.|Bank Street Studios",
            "The Board of Directors of the Bank met in Lima.¶The bank signed a memorandum with Vale Films on Tuesday.|Board of Directors of the Bank",
            // a city the organization is not of; a nationality of another state in its name
            "The Brno Museum of Trams hosted Coral Media Group.¶The Vienna museum signed a memorandum with Vale Films.|Brno Museum of Trams",
            "The Bratislava Institute of Mining History hosted Coral Media Group.¶The Hungarian institute signed a memorandum with Vale Films.|Bratislava Institute of Mining History",
            // a place after the head that no museum of the article is in: not a way to pick one
            "The Velsk State Museum of Crafts and the Tarn City Museum hosted Coral Media Group.¶The museum in Lima signed a memorandum with Vale Films.|Velsk State Museum of Crafts; Tarn City Museum",
            // a name word that no organization of the kind has
            "The Velsk State Museum of Crafts hosted Coral Media Group.¶The Tarn museum signed a memorandum with Vale Films.|Velsk State Museum of Crafts",
            // a description followed by a name or "of" is no reference
            "Norda Bank opened an office in Lima.¶The bank of the river hosted a memorandum signing with Vale Films.|Norda Bank",
    })
    void aNearMissResolvesToNothing(String text, String notParties) {
        ExtractionResult r = read(text);
        for (var f : r.facts())
            if (f instanceof AgreementFact a)
                for (String name : notParties.split("\\s*;\\s*"))
                    assertFalse(a.parties().stream().anyMatch(e -> e.name().equals(name)), text + " -> " + agreements(r));
    }

    @Test
    void aNameHasTheHeadOnlyInAHeadsPlace() {
        DefiniteReference d = new DefiniteReference(new Lexicons(), new ReferenceData());
        Set<String> bank = Set.of("bank", "banco");
        assertTrue(d.headIn("Norda Bank", bank));
        assertTrue(d.headIn("Norda Bank Ltd", bank));
        assertTrue(d.headIn("Bank of Ruritania", bank));
        assertTrue(d.headIn("Banco Austral", bank));
        assertFalse(d.headIn("Bank Street Studios", bank));
        assertFalse(d.headIn("Norda Bank Tower Group", bank));
        assertTrue(d.headIn("Kettenmuseum Ost", Set.of("museum")));
        assertFalse(d.headIn("Riverbank Films", bank));
        assertFalse(d.headIn("Board of Directors of the Bank", bank));
        assertFalse(d.headIn("Centre for the Study of Banco Austral", bank));
    }
}
