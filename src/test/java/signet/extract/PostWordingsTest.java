package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Posts in the wordings news stories use for them, several per rule of rules/posts.tsv, and shapes
 * that must not be read as posts (a portfolio, a nationality, a place or an honorific in the
 * organization's or the person's slot). Every organization and person is invented, so only the
 * rules and the title structure of lexicons/titles.tsv and lexicons/title-portfolios.tsv find them.
 * Each row: sentence # expected posts as "person | title | organization" separated by ";" (empty:
 * no post at all).
 */
class PostWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static void assertPosts(String sentence, String expected) {
        Set<String> want = new TreeSet<>();
        if (expected != null) Arrays.stream(expected.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(want::add);
        assertEquals(want, TestArticles.posts(X.extract(TestArticles.of(sentence))), sentence);
    }

    /** post.title-of-org-name: the comma before "the director" closes a clause, not a person's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Meanwhile, the director of Harbor News Agency, Tomas Velde, said the deal matters.#Tomas Velde | director | Harbor News Agency",
            "In turn, the executive director of the Coral Film Festival, Mira Holm, thanked the guests.#Mira Holm | executive director | Coral Film Festival",
            "On Monday, the chairman of Meridian Radio Corporation, Karl Brun, opened the forum.#Karl Brun | chairman | Meridian Radio Corporation",
            "The signing was attended by the general secretary of the Coral Chamber of Commerce, Luis Mora.#Luis Mora | general secretary | Coral Chamber of Commerce",
    })
    void titleOfOrganizationAfterAClause(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.name-comma-title-comma-org: "X, President and CEO, Y" (a comma and no "of"), one or several organizations. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Karin Olsen, President & CEO, Meridian Radio Corporation, signed the agreement.#Karin Olsen | president | Meridian Radio Corporation; Karin Olsen | ceo | Meridian Radio Corporation",
            "\"We are pleased,\" said Jonas Lind, chief executive officer, Coral Media Group.#Jonas Lind | chief executive officer | Coral Media Group",
            "Speaking on the occasion, Omar Said, CEO Harbor Telecom Company said the network would grow.#Omar Said | ceo | Harbor Telecom Company",
            "Lars Berg, President & Group CEO, Nordic Media Holding & Baltic Radio Corporation, said the deal was important.#Lars Berg | president | Nordic Media Holding; Lars Berg | group ceo | Nordic Media Holding; Lars Berg | president | Baltic Radio Corporation; Lars Berg | group ceo | Baltic Radio Corporation",
            "It was signed in the presence of Ravi Menon, CMD Coral Power Corporation, and other officials.#Ravi Menon | chairman and managing director | Coral Power Corporation",
            // the organization is part of something else: no post at it
            "Jonas Lind, director, Coral Media Group's film unit, spoke first.#",
    })
    void titleCommaOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.name-comma-org-title: an unknown name before "'s" and a title is the organization. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Susan Ford, Velora's acting group managing director and group CFO, added that the deal was good.#Susan Ford | acting group managing director | Velora; Susan Ford | group cfo | Velora",
            "Tom Hale, Brightwave's chief operating officer, said the service would launch in May.#Tom Hale | chief operating officer | Brightwave",
            "Al Reed, Coral Energy's executive vice president of strategy, said at a Norway-Peru seminar that gas matters.#Al Reed | executive vice president of strategy | Coral Energy",
            // a modifier that is also a head word ends the name before it: "Brightwave Group" is the organization
            "Brightwave Group CEO Dana Quill said the service would launch in May.#Dana Quill | ceo | Brightwave Group",
    })
    void nameCommaOrganizationsTitle(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.title-name-of-org: "Vice-Foreign Minister X of the Y Foreign Ministry", "Governor X of the Z Provincial Government". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Vice-Foreign Minister Chen Ling of the Meridian Foreign Ministry met the delegation.#Chen Ling | vice-foreign minister | Meridian Foreign Ministry",
            "Governor Ivan Petrov of the Amur Provincial Government attended the ceremony.#Ivan Petrov | governor | Amur Provincial Government",
            "The talks were opened by Chief Executive Officer Dana Quill of Brightwave Holdings.#Dana Quill | chief executive officer | Brightwave Holdings",
            // a head of state's post is at the country, even when the story names it nowhere else
            "President Tomas Velde of Peru arrived on Monday.#Tomas Velde | president | Peru",
    })
    void titleNameOfOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** Heads of regions written with a lower-case "region"/"province" after the region's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "According to Governor of Velsk region Anton Marov, the enterprises already cooperate.#Anton Marov | governor | Velsk",
            "In turn, Dornava region's Governor Ilya Sedov noted that the memorandum will help.#Ilya Sedov | governor | Dornava",
            "The governor of Belmora province, Tomas Ruiz, welcomed the guests.#Tomas Ruiz | governor | Belmora",
    })
    void headsOfRegions(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A title keeps its portfolio: the words after "of" are not an organization, the ones before not a name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Anna Petrova, head of the international relations department at Coral Television, said the films were good.#Anna Petrova | head of the international relations department | Coral Television",
            "Tomas Velde, the head of the international department of Harbor News Agency, said the deal matters.#Tomas Velde | head of the international department | Harbor News Agency",
            "The memorandum was signed by Minister of Water, Land and Natural Resources Tomas Brand and Minister of Environment Ole Sand.#",
            "The deputy minister of culture and tourism, Lena Holt, opened the fair.#",
            "Norway Education Minister Lars Dahl visited Coral Television.#",
            "Earlier, Foreign and Expatriates Minister Samir Haddad discussed the plan with the guests.#",
            "Deputy Assistant Undersecretary of Defense for African Affairs Tom Reed met the press.#",
            "The memorandum was signed on behalf of the Minister of Higher Education, Secretary General of the Coral Council, Omar Said.#Omar Said | secretary general | Coral Council",
    })
    void titlesKeepTheirPortfolio(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A nationality, an honorific or a place is never the organization or the holder of a post. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            // the nationality is the state, not an organization nor part of the holder's name
            "Uruguayan President Tomas Velde visited Coral Television on Monday.#Tomas Velde | president | Uruguay",
            "Nepal Prime Minister Ram Thapa arrived in Lima.#Ram Thapa | prime minister | Nepal",
            "Lieutenant Governor Anil Rao met the delegation.#",
            "Honorable State Minister for Planning Karim Alam spoke at the event.#",
            // a headline's verb after a title is no person
            "Coral Agency Director-General Discuss Cooperation#",
            "Harbor Bank Chairman Vows Support For Startups#",
            "The university works on cooperation with Peruvian Amazonas, the manager of the international department of Coral University said.#",
    })
    void notAPost(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A title is stored in one spelling: "Director- General" with a stray space is "director-general". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Karl Brun, Director- General of Harbor News Agency, said the deal matters.#Karl Brun | director-general | Harbor News Agency",
            "Karl Brun, Director -General of Harbor News Agency, said the deal matters.#Karl Brun | director-general | Harbor News Agency",
    })
    void titleSpelling(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /** post.org-title-name with a comma between the title and the name: "Y Chairman, X, said". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Bank Chairman, Rolf Hansen, stated that the deal is a major step.#Rolf Hansen | chairman | Coral Bank",
            "Harbor Television Director General, Emil Vostrov and his counterpart signed the agreement.#Emil Vostrov | director general | Harbor Television",
            "At the meeting, Meridian University Rector, Professor Ivo Marek, highlighted the importance of the visit.#Ivo Marek | rector | Meridian University",
    })
    void organizationTitleCommaName(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.name-comma-title-of after a short parenthesis on the name (a native spelling, a photo note). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The agreement was signed by Jin Wei (金伟), director of the Coral Art Museum, and by the guests.#Jin Wei | director | Coral Art Museum",
            "Tomas Velde (pictured), chairman of Harbor Radio Corporation, spoke first.#Tomas Velde | chairman | Harbor Radio Corporation",
            "Mira Holm (left), the president of Meridian Film Studio, met the press.#Mira Holm | president | Meridian Film Studio",
    })
    void nameWithParenthesisCommaTitle(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * "A, title of Y B": the title is B's in a list of heads and A's in a table of names and posts,
     * so neither is read (the first head of a list, with no name before it, still is); and a title
     * that is the portfolio of another ("the secretary of the President of Y") is not a post at Y.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Present were Secretary General of the Coral Trade Organization Anton Berg, Secretary General of the Harbor Trade Council Lena Ross and others.#Anton Berg | secretary general | Coral Trade Organization",
            "According to the secretary of the President of the Coral Federation, Luis Mora, the visit starts on Tuesday.#",
            "The adviser to the Director General of the Harbor Energy Agency, Ole Sand, arrived later.#",
    })
    void listsOfHeadsAndTitlesOfTitles(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /** C-suite titles beyond CEO/COO/CFO/CTO, and "X (CEO, Y)". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Tomas Velde, Chief Marketing Officer of Coral Bank, said the deal was good.#Tomas Velde | chief marketing officer | Coral Bank",
            "Harbor Telecom Chief Digital Officer Mira Holm said the network would grow.#Mira Holm | chief digital officer | Harbor Telecom",
            "Lena Ross, chief human resources officer at Meridian Foods, joined the panel.#Lena Ross | chief human resources officer | Meridian Foods",
            "The deal was signed by Tomas Velde (CEO, Coral Bank) and Ole Sand (Chairman, Harbor Energy Company).#Tomas Velde | ceo | Coral Bank; Ole Sand | chairman | Harbor Energy Company",
    })
    void cSuiteTitlesAndParenthesisedPosts(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.appointed-title-of, post.org-appointed-name, post.who-heads without "who". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Tomas Velde was appointed chief executive of Coral Bank in May.#Tomas Velde | chief executive | Coral Bank",
            "Mira Holm was named president of Meridian University last year.#Mira Holm | president | Meridian University",
            "Ole Sand has been elected chairman of the Harbor Trade Council.#Ole Sand | chairman | Harbor Trade Council",
            "Coral Bank has appointed Lena Ross as its new chief financial officer.#Lena Ross | chief financial officer | Coral Bank",
            "Meridian Foods named Karl Brun as CEO on Monday.#Karl Brun | ceo | Meridian Foods",
            "Anna Petrova heads the Coral Film Institute.#Anna Petrova | head | Coral Film Institute",
            // a delegation is led, not an organization; a post named with another organization is that one's
            "Anna Petrova heads the Coral Bank delegation to Lima.#",
            "Meridian Foods named Karl Brun head of Coral Labs.#Karl Brun | head | Coral Labs",
    })
    void appointmentsAndHeads(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
    /**
     * post.described-org-title-name, post.name-title-of-described-org: "the library's director X"
     * stands for the nearest organization named before it whose name has "library" as a word; a
     * description no organization before it fits ("the agency" after only a bank) gives no post.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The National Library of Velsk will digitise the books. \"It is a model,\" the library's director Ole Sand said.#Ole Sand | director | National Library of Velsk",
            "Harbor Telecom Company signed the deal on Monday. The company's chief executive, Mira Holm, said the network would grow.#Mira Holm | chief executive | Harbor Telecom Company",
            "The Coral Film Association met the guests. Anna Petrova, the chairwoman of the association, said the films were good.#Anna Petrova | chairwoman | Coral Film Association",
            "Coral News Agency and Harbor Bank signed the deal. The bank's chairman, Karl Brun, spoke first.#Karl Brun | chairman | Harbor Bank",
            // no organization named "... Agency" before: no post
            "Harbor Bank signed the deal on Monday. The agency's director, Karl Brun, spoke first.#",
            // the description's words must all be in the name (a nationality aside)
            "The Coral Film Festival opened on Monday. The Seoul festival director Mira Holm attended.#",
            "The Coral Film Festival opened on Monday. The Peruvian festival director Mira Holm attended.#Mira Holm | director | Coral Film Festival",
    })
    void describedOrganizations(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.served-as, post.joined-as: a post stated by the verb that takes it up, keeps it or leaves it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Tomas Velde is stepping down as chief executive officer of Coral Media Group.#Tomas Velde | chief executive officer | Coral Media Group",
            "Mira Holm, who has served for three years as Director General of the Harbor Press Office, was moved to Lima.#Mira Holm | director general | Harbor Press Office",
            "Ole Sand has served as chairman of Meridian Foods since 2010.#Ole Sand | chairman | Meridian Foods",
            "Karl Brun will remain as president of the Coral Chamber of Commerce until May.#Karl Brun | president | Coral Chamber of Commerce",
            "Anna Petrova joined Coral Bank as CFO last year.#Anna Petrova | cfo | Coral Bank",
            // a title that names its own organization is no post at the one joined
            "Anna Petrova joined Coral Bank as head of Harbor Labs.#",
            // no title: a role, not a post
            "Ole Sand has served as a bridge between Meridian Foods and its partners.#",
    })
    void servedAndJoinedAs(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.org-its-title-name: "its" is the organization before it, with no other name between. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Bank has replaced its chief executive, Lena Ross, after a reshuffle.#Lena Ross | chief executive | Coral Bank",
            "Harbor Telecom and its president Karl Brun welcomed the guests.#Karl Brun | president | Harbor Telecom",
            "Meridian Radio on Monday appointed its new CEO Jonas Lind.#Jonas Lind | ceo | Meridian Radio",
            // a name between the organization and "its": "its" may be that one's
            "Tomas Velde, a friend of Coral Bank, praised its CEO Dana Quill.#",
            "Coral Bank thanked Harbor Energy Company for sending its CEO Dana Quill.#Dana Quill | ceo | Harbor Energy Company",
            // two organizations before it: whose CEO is not said
            "Coral Bank and Harbor Energy signed the agreement, and its CEO Dana Quill spoke first.#",
    })
    void organizationAndItsTitle(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.name-comma-org-title with an untyped organization name before a title closing the clause. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "\"We are proud of him,\" said Omar Said, Coral Air chairman.#Omar Said | chairman | Coral Air",
            "Izak Bell, currently Coral Air chief operating officer, will be the new CEO.#Izak Bell | chief operating officer | Coral Air",
            // a title with a name after it is that name's
            "Izak Bell, Coral Air chairman Omar Said and others met the press.#Omar Said | chairman | Coral Air",
    })
    void nameCommaUntypedOrganizationTitle(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** "Chairman of the KBT Board X": the chairman of the board of KBT, stored as "chairman of the board". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The document was signed by Chairman of the KBT Board Tomas Velde and Deputy Director of Harbor Agency Mira Holm.#Tomas Velde | chairman of the board | KBT; Mira Holm | deputy director | Harbor Agency",
            "Mira Holm, Chairman of the Board of Harbor Energy Company, said the deal was good.#Mira Holm | chairman of the board | Harbor Energy Company",
            "Chairman of the Board of Harbor Energy Company Mira Holm said the deal was good.#Mira Holm | chairman of the board | Harbor Energy Company",
    })
    void chairmenOfBoards(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A company director's function after the title: "Director (Finance)", "Director Commercial,". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The MoU was signed by Anil Rao, Director (Commercial) Coral Power Corporation and Ravi Das, Director (Finance), Harbor Gas Corporation.#Anil Rao | director (commercial) | Coral Power Corporation; Ravi Das | director (finance) | Harbor Gas Corporation",
            "The deal was signed by Anil Rao, Director Technical, Coral Power Corporation, on Monday.#Anil Rao | director technical | Coral Power Corporation",
            // a parenthesis that is no function: the organization's short name
            "Anil Rao, Director of Coral Power Corporation (CPC), spoke first.#Anil Rao | director | Coral Power Corporation",
    })
    void directorsWithAFunction(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A party's officer is a title, the party no organization; a place and a coordination after a title's "for" no name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Party Secretary, President Lin Tao, and President Karl Brun of Harbor University attended the ceremony.#Karl Brun | president | Harbor University",
            "Luis Mora, Coral Agency Director of Technical Cooperation for Latin America and the Caribbean, attended.#",
    })
    void partyOfficersAndRegions(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * post.title-name-after-subject: an officer's title and name opening a sentence continue the
     * sentence before when an organization opens that one as its subject; not a state's title, not
     * after a sentence that opens otherwise. " // " separates the sentences.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Energy has said it is seeking partners for the Kestrel project. // Chief Executive Dana Quill said the company had offers.#Dana Quill | chief executive | Coral Energy",
            "Harbor Motors replaced two managers on Monday. // Executive chairman Bill Harbor said the change was needed.#Bill Harbor | executive chairman | Harbor Motors",
            // a head of state after a sentence about a company
            "Coral Energy signed the deal with Peru. // President Tomas Velde said it matters.#",
            // the organization is not the subject of the sentence before
            "The deal was signed on Monday by Coral Energy. // Chief Executive Dana Quill said the company was pleased.#",
            "Coral Energy and Harbor Gas signed the deal. // Chief Executive Dana Quill said it matters.#",
    })
    void officerAfterItsOrganizationsSentence(String sentences, String expected) {
        assertPosts(sentences.replace(" // ", "\n"), expected); // one sentence a line
    }

    /** post.name-title-of-description-comma-org, and "from" as "of" after a title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Meanwhile Tomas Velde, the chairperson of the second biggest state-owned newspaper, Coral Daily, remained in office.#Tomas Velde | chairperson | Coral Daily",
            "Mira Holm, the CEO of the country's largest bank, Harbor Bank, said the deal was good.#Mira Holm | ceo | Harbor Bank",
            "The Peruvian side will be represented by the First Undersecretary from the Coral Media Ministry, Samy Said.#Samy Said | first undersecretary | Coral Media Ministry",
            "Mira Holm, a representative from Harbor Bank, said the deal was good.#Mira Holm | representative | Harbor Bank",
            // a list of people after the description: the name is no organization
            "Mira Holm, the CEO of the bank, Tomas Velde and others attended.#",
            "Tomas Velde, a tourist from Coral City, said it was nice.#",
    })
    void describedThenNamedOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.plural-title-of-org-names: a plural title names both holders after it, in the singular. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The roadmap was signed by the co-chairs of the Coral-Harbor Intergovernmental Commission, Tomas Velde and Mira Holm.#Tomas Velde | co-chair | Coral-Harbor Intergovernmental Commission; Mira Holm | co-chair | Coral-Harbor Intergovernmental Commission",
            "The protocol was signed by co-chairmen of the Coral Trade Commission Minister Ole Sand and Deputy Minister Lena Ross.#Ole Sand | co-chairman | Coral Trade Commission; Lena Ross | co-chairman | Coral Trade Commission",
            // a title in the singular is the first name's only
            "The deal was signed by the chairman of Coral Bank Ole Sand and Lena Ross.#Ole Sand | chairman | Coral Bank",
    })
    void pluralTitles(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.title-org-name, post.led-by, post.led-by-title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Director-General Coral News Agency Karl Brun welcomed the guests.#Karl Brun | director-general | Coral News Agency",
            "The Coral Film Institute is led by Anna Petrova.#Anna Petrova | head | Coral Film Institute",
            "Coral Bank, led by Lena Ross, signed the deal.#Lena Ross | head | Coral Bank",
            "Coral Bank, headed by its president Lena Ross, signed the deal.#Lena Ross | president | Coral Bank",
            // a delegation or talks are led, not the organization
            "A delegation from Coral Bank, led by Lena Ross, arrived in Lima.#",
            "The talks between Coral Bank and Harbor Bank were led by Lena Ross.#",
            // after a name, the title between it and the organization may be that name's
            "Tomas Velde Director Coral News Agency Karl Brun welcomed the guests.#",
    })
    void titleOrganizationNameAndLedBy(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.for-org-title-name; an abbreviation cut off from a name by a sentence break holds no post. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "One of the signatories for Coral Radio, Board Member Michal Brun, says the deal is good.#Michal Brun | board member | Coral Radio",
            "It was signed on behalf of Harbor Bank, its chairman Ole Sand said.#Ole Sand | chairman | Harbor Bank",
            "Coral Chamber President Md.#",
    })
    void signingForAnOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** An organization's name run into the next person's ("CPCL Dr Amir Khan") ends before the honorific. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The MoU was signed by Ravi Das, Chairman & Managing Director of CPCL Dr Amir Khan.#Ravi Das | chairman and managing director | CPCL",
            // a person run into the organization with a title of their own after it: the title before is the first person's
            "The deal was signed by Ravi Das, Chairman of Coral Power Dr Amir Khan, Director of Harbor Bank, and others.#Ravi Das | chairman | Coral Power; Amir Khan | director | Harbor Bank",
            // a word that only starts like an honorific is part of the name
            "Ravi Das, director of Coral Drama Institute, spoke first.#Ravi Das | director | Coral Drama Institute",
    })
    void organizationRunIntoAPerson(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A possessive after a name ending in a symbol ("Coral+'s") is a possessive, as after a letter. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Jonas Lind, Coral+’s international CEO, added that the deal matters.#Jonas Lind | international ceo | Coral+",
            "Jonas Lind, Coral+'s chief executive, added that the deal matters.#Jonas Lind | chief executive | Coral+",
    })
    void possessiveAfterASymbol(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** A part of the world is no organization; "roped in as" takes up a post; a name closing an apposition is not the subject. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The meeting was led by Eva Tolstova, the head of East Asia and Africa, at Coral TV.#",
            "Meanwhile, Unni Bala has been roped in as chief of news for Coral News.#Unni Bala | chief of news | Coral News",
            "Unni Bala, a former editor for Harbor TV, has been roped in as chief of news for Coral News.#",
            "Lena Ross, head of Asia Pacific Bank, spoke.#Lena Ross | head | Asia Pacific Bank",
    })
    void regionsAndAppositions(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.said-title-name-after-quote: the organization opening the quote is the officer's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "“Coral Bank already leads the market,” said CEO Dana Quill.#Dana Quill | ceo | Coral Bank",
            "\"Harbor Energy has grown fast,\" said Chief Executive Dana Quill.#Dana Quill | chief executive | Harbor Energy",
            // the quote opens with no organization; a head of state thanks an organization
            "“The market is big for Coral Bank,” said CEO Dana Vell.#",
            "“Coral Bank has helped us,” said President Tomas Velde.#",
    })
    void officerAfterAQuote(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * Titles and possessives of companies: "managing partner" is one title, a plural's possessive
     * is an apostrophe alone, "head of content" keeps its field, and a founder listed with a post
     * is history, not a post ("co-founder and chief executive").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Capital's managing partner, Ivo Marek, said the fund would grow.#Ivo Marek | managing partner | Coral Capital",
            "Ivo Marek, managing partner at Harbor Ventures, declined to comment.#Ivo Marek | managing partner | Harbor Ventures",
            "Meridian Industries' deputy chief executive Lena Holt attended the launch.#Lena Holt | deputy chief executive | Meridian Industries",
            "Kestrel Studios' chairman, Ole Sand, signed the deal.#Ole Sand | chairman | Kestrel Studios",
            "Lena Ross, head of content at Coral Media Group, said the series would air in May.#Lena Ross | head of content | Coral Media Group",
            "Kestrel Films co-founder and chief executive Dana Quill said the deal was good.#Dana Quill | chief executive | Kestrel Films",
            "Dana Quill, chief executive and co-founder of Harbor Games, spoke first.#Dana Quill | chief executive | Harbor Games",
            // a partner alone stays a title; a quote mark is no possessive
            "Ivo Marek, a partner at Harbor Ventures, declined to comment.#Ivo Marek | partner | Harbor Ventures",
    })
    void companyTitlesAndPossessives(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /**
     * post.its-title-comma-name, post.its-title-is-name: "its" opening a sentence is the
     * organization the sentence before opens with as its subject, described or with an
     * apposition; nothing when that sentence opens otherwise. " // " separates the sentences.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Power will build the plant. // Its director, Ivo Marek, attended the ceremony.#Ivo Marek | director | Coral Power",
            "The Harbor Training Service, which reports to the labour ministry, will run the courses. // Its head, Lena Holt, opened them.#Lena Holt | head | Harbor Training Service",
            "Kestrel Broadcasting is the region's oldest radio network. // Its chairman is former judge Ole Sand.#Ole Sand | chairman | Kestrel Broadcasting",
            "The shipping regulator Coral Maritime Authority had warned of delays. // Its president, Ana Soto, declined to comment.#Ana Soto | president | Coral Maritime Authority",
            "Meridian Grid, a member of the Coral Energy Forum, will lead the project. // Its chief technology officer, Dana Quill, will chair the board.#Dana Quill | chief technology officer | Meridian Grid",
            // the sentence before opens with no single organization as its subject
            "The agreement was signed by Coral Power and Meridian Grid. // Its director, Ivo Marek, attended.#",
            "Coral Power and Meridian Grid will build the plant. // Its director, Ivo Marek, attended.#",
            "On Monday the plant opened. // Its director, Ivo Marek, spoke.#",
    })
    void itsAfterTheSubject(String sentences, String expected) {
        assertPosts(sentences.replace(" // ", "\n"), expected);
    }
}
