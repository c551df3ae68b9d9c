package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes of posts that hand-made gold on unseen articles showed missed: a qualifier that opens the
 * title after an acronym ("FPS Central Director"), names with a hyphened article ("al-Sabah"), a quoted
 * part ("“Mir” Interstate Radio Company"), a legislature's name, names that end in "'s", and domain
 * names. Every name is invented. Each row: sentence(s) # expected posts as "person | title |
 * organization" separated by ";" (empty: no post at all); "\\n" starts the next sentence.
 */
class PostShapesTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static void assertPosts(String text, String expected) { TestArticles.assertPosts(X, text, expected); }

    /** titles.tsv "central", "interim": after an acronym or a head word, a qualifier opens the title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The memorandum was signed by Mrs Alice Dubois, FPS Central Director.#Alice Dubois | central director | FPS",
            "FPS Central Director Alice Dubois said the plan was ready.#Alice Dubois | central director | FPS",
            "Alice Dubois, Kestrel Television Central Director, said the plan was ready.#Alice Dubois | central director | Kestrel Television",
            "Alice Dubois, RNA Interim CEO, said the plan was ready.#Alice Dubois | interim ceo | RNA",
            "Coral Bank Interim Chief Executive Tom Hardy said the plan was ready.#Tom Hardy | interim chief executive | Coral Bank",
            // a qualifier that opens an organization's name stays in it
            "Alice Dubois, director of the Central Bank of Ruritania, said the plan was ready.#Alice Dubois | director | Central Bank of Ruritania",
            "Alice Dubois, Coral Central Bank director, said the plan was ready.#Alice Dubois | director | Coral Central Bank",
    })
    void qualifierOpensTheTitle(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** word-sets.tsv "name-articles": "al-Sabah", "el-Amin" are name words of the person. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Both documents were signed by Sheikh Hamad al-Sabah, Director of National Museum of Ruritania, on behalf of Ruritania Museums.#Hamad al-Sabah | director | National Museum of Ruritania",
            "The deal was signed by Omar el-Amin, chief executive of Kestrel Telecom.#Omar el-Amin | chief executive | Kestrel Telecom",
            "Sheikh Hamad bin Khalid al-Sabah, chairman of Coral Media Group, said the plan was ready.#Hamad bin Khalid al-Sabah | chairman | Coral Media Group",
            "Coral Media Group chairman Nasser ash-Shami said the plan was ready.#Nasser ash-Shami | chairman | Coral Media Group",
            // a hyphened prefix that is no article is no name word
            "Tom Hardy, a pro-Kestrel director, said the plan was ready.#",
    })
    void hyphenedArticleInAName(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** MentionFinder.joinQuotedNameParts: a quoted name right before an organization opens its name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The minister held a meeting with the Chairman of “Mir” Interstate Radio Company, Petr Volkov.#Petr Volkov | chairman | Mir Interstate Radio Company",
            "Petr Volkov, chairman of \"Mir\" Interstate Radio Company, said the plan was ready.#Petr Volkov | chairman | Mir Interstate Radio Company",
            "“Polar Star” Broadcasting Corporation president Anna Berg said the plan was ready.#Anna Berg | president | Polar Star Broadcasting Corporation",
            // a quoted work before an organization is no part of it
            "The director of the film “Red Silk”, Anna Berg, thanked Coral Studios.#",
    })
    void quotedPartOfAName(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** org-heads.tsv "assembly", "duma", "senate"; titles.tsv "speaker" (not a "keynote speaker"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The chairman of the State Assembly Oleg Sidorov will make a report.#Oleg Sidorov | chairman | State Assembly",
            "State Assembly speaker Oleg Sidorov will make a report.#Oleg Sidorov | speaker | State Assembly",
            "The speaker of the Ruritania State Duma, Oleg Sidorov, opened the session.#Oleg Sidorov | speaker | Ruritania State Duma",
            "Speaker of the National Assembly Oleg Sidorov opened the session.#Oleg Sidorov | speaker | National Assembly",
            "Oleg Sidorov, president of the Kestrel Senate, opened the session.#Oleg Sidorov | president | Kestrel Senate",
            // a conference's speaker holds no post
            "The keynote speaker Anna Berg of Coral Bank opened the forum.#",
            "Anna Berg was a guest speaker at the Coral Media Forum.#",
    })
    void legislaturesAndSpeakers(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** ApostropheNames: a name that ends in "'s", known or shown so by the article; else a possessive. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "McDonald's chief executive Jim Skinner said sales rose.#Jim Skinner | chief executive | McDonald's",
            "Jim Skinner, chief executive of Sotheby's, said sales rose.#Jim Skinner | chief executive | Sotheby's",
            "Pellam's chief executive Jim Skinner said sales rose. Pellam's has opened 40 stores.#Jim Skinner | chief executive | Pellam's",
            "Jim Skinner, chief executive of Pellam's, said sales rose. He has worked at Pellam's.#Jim Skinner | chief executive | Pellam's",
            "Pellam's and Kestrel Foods signed a deal. Pellam's chief executive Jim Skinner said sales rose.#Jim Skinner | chief executive | Pellam's",
            // possessives: nothing in the article says the name ends in "'s"
            "Pellam's chief executive Jim Skinner said sales rose. Sales at Pellam rose.#Jim Skinner | chief executive | Pellam",
            "Pellam's chief executive Jim Skinner said sales rose. He has worked at Pellam's stores since 2001.#Jim Skinner | chief executive | Pellam",
            "Pellam's and Kestrel's chief executives met. Pellam's chief executive Jim Skinner said sales rose.#Jim Skinner | chief executive | Pellam",
    })
    void namesEndingInApostropheS(String text, String expected) {
        assertPosts(text, expected);
    }

    /** word-sets.tsv "domain-endings": a name glued to a domain ending is one name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "The document was signed by Ivan Petrov and Li Wei, editor-in-chief of Coral.org.cn.#Li Wei | editor-in-chief | Coral.org.cn",
            "Kestrel.com chief executive Anna Berg said the site would grow.#Anna Berg | chief executive | Kestrel.com",
            "Anna Berg, editor of Kestrel.ru, said the site would grow.#Anna Berg | editor | Kestrel.ru",
            // two sentences glued at a full stop are not a domain
            "Anna Berg, editor of Kestrel Daily, signed the deal.It will take effect in May.#Anna Berg | editor | Kestrel Daily",
    })
    void domainNames(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.org-appoints-name, post.chosen-title-of, post.is-title-of: a headline's present tense, "selected as", a copula. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Media appoints Tom Hardy as new CEO.#Tom Hardy | ceo | Coral Media",
            "Kestrel Bank names Anna Berg chief executive.#Anna Berg | chief executive | Kestrel Bank",
            "Ali Thabet was selected as the editor-in-chief of Coral Daily.#Ali Thabet | editor-in-chief | Coral Daily",
            "Anna Berg has been confirmed as chief executive of Kestrel Bank.#Anna Berg | chief executive | Kestrel Bank",
            "Salama was the former managing editor of Coral Daily and has won the elections.#Salama | managing editor | Coral Daily",
            "Anna Berg is the chairman of Kestrel Bank.#Anna Berg | chairman | Kestrel Bank",
            "Tom Hardy became CEO of Kestrel Bank in 2019.#Tom Hardy | ceo | Kestrel Bank",
            "The authority said that Tom Hardy, who is also the director of Coral Film Festival, would attend.#Tom Hardy | director | Coral Film Festival",
            // the title of someone else, of a unit, or a post elsewhere
            "Coral Media names Tom Hardy head of Kestrel Radio.#Tom Hardy | head | Kestrel Radio",
            "Anna Berg is the daughter of the chairman of Kestrel Bank.#",
            "Anna Berg was the first president of Kestrel Bank's film unit.#",
    })
    void appointmentsAndCopulas(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** org-heads.tsv "syndicate", "guild": a trade union's names close an organization before a person. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Anna Berg, head of the Kestrel Writers Guild, spoke.#Anna Berg | head | Kestrel Writers Guild",
            "The chairman of the Coral Journalists Syndicate Omar Salem opened the session.#Omar Salem | chairman | Coral Journalists Syndicate",
            "Omar Salem was the former managing editor of Coral Daily.#Omar Salem | managing editor | Coral Daily",
    })
    void tradeUnions(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** word-sets.tsv "business-anaphors" (DocRegistry): "the company" is the nearest business before it in its sentence, else the sentence before's first name that is no person's; post.served-as-org-title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Kestrel Bank has appointed a new chief.\\nTom Hardy will continue as the company's executive chairman.#Tom Hardy | executive chairman | Kestrel Bank",
            "Kestrel Bank has a new chief.\\nThe company's chief executive Tom Hardy said it would grow.#Tom Hardy | chief executive | Kestrel Bank",
            "Coral Insurance Corporation reported a loss.\\nTom Hardy, the chief executive of the firm, said costs rose.#Tom Hardy | chief executive | Coral Insurance Corporation",
            "Tom Hardy stepped down as Coral Bank's chairman.#Tom Hardy | chairman | Coral Bank",
            // the nearest business, not a ministry, and nothing when none was named
            "Kestrel Bank met the Ministry of Culture.\\nThe company's chief executive Tom Hardy said it would grow.#Tom Hardy | chief executive | Kestrel Bank",
            "The report was late.\\nThe company's chief executive Tom Hardy said it would grow.#",
            // the subject of the sentence before, not the other party named last
            "Lumo Pay signed a deal with Norvik Bank.\\nThe company's chief executive Tom Hardy said it would grow.#Tom Hardy | chief executive | Lumo Pay",
            // in its own sentence the nearest business
            "Kestrel Bank and Norvik Bank said that Tom Hardy will continue as the company's chairman.#Tom Hardy | chairman | Norvik Bank",
            "Mr Bob Lind, who has worked with Kestrel Bank for years, was named its chief.\\nTom Hardy will continue as the company's chairman.#Tom Hardy | chairman | Kestrel Bank",
    })
    void theCompanyAndItsOfficers(String text, String expected) {
        assertPosts(text, expected);
    }

    /** {TTLS} (PatternRule): a word dating a post held now may open the titles; "former" stays no post in an apposition. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Bank's new chief executive, Anna Berg, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Anna Berg, the newly appointed chief executive of Coral Bank, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Anna Berg, the current chief executive of Coral Bank, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Anna Berg, Coral Bank's newly appointed chief executive, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Anna Berg, now chief executive of Coral Bank, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "The outgoing chairman of Kestrel Media, Tom Hardy, thanked the staff.#Tom Hardy | chairman | Kestrel Media",
            // a former post in an apposition, and a dating word before no title
            "Anna Berg, the former chief executive of Coral Bank, said sales rose.#",
            "Anna Berg, formerly chief executive of Coral Bank, said sales rose.#",
            "Anna Berg, the new face of Coral Bank, said sales rose.#",
    })
    void datedTitles(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.who-is-org-title, post.who-was-appointed-title-of, post.name-comma-described-org-title, post.org-said-its-title-name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Anna Berg, who is Coral Bank's chief executive, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Tom Hardy, who was Kestrel Media's chairman until 2019, spoke first.#Tom Hardy | chairman | Kestrel Media",
            "Anna Berg, who was appointed chief executive of Coral Bank in 2019, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Coral Bank reported a profit.\\nAnna Berg, the bank's chief executive, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Coral Bank said its chief executive Anna Berg would step down.#Anna Berg | chief executive | Coral Bank",
            "Kestrel Media Group announced that its chairman, Tom Hardy, would retire.#Tom Hardy | chairman | Kestrel Media Group",
            // a description nothing before names, a person reporting, a possessive of a unit
            "Anna Berg, the bank's chief executive, said sales rose.#",
            "Tom Hardy said its chief executive Anna Berg would step down.#",
            "Anna Berg, who is Coral Bank's chief executive of Kestrel Radio, said sales rose.#",
    })
    void relativeClausesAndDescriptions(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** title-portfolios.tsv "market", "business" (units); a place may open a lower-case unit portfolio. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "\"The network will grow,\" Anna Berg, head of India market at Kestrel Telecom, said in a statement.#Anna Berg | head of india market | Kestrel Telecom",
            "Anna Berg, head of the Asia Pacific business at Coral Bank, said sales rose.#Anna Berg | head of the asia pacific business | Coral Bank",
            "Tom Hardy, director of the Africa department of Kestrel Media Group, said sales rose.#Tom Hardy | director of the africa department | Kestrel Media Group",
            // a place before a capitalised name opens an organization, not a portfolio
            "Anna Berg, director of India Kestrel Bank, said sales rose.#Anna Berg | director | India Kestrel Bank",
    })
    void marketsAsPortfolios(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** title-portfolios.tsv: a company's functions are portfolios ("head of corporate affairs at Y"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Anna Berg, head of corporate affairs at Coral Bank, said sales rose.#Anna Berg | head of corporate affairs | Coral Bank",
            "Anna Berg, director of investor relations at Coral Bank, said sales rose.#Anna Berg | director of investor relations | Coral Bank",
            "Tom Hardy, vice president of engineering at Kestrel Telecom, said the network would grow.#Tom Hardy | vice president of engineering | Kestrel Telecom",
            // a function word that opens an organization's name stays in it
            "Anna Berg, director of the Kestrel Design Centre, said sales rose.#Anna Berg | director | Kestrel Design Centre",
    })
    void companyFunctions(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** MentionFinder.portfolioBefore: after an organization's head word or an acronym, a portfolio opens the title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Bank Risk Director Anna Berg said sales rose.#Anna Berg | risk director | Coral Bank",
            "KMG Finance Director Anna Berg said sales rose.#Anna Berg | finance director | KMG",
            "The Coral Media Group Sales Director Tom Hardy spoke first.#Tom Hardy | sales director | Coral Media Group",
            // after a proper word the portfolio word may be the organization's own
            "Kestrel Finance Director Anna Berg said sales rose.#Anna Berg | director | Kestrel Finance",
    })
    void portfolioAfterAnOrganization(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** who-headed, name-comma-title-of-described-name, whose-title-name, org-time-appointed-name, takes-over-as, succeeds-as, name-age-*. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Anna Berg, who has headed Coral Bank since 2015, said sales rose.#Anna Berg | head | Coral Bank",
            "Tom Hardy, who chaired Kestrel Media for a decade, retired.#Tom Hardy | chairman | Kestrel Media",
            "Anna Berg, CEO of the Ruritania-based Coral Bank, said sales rose.#Anna Berg | ceo | Coral Bank",
            "Anna Berg, CEO of Ruritanian lender Coral Bank, said sales rose.#Anna Berg | ceo | Coral Bank",
            "Anna Berg, chief executive of state-owned Coral Bank, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Coral Bank, whose chief executive is Anna Berg, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Coral Bank, whose chairman Tom Hardy spoke first, said sales rose.#Tom Hardy | chairman | Coral Bank",
            "Coral Bank on Monday named Anna Berg as its new chief executive.#Anna Berg | chief executive | Coral Bank",
            "Coral Bank has hired Anna Berg as chief financial officer.#Anna Berg | chief financial officer | Coral Bank",
            "Anna Berg will take over as chief executive of Coral Bank in May.#Anna Berg | chief executive | Coral Bank",
            "Anna Berg succeeds Tom Hardy as chief executive of Coral Bank.#Anna Berg | chief executive | Coral Bank",
            "Anna Berg, 52, chief executive of Coral Bank, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Anna Berg, 52, Coral Bank's chief executive, said sales rose.#Anna Berg | chief executive | Coral Bank",
            "Coral Bank board chairman Anna Berg said sales rose.#Anna Berg | board chairman | Coral Bank",
            "Anna Berg, chairperson of the board of directors of Coral Bank, said sales rose.#Anna Berg | chairperson of the board of directors | Coral Bank",
            // a delegation led, a name cut short after a lower-case word, an organization hiring for another
            "Anna Berg, who led the Coral Bank delegation, said sales rose.#",
            "Tom Hardy, vice director of the general Kestrel Administration, spoke.#",
            "Coral Bank has hired Anna Berg as chief executive of Kestrel Media.#",
    })
    void moreCompanyWordings(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.org-said-title-name: an organization opening the sentence says something of its officer. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Bank said chief executive Tom Hardy would step down.#Tom Hardy | chief executive | Coral Bank",
            "Coral Bank announced on Monday that chief financial officer Anna Berg will leave.#Anna Berg | chief financial officer | Coral Bank",
            "Kestrel University said President Anna Berg would attend.#Anna Berg | president | Kestrel University",
            // another organization's officer, and a person reporting
            "Coral Bank said Kestrel Media chairman Tom Hardy would attend.#Tom Hardy | chairman | Kestrel Media",
            "Coral Bank said chairman Tom Hardy of Kestrel Media would attend.#Tom Hardy | chairman | Kestrel Media",
            "Anna Berg said chairman Tom Hardy would attend.#",
    })
    void organizationSaysOfItsOfficer(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.behalf-of-its-title-name, post.at-the-helm. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "On behalf of Kestrel News Agency, the agreement was signed by its Director General Tom Hardy.#Tom Hardy | director general | Kestrel News Agency",
            "On behalf of the Coral Radio Company, the memorandum was signed on Monday by its president, Anna Berg.#Anna Berg | president | Coral Radio Company",
            "Tom Hardy, who is at the helm of Kestrel News Agency, spoke first.#Tom Hardy | head | Kestrel News Agency",
            "Anna Berg, at the helm of Coral Bank since 2019, spoke first.#Anna Berg | head | Coral Bank",
            // another organization between ("its" is that one's), a delegation
            "On behalf of Kestrel News Agency, Coral Radio and its president Anna Berg signed.#Anna Berg | president | Coral Radio",
            "Tom Hardy, who is at the helm of the Kestrel delegation, spoke first.#",
    })
    void onBehalfAndAtTheHelm(String sentence, String expected) {
        assertPosts(sentence, expected);
    }

    /** post.officer-left-subjects-org: the organization the sentence opens with and its officer who left. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "Coral Bank has appointed a new chief executive after chief executive Tom Hardy resigned.#Tom Hardy | chief executive | Coral Bank",
            "Kestrel Media named a successor when chairman Anna Berg retired.#Anna Berg | chairman | Kestrel Media",
            "Fast food chain Pellam Foods Group has appointed a new CEO after CEO Mr Tom Hardy resigned to rest.#Tom Hardy | ceo | Pellam Foods Group",
            // another organization's officer, and no leaving
            "Coral Bank said it regretted that Kestrel Media chairman Tom Hardy resigned.#Tom Hardy | chairman | Kestrel Media",
            "Coral Bank has grown since chairman Tom Hardy arrived.#",
    })
    void officerWhoLeft(String sentence, String expected) {
        assertPosts(sentence, expected);
    }
}
