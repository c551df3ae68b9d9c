package signet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names written in other languages and with honorifics: where an organization's or a person's name
 * begins and ends when its small words are French, Portuguese, Spanish, Italian, German, Dutch or
 * Polish (lexicons/name-connectors.tsv), and what is left of a person's name after the honorifics
 * and degrees around it. Every name here is invented, so only the rules can find them; the mentions
 * are read as {@code extract --forms} prints them.
 */
class ForeignNamesTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static List<String> mentions(String text) { return OrgBoundariesTest.mentions(text); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // French: des, du, de l', d' after a head that opens the name
            "The Musée des Arts de l'Océan Austral signed an agreement with Kestrel Media.|ORG = Musée des Arts de l'Océan Austral",
            "The Haute École d'Art de Lyrène signed a memorandum with Kestrel Media.|ORG = Haute École d'Art de Lyrène",
            "The Festival des Films du Lac d'Arvenne signed a memorandum with Kestrel Media.|ORG = Festival des Films du Lac d'Arvenne",
            "Kestrel Media signed an agreement with the Fondation pour la Culture et les Arts.|ORG = Fondation pour la Culture et les Arts",
            // after a possessive place or an article of the name's language, the head still opens the name
            "Ruritania's Festival des Films du Lac Arvenne signed a memorandum with Kestrel Media.|ORG = Festival des Films du Lac Arvenne",
            "Le Festival des Films du Lac Arvenne s'associe au Kestrel Film Festival|ORG = Festival des Films du Lac Arvenne",
            // a list of fields inside such a name, each item opened by a connector after a comma
            "The Ministère de la Culture, des Arts et du Patrimoine signed an agreement with Kestrel Media.|ORG = Ministère de la Culture, des Arts et du Patrimoine",
            "Kestrel Media signed with the Secretaría de Cultura, de la Juventud y del Deporte on Monday.|ORG = Secretaría de Cultura, de la Juventud y del Deporte",
            // (a comma and a lower-case word that opens no capitalised item ends the name)
            "The agreement with Banco do Kestrel, de facto the largest lender, was signed.|ORG = Banco do Kestrel",
            // Portuguese: do, da, dos, e
            "The Governo do Estado do Tocará signed a cooperation agreement with Kestrel Media.|ORG = Governo do Estado do Tocará",
            "The Agência de Desenvolvimento do Varamar signed an agreement with Kestrel Media.|ORG = Agência de Desenvolvimento do Varamar",
            "Banco do Sertão S.A. signed a memorandum with Kestrel Media.|ORG = Banco do Sertão S.A.",
            "The Escola de Comunicação e Artes signed an agreement with Kestrel Media.|ORG = Escola de Comunicação e Artes",
            "The agreement was signed by the Universidade Federal do Kestrel and the Prefeitura de Lyrène.|ORG = Universidade Federal do Kestrel",
            // Spanish: de, del, y
            "Kestrel Media signed a memorandum with the Festival de Cine del Caribe de Marimonte.|ORG = Festival de Cine del Caribe de Marimonte",
            "The Asociación de Productores Audiovisuales del Sur signed an agreement with Kestrel Media.|ORG = Asociación de Productores Audiovisuales del Sur",
            "Kestrel Media signed an agreement with the Secretaría de Medios y Comunicación Pública.|ORG = Secretaría de Medios y Comunicación Pública",
            "Radio y Televisión del Litoral Norte signed a memorandum with Kestrel Media.|ORG = Radio y Televisión del Litoral Norte",
            // (two heads or fields joined by "y" stay in one name)
            "The Corporación de Radio y Televisión del Kestrel signed an agreement with Coral Media.|ORG = Corporación de Radio y Televisión del Kestrel",
            "The Instituto de Cine y Artes Audiovisuales signed an agreement with Coral Media.|ORG = Instituto de Cine y Artes Audiovisuales",
            // Italian: degli, di, dell'
            "Kestrel Media signed a memorandum with the Università degli Studi di Borgoverde.|ORG = Università degli Studi di Borgoverde",
            "Kestrel Media signed a deal with the Teatro dell'Opera di Lyrène.|ORG = Teatro dell'Opera di Lyrène",
            // German, Dutch, Polish: für, und, der, voor, en, w
            "The Stiftung für Kunst und Kultur signed an agreement with Kestrel Media.|ORG = Stiftung für Kunst und Kultur",
            "The Hochschule für Film und Fernsehen signed an agreement with Kestrel Media.|ORG = Hochschule für Film und Fernsehen",
            "Stichting voor Film en Cultuur signed an agreement with Kestrel Media.|ORG = Stichting voor Film en Cultuur",
            "Kestrel Media signed an agreement with Muzeum Sztuki w Radomiu.|ORG = Muzeum Sztuki w Radomiu",
            // Indonesian, Romanian, Swedish heads open names; Turkish and Hungarian heads close them
            "The Kementerian Pendidikan dan Kebudayaan signed a memorandum with Kestrel Media.|ORG = Kementerian Pendidikan dan Kebudayaan",
            "Universitatea din Kestrelești signed an agreement with the Institutul pentru Cultură.|ORG = Universitatea din Kestrelești",
            "Universitatea din Kestrelești signed an agreement with the Institutul pentru Cultură.|ORG = Institutul pentru Cultură",
            "Kestrel Egyetem signed a memorandum with the Stiftelsen för Film och Kultur.|ORG = Stiftelsen för Film och Kultur",
            "Kestrel Egyetem signed a memorandum with the Stiftelsen för Film och Kultur.|ORG = Kestrel Egyetem",
            "The Kültür ve Turizm Bakanlığı signed an agreement with Kestrel Media.|ORG = Kültür ve Turizm Bakanlığı",
            // legal forms of other languages after the name
            "Kestrel Media Kft. signed an agreement with Coral Film Sdn Bhd on Monday.|ORG = Kestrel Media Kft.",
            "Kestrel Media Kft. signed an agreement with Coral Film Sdn Bhd on Monday.|ORG = Coral Film Sdn Bhd",
    })
    void aConnectorJoinsANameThatItsHeadOpens(String sentence, String expected) {
        assertTrue(mentions(sentence).contains(expected), () -> mentions(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The bank includes the leasing company Kestrel Leasing sp. z o.o. and the broker Coral Dom.|ORG = Kestrel Leasing sp. z o.o.",
            "Kestrel Film s.r.o. signed an agreement with Coral Media d.o.o. on Monday.|ORG = Kestrel Film s.r.o.",
            "Kestrel Film s.r.o. signed an agreement with Coral Media d.o.o. on Monday.|ORG = Coral Media d.o.o.",
            "Kestrel Media e.V. signed a memorandum with Coral Film s.a. and Borealis Pictures ltda.|ORG = Kestrel Media e.V.",
            "Kestrel Media e.V. signed a memorandum with Coral Film s.a. and Borealis Pictures ltda.|ORG = Coral Film s.a.",
    })
    void aLowerCaseLegalFormOfAnotherLanguageEndsACompanysName(String sentence, String expected) {
        assertTrue(mentions(sentence).contains(expected), () -> mentions(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a legal form with no name before it joins nothing
            "Kestrel Media signed with a local s.r.o. on Monday.",
    })
    void aLegalFormAloneIsNoName(String sentence) {
        assertFalse(mentions(sentence).stream().anyMatch(m -> m.contains("s.r.o.")), () -> mentions(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a foreign "and" between two names whose first word is no head joins nothing
            "Kestrel Media und Coral Film signed an agreement on Monday.|Kestrel Media",
            "Kestrel Media und Coral Film signed an agreement on Monday.|Coral Film",
            "Kestrel Media y Coral Bank signed an agreement on Monday.|Kestrel Media",
            "Kestrel Media y Coral Bank signed an agreement on Monday.|Coral Bank",
            // a Spanish or Portuguese "and" before a second head opens a second name
            "Agencia Kestrelense de Noticias y Radio y Televisión del Coral firman convenio|Agencia Kestrelense de Noticias",
            "Agencia Kestrelense de Noticias y Radio y Televisión del Coral firman convenio|Radio y Televisión del Coral",
            "The Museo de Arte y Centro Cultural Kestrel signed an agreement.|Centro Cultural Kestrel",
            // a connector after a name that no head opens is no part of it
            "The Festival signed a memorandum with Coral Pictures i Kestrel Media.|Coral Pictures",
            "Banco Kestrel no longer works with Coral Media.|Banco Kestrel",
            // a person's particles as before
            "Vieira da Silva said the agreement would help both sides.|Vieira da Silva",
    })
    void aConnectorOutsideSuchANameJoinsNothing(String sentence, String name) {
        assertTrue(mentions(sentence).stream().anyMatch(m -> m.endsWith(" = " + name)), () -> mentions(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Maria José da Costa e Silva, president of the Fundação Cultural do Sertão, signed the agreement.|Maria José da Costa e Silva",
            "Ana Ortega y Lasarte, director of Kestrel Films, said the deal was good.|Ana Ortega y Lasarte",
            "Jeanne d'Arvel, director of Kestrel Films, said the deal was good.|Jeanne d'Arvel",
            "Camila Rojas Ortúzar, director of Kestrel Films, said the deal was good.|Camila Rojas Ortúzar",
            "Łukasz Wiśniewski, president of Kestrel Films, signed the memorandum.|Łukasz Wiśniewski",
    })
    void personsKeepTheirParticlesAndConjunctions(String sentence, String name) {
        assertTrue(mentions(sentence).contains("PER = " + name), () -> mentions(sentence).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The president of Brazil and Peru's minister of culture met in Lima.",
            "Kestrel Media and Coral Film signed an agreement on Monday.",
    })
    void nearMissesStayApart(String sentence) {
        List<String> ms = mentions(sentence);
        assertFalse(ms.stream().anyMatch(m -> m.contains(" and ")), ms::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Instytut Filmowy w Kestrelu and Stichting voor Film en Cultuur signed an agreement.|2",
    })
    void twoForeignNamesJoinedByAnd(String sentence, int count) {
        List<String> ms = mentions(sentence);
        assertEquals(count, ms.stream().filter(m -> m.startsWith("ORG")).count(), ms::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // degrees and courtesy titles before the name: the person is the name without them
            "Ing. Petr Novotný, director of Kestrel Media, signed the memorandum.;Petr Novotný | director | Kestrel Media",
            "Mag. Eva Huber, head of the Kestrel Film Fund, signed the agreement.;Eva Huber | head | Kestrel Film Fund",
            "Ir. Budi Santoso, director of PT Kestrel Media, signed the memorandum.;Budi Santoso | director | PT Kestrel Media",
            "Eng. Omar Saleh, chairman of Kestrel Telecom, spoke at the event.;Omar Saleh | chairman | Kestrel Telecom",
            "Sra. Lucía Paredes, director of Kestrel Media, signed the agreement.;Lucía Paredes | director | Kestrel Media",
            // honorifics in a row
            "Prof. Dr. Hans Weber, rector of the Kestrel University, attended.;Hans Weber | rector | Kestrel University",
            "H.E. Dr. Amina Yusuf, director of Kestrel Media, signed the memorandum.;Amina Yusuf | director | Kestrel Media",
            // a degree after the name and a comma belongs to the person
            "Martin Novak, Ph.D., director of the Kestrel Institute, signed the memorandum.;Martin Novak | director | Kestrel Institute",
            "Anna Berg, MBA, director of Kestrel Media, signed the memorandum.;Anna Berg | director | Kestrel Media",
            // an honorific between a title and the name
            "The memorandum was signed by Kestrel Media director Ing. Petr Novotný.;Petr Novotný | director | Kestrel Media",
            // a head word of another language as the last surname
            "João Pedro dos Santos Câmara, president of Kestrel Media, signed the agreement.;João Pedro dos Santos Câmara | president | Kestrel Media",
            "Ana María de los Ángeles Rojas, director of Kestrel Media, signed the memorandum.;Ana María de los Ángeles Rojas | director | Kestrel Media",
            // diacritics and particles of many languages
            "Nguyễn Thị Minh Hằng, director of Kestrel Media, signed the memorandum.;Nguyễn Thị Minh Hằng | director | Kestrel Media",
            "Agnieszka Wróbel-Żak, head of the Kestrel Film Fund, signed the memorandum.;Agnieszka Wróbel-Żak | head | Kestrel Film Fund",
            "Jean-Luc de La Tour d'Auvergne, director of Kestrel Media, signed the agreement.;Jean-Luc de La Tour d'Auvergne | director | Kestrel Media",
    })
    void honorificsAndDegreesStayOutOfTheName(String sentence, String post) {
        assertTrue(TestArticles.posts(X.extract(TestArticles.of(sentence))).contains(post),
                () -> TestArticles.posts(X.extract(TestArticles.of(sentence))).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // a name in capitals is an organization, not the degree "Ing." or "Mag."
            "ING chief executive Anna Berg said the deal was good.;Anna Berg | chief executive | ING",
            "MAG director Piet Dorn signed the agreement.;Piet Dorn | director | MAG",
    })
    void capitalsAreNoHonorific(String sentence, String post) {
        var posts = TestArticles.posts(X.extract(TestArticles.of(sentence)));
        assertTrue(posts.contains(post), posts::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The memorandum was signed by Dr. Anna Berg and Kestrel Media.|PER = Dr. Anna Berg",
            "The memorandum was signed by Ing. Petr Novotný and Kestrel Media.|PER = Ing. Petr Novotný",
    })
    void anHonorificStaysWithItsPersonInAList(String sentence, String expected) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains(expected), ms::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // capitals are a name, not "Ing." or "Mag."
            "ING Bank signed an agreement with Kestrel Media.|ORG = ING Bank",
            // a head of another language opens a name
            "The Banco Kestrel signed an agreement with Coral Media.|ORG = Banco Kestrel",
            "Kestrel Media signed an agreement with the Universidad Nacional de Coral.|ORG = Universidad Nacional de Coral",
            // words after a leading head are its name, no person glued to it
            "Ana Ruiz, director of the Instituto Nacional de Cine, said the deal was important.|ORG = Instituto Nacional de Cine",
    })
    void nearMissesOfHonorificsAndHeads(String sentence, String expected) {
        List<String> ms = mentions(sentence);
        assertTrue(ms.contains(expected), ms::toString);
    }
}
