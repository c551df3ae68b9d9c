package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signet.fact.AgreementFact;
import signet.fact.AgreementStatus;
import signet.fact.ExtractionResult;
import signet.fact.PartOfFact;
import signet.fact.PostFact;

/**
 * More wordings of the same facts, the way wire stories write them: passive with "between",
 * "X chief Y", "who is also", "X subsidiary Y", dates written in other orders. Organizations and
 * people are invented, so only the rules can find them.
 */
class NewsWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static ExtractionResult read(String text, String published) {
        return X.extract(TestArticles.of(text, published, null));
    }

    private static Set<String> signedPairs(ExtractionResult r) {
        Set<String> out = new TreeSet<>();
        for (var f : r.facts()) {
            if (!(f instanceof AgreementFact a) || a.status() != AgreementStatus.SIGNED) continue;
            List<String> names = a.parties().stream().map(e -> e.name()).sorted().toList();
            out.add(String.join(" + ", names) + " @ " + a.date().map(d -> d.date().lexical()).orElse("-")
                    + " @ " + a.place().map(p -> p.name()).orElse("-"));
        }
        return out;
    }

    private static Set<String> posts(ExtractionResult r) { return TestArticles.posts(r); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // sentence | article date | expected "A + B @ date @ place"
            "An agreement on cooperation between the Baltic Journalists Union and the Andean Press Service was signed in Lima on October 12, 2023.|2023-10-14|Andean Press Service + Baltic Journalists Union @ 2023-10-12 @ Lima",
            "Baltic Wire Agency and the Andean Press Service signed Tuesday a memorandum of understanding on news exchange.|2024-03-08|Andean Press Service + Baltic Wire Agency @ 2024-03-05 @ -",
            "The Andean Press Service on 15 March 2024 sealed a content exchange agreement with Nordic Broadcasting Corporation.|2024-03-20|Andean Press Service + Nordic Broadcasting Corporation @ 2024-03-15 @ -",
            "Coral Television inked a deal with Meridian Radio Network on Sunday to expand cooperation.|2024-03-11|Coral Television + Meridian Radio Network @ 2024-03-10 @ -",
            "Somali National News Agency and Harbor News Agency concluded a cooperation protocol in Mogadishu yesterday.|2024-05-02|Harbor News Agency + Somali National News Agency @ 2024-05-01 @ Mogadishu",
            "Delta Media Holding has entered into a strategic partnership agreement with Orion Film Studios.|2021-06-30|Delta Media Holding + Orion Film Studios @ 2021-06-30 @ -",
            "Coral Media Group and Peru's Agencia Andina Noticias (AAN) on Friday signed a cooperation agreement.|2024-09-07|Agencia Andina Noticias + Coral Media Group @ 2024-09-06 @ -",
            "Lanka Samachar Seva (LSS) and Coral Media Group today signed a memorandum of understanding.|2024-09-07|Coral Media Group + Lanka Samachar Seva @ 2024-09-07 @ -",
            "Harbor News Agency signed a memorandum of understanding with its Peruvian counterpart, the Andean Press Service, on Sunday.|2025-02-02|Andean Press Service + Harbor News Agency @ 2025-02-02 @ -",
            "The holding “Volga Media” signed a cooperation agreement with the “Baikal Press” agency on Monday.|2024-06-05|Baikal Press + Volga Media @ 2024-06-03 @ -",
            "A 2019 agreement between Coral Television and Delta Radio, signed in Lima, expired last month.|2025-03-10|Coral Television + Delta Radio @ 2019 @ Lima",
            "Coral Media Group and Argentina's public broadcaster Radio y Television Argentina (RTA) on Monday signed a cooperation agreement.|2024-09-05|Coral Media Group + Radio y Television Argentina @ 2024-09-02 @ -",
    })
    void signingWordings(String sentence, String published, String expected) {
        Set<String> got = signedPairs(read(sentence, published));
        assertTrue(got.contains(expected), () -> "got " + got);
        assertEquals(1, got.size(), () -> "got " + got);
    }

    /** "The same day", "the next day": from the day an earlier sentence stated, not the article's date. */
    @org.junit.jupiter.api.Test
    void datesCountedFromTheDayTheTextStated() {
        // one line a sentence in these test articles
        assertEquals(Set.of("Coral Television + Delta Radio @ 2025-03-03 @ -"), signedPairs(read(
                "The forum opened in Quito on 3 March 2025.\nThe same day, Coral Television signed an agreement with Delta Radio.", "2025-03-10")));
        assertEquals(Set.of("Andean Press Service + Baltic Wire Agency @ 2025-03-04 @ -"), signedPairs(read(
                "The ministers arrived on Tuesday.\nLater that day, Baltic Wire Agency signed a memorandum with the Andean Press Service.", "2025-03-08")));
        assertEquals(Set.of("Harbor News Agency + Somali National News Agency @ 2024-05-13 @ -"), signedPairs(read(
                "The delegation landed on May 12, 2024.\nThe next day Harbor News Agency and Somali National News Agency signed a protocol.", "2024-05-20")));
        // nothing stated before: the phrase gives no date, and the signing is dated as any undated one (the publication date)
        assertEquals(Set.of("Coral Television + Delta Radio @ 2025-03-10 @ -"), signedPairs(read(
                "The same day, Coral Television signed an agreement with Delta Radio.", "2025-03-10")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Andean Press Service chief Marta Quispe said the deal would help both sides.|Marta Quispe|chief|Andean Press Service",
            "Tomas Berg, who is also the chairman of Nordic Broadcasting Corporation, attended.|Tomas Berg|chairman|Nordic Broadcasting Corporation",
            "The talks were led by Karin Olsen, Meridian Radio Network's chief executive officer.|Karin Olsen|chief executive officer|Meridian Radio Network",
            "Meridian Radio Network President and CEO Karin Olsen opened the session.|Karin Olsen|ceo|Meridian Radio Network",
            "Director-General of the Harbor News Agency, Ali Warsame, welcomed the delegation.|Ali Warsame|director-general|Harbor News Agency",
            "\"We are ready,\" said Ali Warsame, who heads the Harbor News Agency.|Ali Warsame|head|Harbor News Agency",
            "Marta Quispe, who founded Andean Press Service in 1990, spoke first.|Marta Quispe|founder|Andean Press Service",
            "Mohammed A. Al-Hashimi, director general of Harbor News Agency, signed for his side.|Mohammed A. Al-Hashimi|director general|Harbor News Agency",
            "Anna Kim, head of the journalism faculty at Baltic State University, chaired the panel.|Anna Kim|head|journalism faculty of Baltic State University",
            // the title keeps its lower-case portfolio; the post is at the organization named after it
            "Elnur Mammadov, head of the international relations department at Harbor News Agency, attended.|Elnur Mammadov|head of the international relations department|Harbor News Agency",
            "The document was signed by Harbor News Agency Chairman of the Board Ali Warsame.|Ali Warsame|chairman of the board|Harbor News Agency",
            "Harbor News Agency opened a bureau in Lima. \"We are glad,\" said Ali Warsame, the agency's deputy director.|Ali Warsame|deputy director|Harbor News Agency",
            "Also present were the Culture Ministry Deputy Secretary-General (Arts and Heritage) Pablo Ruiz and Andean Press Service chairman Luis Mora.|Pablo Ruiz|deputy secretary-general|Culture Ministry",
            "Also present were the Culture Ministry Deputy Secretary-General (Arts and Heritage) Pablo Ruiz and Andean Press Service chairman Luis Mora.|Luis Mora|chairman|Andean Press Service",
            "Vera Lind, cultural counselor of the Chilean Embassy to Peru and director of the Andean Culture Center, attended.|Vera Lind|cultural counselor|Chilean Embassy to Peru",
            "Vera Lind, cultural counselor of the Chilean Embassy to Peru and director of the Andean Culture Center, attended.|Vera Lind|director|Andean Culture Center",
            "Jon Ek, adviser to the President of Finland and chancellor of the Nordic Arts University, spoke.|Jon Ek|chancellor|Nordic Arts University",
            "Guests included the Chilean Embassy's Minister in Peru Ana Soto and Coral Television's vice-president Li Ming.|Ana Soto|minister|Chilean Embassy",
            "Guests included the Chilean Embassy's Minister in Peru Ana Soto and Coral Television's vice-president Li Ming.|Li Ming|vice-president|Coral Television",
    })
    void postWordings(String sentence, String person, String title, String org) {
        Set<String> got = posts(read(sentence, null));
        assertTrue(got.contains(person + " | " + title + " | " + org), () -> "got " + got);
    }

    @org.junit.jupiter.api.Test
    void theTwoAgenciesAreTheOnesJustNamed() {
        Set<String> got = signedPairs(read("""
                Officials of the Andean Press Service visited Harbor News Agency in Lima.
                On Monday the two agencies signed a memorandum of understanding on photo exchange.
                """, "2024-03-06"));
        assertEquals(Set.of("Andean Press Service + Harbor News Agency @ 2024-03-04 @ -"), got, "where the visit was is not said to be where they signed");
    }

    @org.junit.jupiter.api.Test
    void anAgreementReachedIsNoSigningAndNeitherAreTalks() {
        // an agreement reached is arrived at in words; the annotation guide counts only signed (inked, concluded) ones
        Set<String> reached = signedPairs(read("An agreement was reached between Coral Television and Meridian Radio Network on Friday.", "2024-03-09"));
        assertTrue(reached.isEmpty(), () -> "got " + reached);
        Set<String> talks = signedPairs(read("Coral Television and Meridian Radio Network held talks on Friday and agreed to speed up work on a plan for a joint channel.", "2024-03-09"));
        assertTrue(talks.isEmpty(), () -> "got " + talks);
    }

    private static Set<String> events(ExtractionResult r) {
        return r.facts().stream().filter(f -> f instanceof signet.fact.EventFact).map(f -> (signet.fact.EventFact) f)
                .map(e -> e.kindKey() + " @ " + e.date().map(d -> d.date().lexical() + "/" + d.basis().name().toLowerCase()).orElse("-")
                        + " @ " + e.place().map(p -> p.name()).orElse("-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @org.junit.jupiter.api.Test
    void aNamedEventInASigningSentenceIsAnEventToo() {
        ExtractionResult r = read("The signing took place at the Caspian Media Forum held in Baku on Oct. 3-5.\n"
                + "Coral Television and Meridian Radio Network signed a memorandum on Thursday.", "2024-10-05");
        assertTrue(events(r).contains("forum @ 2024-10-03/resolved @ Baku"), () -> "got " + events(r));
        assertEquals(1, signedPairs(r).size());
    }

    @org.junit.jupiter.api.Test
    void aReceptionWithoutItsOwnDayHappenedWhenReported() {
        Set<String> got = events(read("Rector Ivan Horvat received a delegation from the Adriatic Film Institute to discuss cooperation.", "2021-07-01"));
        assertEquals(Set.of("meeting @ 2021-07-01/publication @ -"), got);
    }

    @org.junit.jupiter.api.Test
    void anOpeningWithNobodyIsNotAnEvent() {
        assertTrue(events(read("Many readers have come since the bookstore opened in July.", "2017-07-05")).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void anAcronymTheArticleDefinesBeatsTheReferenceData() {
        // UzA is known to the reference data under another of its names; the article's own definition wins
        Set<String> got = signedPairs(read("""
                The National Information Agency of Uzbekistan (UzA) and Coral Media Group signed a cooperation agreement on Friday.
                The document was signed by UzA Director General Timur Rashidov and Coral Media Group president Li Ming.
                """, "2024-12-14"));
        assertEquals(1, got.size(), () -> "one signing, reported twice: " + got);
    }

    @org.junit.jupiter.api.Test
    void aHeadlineShortFormIsTheBodysOrganizationAndASayingDateIsNotASigningDate() {
        Set<String> got = signedPairs(read("""
                Coral TV, Meridian Radio sign MoU on content sharing
                Coral Television Network and Meridian Radio Corporation have signed a memorandum of understanding, the two broadcasters said on Saturday.
                """, "2023-08-12"));
        assertEquals(Set.of("Coral Television Network + Meridian Radio Corporation @ 2023-08-12 @ -"), got);
        ExtractionResult r = read("Coral Television Network and Meridian Radio Corporation have signed a memorandum of understanding, the two broadcasters said on Friday.", "2023-08-12");
        r.facts().stream().filter(f -> f instanceof AgreementFact).map(f -> (AgreementFact) f)
                .forEach(a -> assertEquals(signet.time.DateBasis.PUBLICATION, a.date().orElseThrow().basis(), "Friday is when it was said"));
    }

    @org.junit.jupiter.api.Test
    void furtherSigningsWithoutADayTakeTheDayTheLeadGave() {
        // 4 April 2024 is a Thursday: the lead's Tuesday is the 2nd
        Set<String> got = signedPairs(read("""
                Coral Media Group and Amber Studios signed a co-production agreement on Tuesday.
                The Lindenport Film Office and the Amber Film School also signed a memorandum on training.
                """, "2024-04-04"));
        assertEquals(Set.of("Amber Studios + Coral Media Group @ 2024-04-02 @ -",
                "Amber Film School + Lindenport Film Office @ 2024-04-02 @ -"), got);
        // a lead day a month before the article is another occasion: the publication day stays
        Set<String> old = signedPairs(read("""
                Coral Media Group and Amber Studios signed a co-production agreement on 2 March 2024.
                The Lindenport Film Office and the Amber Film School signed a memorandum on training.
                """, "2024-04-04"));
        assertEquals(Set.of("Amber Studios + Coral Media Group @ 2024-03-02 @ -",
                "Amber Film School + Lindenport Film Office @ 2024-04-04 @ -"), old);
    }

    @org.junit.jupiter.api.Test
    void onBehalfOfNamesThePartiesAndPluralLettersAreOneEach() {
        ExtractionResult r = read("""
                The agreement was signed on behalf of the Danube Press Agency by its director Hans Gruber and on behalf of Alpine Radio by chief executive Eva Moser on Wednesday.
                Separately, Alpine Radio signed letters of intent with Tyrol Television and Salzburg Media House.
                Danube Press Agency did not sign the proposed accord with Carpathian News.
                """, "2024-04-04");
        Set<String> got = signedPairs(r);
        assertEquals(Set.of("Alpine Radio + Danube Press Agency @ 2024-04-03 @ -", "Alpine Radio + Tyrol Television @ 2024-04-04 @ -",
                "Alpine Radio + Salzburg Media House @ 2024-04-04 @ -"), got);
        assertTrue(posts(r).contains("Hans Gruber | director | Danube Press Agency"), () -> "got " + posts(r));
    }

    @org.junit.jupiter.api.Test
    void twoSigningsInOneSentenceKeepTheirOwnDatesAndPlaces() {
        Set<String> got = signedPairs(read("""
                The Lakeland Broadcasting Corporation has signed two agreements: one with the Coastal Broadcasting Corporation on programme exchange, and a second with Radio Savanna on training.
                The agreement with Coastal Broadcasting Corporation was signed in Accra last Thursday, while the one with Radio Savanna was inked in Kisumu on Monday.
                """, "2025-05-20"));
        assertEquals(Set.of("Coastal Broadcasting Corporation + Lakeland Broadcasting Corporation @ 2025-05-15 @ Accra",
                "Lakeland Broadcasting Corporation + Radio Savanna @ 2025-05-19 @ Kisumu"), got);
    }

    @org.junit.jupiter.api.Test
    void aLowerCaseUnitNeedsANamedOrganization() {
        ExtractionResult r = read("A spokesman for the press service of the ministry said the department of culture would reply.", null);
        assertTrue(r.facts().isEmpty(), () -> "got " + r.facts());
    }

    @org.junit.jupiter.api.Test
    void aSurnameAloneIsThePersonNamedBefore() {
        ExtractionResult r = read("""
                Ali Warsame, director general of Harbor News Agency, opened the meeting.
                "We share the same values," Warsame said.
                """, null);
        assertEquals(1, r.entities().stream().filter(e -> e.kind() == signet.fact.EntityKind.PERSON).count(), () -> "got " + r.entities());
    }

    @org.junit.jupiter.api.Test
    void theSigningOfBetweenAndAreasOfCooperation() {
        ExtractionResult r = read("The minister witnessed the signing of the Memorandum of Agreement (MoA) between Coral Television and Meridian Radio Network here today, "
                + "covering cooperation in the areas of news exchange, training and joint production.", "2023-12-18");
        var a = r.facts().stream().filter(f -> f instanceof AgreementFact).map(f -> (AgreementFact) f).toList();
        assertEquals(1, a.size(), () -> "got " + r.facts());
        assertEquals("memorandum-of-agreement", a.get(0).kindKey());
        assertEquals("2023-12-18", a.get(0).date().orElseThrow().date().lexical());
        assertEquals(List.of("news exchange", "training", "joint production"), a.get(0).areas());
    }

    @org.junit.jupiter.api.Test
    void aRenewalSignedIsTheSameAgreementAndAnEndDateIsNoSigningDate() {
        Set<String> got = signedPairs(read("""
                Andean Press Service and Harbor News Agency renewed their cooperation agreement on Thursday in Lima.
                Luis Mora, president of Andean Press Service, and Harbor News Agency director Ali Warsame signed the renewal, which extends news exchange until 2026.
                """, "2023-09-15"));
        assertEquals(Set.of("Andean Press Service + Harbor News Agency @ 2023-09-14 @ Lima"), got);
    }

    @org.junit.jupiter.api.Test
    void titlesAreWholePlaceholdersNeverPrefixes() {
        // more than ten mentions: TTL_1 must not be read out of TTL_12
        Set<String> got = posts(read("Present were Coral Television chairman Li Ming, Andean Press Service chairman Luis Mora, Meridian Radio Network "
                + "director Karin Olsen, Orion Film Studios chairman Tomas Berg and Harbor News Agency's vice-president Ali Warsame.", null));
        assertTrue(got.contains("Ali Warsame | vice-president | Harbor News Agency"), () -> "got " + got);
        assertTrue(got.stream().allMatch(p -> p.split(" \\| ")[1].matches("[a-z -]+")), () -> "got " + got);
    }

    @org.junit.jupiter.api.Test
    void aNationalityAndKindAfterAKnownNameDescribeIt() {
        Set<String> got = signedPairs(read("Xinhua Chinese State News Agency and Coral Television signed a cooperation agreement.", "2024-01-10"));
        assertTrue(got.stream().anyMatch(p -> p.startsWith("Coral Television + Xinhua News Agency")), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Delta Media Holding subsidiary Orion Film Studios released the film.|Orion Film Studios|Delta Media Holding",
            "Orion Film Studios, which is part of Delta Media Holding, released the film.|Orion Film Studios|Delta Media Holding",
            "Orion Film Studios is a wholly owned subsidiary of Delta Media Holding.|Orion Film Studios|Delta Media Holding",
            "Orion Film Studios, owned by Delta Media Holding, released the film.|Orion Film Studios|Delta Media Holding",
            "Andes Pictures is a subsidiary of Lima-based Grupo Sol.|Andes Pictures|Grupo Sol",
            "Anna Kim, head of the journalism faculty at Baltic State University, chaired the panel.|journalism faculty of Baltic State University|Baltic State University",
    })
    void partOfWordings(String sentence, String child, String parent) {
        ExtractionResult r = read(sentence, null);
        assertTrue(r.facts().stream().anyMatch(f -> f instanceof PartOfFact p && p.child().name().equals(child) && p.parent().name().equals(parent)),
                () -> "got " + r.facts());
    }
}
