package signet.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Part-of wordings of blind text the rules missed (issue 13, fifth part-of session), in sentences of our own
 * with invented names: a collective that groups institutes or channels "among them" A and B; "part of the
 * same university"; a body "under" a government department; a constituent or member institution; "Its
 * Department of ..." after a sentence about its organization; each child after a noun of what it is; "the
 * bank includes the leasing company A"; a bureau in a title phrase (and its holder no unit); "the municipal
 * museum of"; an arm named by its parent's name; a unit of a company named with its legal form; "the holding
 * also includes". And the near misses a looser rule would read: experts, topics, partners, an association's
 * members, a city under a province, a voter, a board, a stake, a person.
 */
class PartOfBlindWordingsTest {
    private static final RuleExtractor X = new RuleExtractor();

    private static Set<String> partOf(String text) {
        return TestArticles.partOf(X.extract(TestArticles.of(text.replace("\\n", "\n"), "2024-05-02", null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a collective: "B groups (comprises, brings together, unites) N institutes (channels, companies), among them A1 and A2"
            "The Velsk Academy of Soil Sciences, which operates under the Ministry of Farming, groups seven research institutes, among them the Tarn Institute of Grain Studies and the Orsa Polar Station.|Tarn Institute of Grain Studies < Velsk Academy of Soil Sciences",
            "The Velsk Academy of Soil Sciences, which operates under the Ministry of Farming, groups seven research institutes, among them the Tarn Institute of Grain Studies and the Orsa Polar Station.|Orsa Polar Station < Velsk Academy of Soil Sciences",
            "The Velsk Academy of Soil Sciences comprises twelve institutes, including the Tarn Institute of Grain Studies and the Orsa Institute of Forestry.|Orsa Institute of Forestry < Velsk Academy of Soil Sciences",
            "Coral Media Holding brings together five channels, among them Lumo Kids and Lumo Sport.|Lumo Sport < Coral Media Holding",
            "Coral Media Holding unites 14 companies, including Lumo Print and Kesh Radio.|Kesh Radio < Coral Media Holding",
            "The Velsk Academy of Sciences consists of 30 institutes, such as the Institute of Physics and the Institute of Botany.|Institute of Botany < Velsk Academy of Sciences",
            "Tarn University groups four faculties, including the Faculty of Law and the Faculty of Arts.|Faculty of Arts < Tarn University",
            "Coral Media Holding, which was founded in 1999, groups nine channels, among them Lumo Kids and Lumo Sport.|Lumo Kids < Coral Media Holding",
            // "part of the same university": the one university named before
            "Tarn University signed a deal with Kesh Films.\\nThe Centre for Polar Studies, part of the same university, will coordinate the course.|Centre for Polar Studies < Tarn University",
            "Tarn University signed a deal with Kesh Films.\\nThe Centre for Polar Studies, part of the university, will coordinate the course.|Centre for Polar Studies < Tarn University",
            "Velsk State University hosted the talks with Coral Bank.\\nThe Institute of Mining, a unit of the same university, will run the tests.|Institute of Mining < Velsk State University",
            "Kesh Bank signed the deal with Coral Group.\\nLumo Leasing, a subsidiary of the bank, will pay.|Lumo Leasing < Kesh Bank",
            // "an autonomous body (agency, institution) under the Department of ..."
            "The Coastal Fisheries Institute (CFI), an autonomous body under the Department of Fisheries, Government of Velsk, signed an MoU with Tarn College.|Coastal Fisheries Institute < Department of Fisheries",
            "The Velsk Seed Agency, an autonomous agency under the Ministry of Farming, signed an MoU with Tarn College.|Velsk Seed Agency < Ministry of Farming",
            "The Velsk Seed Agency, a statutory body under the Ministry of Farming, signed an MoU with Tarn College.|Velsk Seed Agency < Ministry of Farming",
            "The Velsk Seed Agency, an institution under the Department of Agriculture, signed an MoU with Tarn College.|Velsk Seed Agency < Department of Agriculture",
            "The Velsk Seed Agency, an autonomous body under the Department of Fisheries of Velsk, signed an MoU with Tarn College.|Velsk Seed Agency < Department of Fisheries of Velsk",
            // a constituent, a constituent college, a member institution, an affiliated institute
            "Under the deal the Grain Research Institute Orsa, a constituent of the Velsk Agricultural Research Council, will share seeds.|Grain Research Institute Orsa < Velsk Agricultural Research Council",
            "The Grain Research Institute Orsa, a constituent unit of the Velsk Agricultural Research Council, will share seeds.|Grain Research Institute Orsa < Velsk Agricultural Research Council",
            "The Grain Research Institute Orsa, a member institution of the Velsk Agricultural Research Council, will share seeds.|Grain Research Institute Orsa < Velsk Agricultural Research Council",
            "The Grain Research Institute Orsa, an affiliated institute of the Velsk Agricultural Research Council, will share seeds.|Grain Research Institute Orsa < Velsk Agricultural Research Council",
            "Tarn College, a constituent college of Velsk University, will share seeds.|Tarn College < Velsk University",
            // "Its Department of ..." after a sentence about the organization; a unit named after "its" in one sentence
            "The Velsk Museum of Transport has collected engines since 1950.\\nIts Department of Tram History will host the secretariat.|Department of Tram History < Velsk Museum of Transport",
            "The Velsk Museum of Transport has collected engines since 1950.\\nIts Institute of Conservation will restore the cars.|Institute of Conservation < Velsk Museum of Transport",
            "Tarn University signed a deal with Kesh Films.\\nIts Faculty of Law will teach the course.|Faculty of Law < Tarn University",
            // each child after a noun of what it is: "owns the cinema chain A1 and the music label A2"
            "Orsa Media Holdings also owns the cinema chain Fjell Screens and the music label Orsa Sound.|Orsa Sound < Orsa Media Holdings",
            "Orsa Media Holdings also owns the cinema chain Fjell Screens and the music label Orsa Sound.|Fjell Screens < Orsa Media Holdings",
            "Orsa Media Holdings owns the radio station Kora FM, the newspaper Orsa Daily and the studio Orsa Pictures.|Orsa Daily < Orsa Media Holdings",
            // "The bank has 200 branches and includes the leasing company A": the one bank named before
            "Kesh Bank signed a loan with Tarn Steel.\\nThe bank has 200 branches and includes the leasing company Kesh Leasing AB and the broker Kesh Brokerage.|Kesh Leasing AB < Kesh Bank",
            "Kesh Bank signed a loan with Tarn Steel.\\nThe bank has 200 branches and includes the leasing company Kesh Leasing AB and the broker Kesh Brokerage.|Kesh Brokerage < Kesh Bank",
            "Kesh Bank signed a loan with Tarn Steel.\\nThe bank also owns the leasing company Kesh Leasing AB.|Kesh Leasing AB < Kesh Bank",
            // a title's holder after a comma is no unit; the bureau in the title phrase is
            "The coordinator of NTB's Vienna bureau, Ola Fjell, will lead the work.|Vienna bureau of NTB < NTB",
            "The director of Coral Group's subsidiary Lumo Bank, Anna Berg, will lead the work.|Lumo Bank < Coral Group",
            "Coral Group's subsidiary, Lumo Bank, will lead the work.|Lumo Bank < Coral Group",
            // "the municipal museum of the City of X", "the leasing company of B"
            "Screenings take place at the Museum of Moving Pictures, the municipal museum of the City of Velsk.|Museum of Moving Pictures < City of Velsk",
            "The Velsk Film Archive, the national film agency of the Republic of Tarn, signed.|Velsk Film Archive < Republic of Tarn",
            "Kesh Leasing, the leasing company of Coral Bank, signed.|Kesh Leasing < Coral Bank",
            "Lumo Sound, the record label of Coral Media, signed.|Lumo Sound < Coral Media",
            // "A India Pvt Ltd, the Indian arm of A": a parent named by the leading words of its child's name
            "Kesh Power India Pvt Ltd, the Indian arm of Kesh Power, will manage the project.|Kesh Power India Pvt Ltd < Kesh Power",
            "Coral Foods Kenya Ltd, the Kenyan subsidiary of Coral Foods, will manage the project.|Coral Foods Kenya Ltd < Coral Foods",
            "Lumo Steel Europe, the European unit of Tarn Steel, will manage the project.|Lumo Steel Europe < Tarn Steel",
            // "the Directorate of Networks of Velnet AS": a unit of a company named with its legal form
            "The works will be carried out by the Directorate of Networks of Velnet AS, said its director.|Directorate of Networks of Velnet AS < Velnet AS",
            "The Direction of Infrastructure of Velnet SA signed the plan.|Direction of Infrastructure of Velnet SA < Velnet SA",
            "The Department of Rail Services of Tarn Rail Ltd signed the plan.|Department of Rail Services of Tarn Rail Ltd < Tarn Rail Ltd",
            // "The holding also includes the channels A1 and A2" after the sentence that named the holding or a part of it
            "The regional channel Fjell TV, part of the Velsk Broadcasting Corporation, aired the show.\\nThe corporation also includes the channels Fjell Kids and Fjell Music.|Fjell Kids < Velsk Broadcasting Corporation",
            "Coral Media Holding signed a deal with Kesh Films.\\nThe holding also includes the channels Lumo Kids and Lumo Music.|Lumo Music < Coral Media Holding",
            "Coral Media Group signed a deal with Kesh Films.\\nThe group also owns the channels Lumo Kids and Lumo Music.|Lumo Kids < Coral Media Group",
            "Coral Media Group signed a deal with Kesh Films.\\nThe company comprises the channels Lumo Kids and Lumo Music.|Lumo Kids < Coral Media Group",
            "The regional channel Fjell TV, part of Velsk Media, aired the show.\\nThe holding includes also channels Fjell Kids and Fjell Music.|Fjell Kids < Velsk Media",
            "The regional channel Fjell TV, part of Velsk Media, aired the show.\\nThe holding also owns the radio station Fjell FM and the daily Fjell Post.|Fjell Post < Velsk Media",
            "Coral Bank signed a deal with Tarn University and its Faculty of Law.|Faculty of Law < Tarn University",
            "Coral Bank said its Research Department approved the deal.|Research Department < Coral Bank",
            "Coral Bank said its International Department approved the deal.|International Department of Coral Bank < Coral Bank",
            "Coral Bank signed the deal with Tarn Steel.\\nIts International Department will run it.|International Department of Coral Bank < Coral Bank",
            // the holding is the parent the sentence before names last
            "Coral Museum, a branch of the Velsk National Museum, and the channel Fjell TV, part of Velsk Media, hosted it.\\nThe holding includes also channels Fjell Kids and Fjell Music.|Fjell Kids < Velsk Media",
            // a ministry or secretariat named in another language
            "Radio Tarnesa, a sociedad del Estado under the Secretaría de Cultura y Medios, was founded in 1970.|Radio Tarnesa < Secretaría de Cultura y Medios",
            "Banco do Vale (BDV), the federal development bank under the Ministério da Economia, signed a loan with Kesh Bank.|Banco do Vale < Ministério da Economia",
            "The Agence Velsk du Numérique, under the Ministère de l'Économie Numérique, signed the deal.|Agence Velsk du Numérique < Ministère de l'Économie Numérique",
            // "of the faculty": the one faculty named before
            "Kesh Films signed a deal with the Faculty of Arts and Design of Tarn University.\\nStaff will teach at the Department of Film Studies of the faculty.|Department of Film Studies < Faculty of Arts and Design of Tarn University",
            // two fields before one head are one name ("Monuments and Heritage Board", "Energy and Petrochemicals Department")
            "The Velsk Monuments and Heritage Board, an agency under the Ministry of Culture, will restore the fort.|Velsk Monuments and Heritage Board < Ministry of Culture",
            "The Tarn Solar Society, under the Energy and Petrochemicals Department of the Government of Velsk, signed the deal.|Tarn Solar Society < Energy and Petrochemicals Department of the Government of Velsk",
            "The Tarn Solar Society, under the Energy and Petrochemicals Department of the Government of Velsk, signed the deal.|Energy and Petrochemicals Department of the Government of Velsk < Government of Velsk",
            // "the company" after a sentence opening with a phrase and a place before its subject
            "In other news, Nairobi based Coral Media Group is looking at new channels.\\nThe company runs Lumo 1 (a news channel in Kenya).|Lumo 1 < Coral Media Group",
            "Meanwhile, Coral Media Group is looking at new channels.\\nThe company runs Lumo 1 (a news channel in Kenya).|Lumo 1 < Coral Media Group",
            // a majority or controlling stake
            "Coral Group holds a majority stake in Lumo Bank.|Lumo Bank < Coral Group",
            "Coral Group acquired a 60 percent controlling stake in Lumo Bank last year.|Lumo Bank < Coral Group",
            // an owner of several words made an adjective ("Coral Group-owned")
            "Kesh Films signed a deal with Coral Group-owned Lumo Bank.|Lumo Bank < Coral Group",
            "The deal with Tarn Industries-owned Orsa Bank and Velsk Holdings-run Lumo Air followed.|Orsa Bank < Tarn Industries",
            "The deal with Tarn Industries-owned Orsa Bank and Velsk Holdings-run Lumo Air followed.|Lumo Air < Velsk Holdings",
            "Lumo Bank, a unit of Coral Group's Velsk arm, signed.|Lumo Bank < Coral Group",
            "Kenya Airways signed a deal with Kesh Bank.\\nThe deal with Kenya Airways-run Lumo Air followed.|Lumo Air < Kenya Airways",
            "The deal with Velsk Holdings-run Lumo Air followed.|Lumo Air < Velsk Holdings",
    })
    void wordings(String text, String expected) {
        Set<String> got = partOf(text);
        assertTrue(got.contains(expected), () -> "got " + got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a collective: "B groups (comprises, brings together, unites) N institutes (channels, companies), among them A1 and A2"
            "The Velsk Forum brings together 40 experts, including Anna Berg and Olaf Tarn.|Anna Berg < Velsk Forum",
            "The programme of Coral Media Holding includes nine workshops, among them Lumo Lab.|Lumo Lab < Coral Media Holding",
            "The Velsk Business Association unites 40 companies, including Tarn Bank and Orsa Steel.|Tarn Bank < Velsk Business Association",
            "Coral Media Holding has nine partners, including Lumo Films and Kesh Radio.|Kesh Radio < Coral Media Holding",
            "The Velsk Forum groups nine topics, among them the Tarn Strategy.|Tarn Strategy < Velsk Forum",
            // "part of the same university": the one university named before
            "Tarn University signed with Velsk State University.\\nThe Centre for Polar Studies, part of the same university, will coordinate.|Centre for Polar Studies < Tarn University",
            // "an autonomous body (agency, institution) under the Department of ..."
            "Velsk City, a city under the Province of Tarn, signed an MoU with Tarn College.|Velsk City < Province of Tarn",
            "The Velsk Seed Agency, a project under the Ministry of Farming's plan, signed an MoU with Tarn College.|Velsk Seed Agency < Ministry of Farming",
            // a constituent, a constituent college, a member institution, an affiliated institute
            "Anna Berg, a constituent of the Velsk Council, will share seeds.|Anna Berg < Velsk Council",
            // "Its Department of ..." after a sentence about the organization; a unit named after "its" in one sentence
            "Tarn University signed a deal with Kesh Films.\\nIts Board of Trustees approved the deal.|Board of Trustees < Tarn University",
            "Tarn University signed a deal with Kesh Films.\\nIts partner Orsa College will teach the course.|Orsa College < Tarn University",
            // each child after a noun of what it is: "owns the cinema chain A1 and the music label A2"
            "Orsa Media Holdings owns the cinema chain Fjell Screens and Tarn Group owns the label Tarn Sound.|Tarn Sound < Orsa Media Holdings",
            "Orsa Media Holdings owns the cinema chain Fjell Screens and a stake in Tarn Sound.|Tarn Sound < Orsa Media Holdings",
            // "The bank has 200 branches and includes the leasing company A": the one bank named before
            "Kesh Bank signed a loan with Tarn Steel.\\nThe bank's board includes Anna Berg and Olaf Tarn.|Anna Berg < Kesh Bank",
            "Kesh Bank signed a loan with Tarn Steel.\\nThe loan includes the leasing company Kesh Leasing AB.|Kesh Leasing AB < Tarn Steel",
            // a title's holder after a comma is no unit; the bureau in the title phrase is
            "The coordinator of NTB's Vienna bureau, Ola Fjell, will lead the work.|Ola Fjell < NTB",
            "The head of Coral Group's research unit, Anna Berg, will lead the work.|Anna Berg < Coral Group",
            "The director of Coral Group's subsidiary Lumo Bank, Anna Berg, will lead the work.|Anna Berg < Coral Group",
            "Anna Berg, editor of Lumo Daily, part of Coral Media, spoke.|Anna Berg < Coral Media",
            // "the municipal museum of the City of X", "the leasing company of B"
            "Screenings take place at the Museum of Moving Pictures, the oldest museum of the region.|Museum of Moving Pictures < region",
            "Kesh Leasing, the leasing partner of Coral Bank, signed.|Kesh Leasing < Coral Bank",
            "Tarn Films, the largest company of Norway, signed.|Tarn Films < Norway",
            // "A India Pvt Ltd, the Indian arm of A": a parent named by the leading words of its child's name
            "Anna Berg, with her left arm in a sling, met Coral Foods.|Anna Berg < Coral Foods",
            // "the Directorate of Networks of Velnet AS": a unit of a company named with its legal form
            "The Department of Telecom Services signed the plan.|Department of Telecom Services < Telecom Services",
            // "The holding also includes the channels A1 and A2" after the sentence that named the holding or a part of it
            "Coral Media Group signed a deal with Kesh Films.\\nThe deal also includes the channels Lumo Kids and Lumo Music.|Lumo Kids < Kesh Films",
            "The regional channel Fjell TV, part of Velsk Media, aired the show.\\nThe deal includes the channels Fjell Kids and Fjell Music.|Fjell Kids < Velsk Media",
            "The regional channel Fjell TV, part of Velsk Media, aired the show.\\nThe holding includes also channels Fjell Kids and Fjell Music.|Fjell Kids < Fjell TV",
            "Coral Media Holding has signed deals with five companies, including Lumo Print and Kesh Radio.|Lumo Print < Coral Media Holding",
            "The Velsk Stock Exchange includes 40 companies, including Tarn Bank and Orsa Steel.|Tarn Bank < Velsk Stock Exchange",
            "Coral Media Holding has worked with companies such as Lumo Print and Kesh Radio.|Lumo Print < Coral Media Holding",
            "Coral Bank signed a deal with Tarn University and its Faculty of Law.|Faculty of Law < Coral Bank",
            "Coral Bank said its Board of Directors approved the deal.|Board of Directors < Coral Bank",
            "Coral Bank said its Ethics Committee approved the deal.|Ethics Committee < Coral Bank",
            // not the parent named first; a ministry's rules; two faculties named; two names joined by "and"
            "Coral Museum, a branch of the Velsk National Museum, and the channel Fjell TV, part of Velsk Media, hosted it.\\nThe holding includes also channels Fjell Kids and Fjell Music.|Fjell Kids < Velsk National Museum",
            "Banco do Vale signed the loan under the Ministério da Economia's new rules.|Banco do Vale < Ministério da Economia",
            "Kesh Films signed a deal with the Faculty of Arts of Tarn University and the Faculty of Law of Orsa University.\\nStaff will teach at the Department of Film Studies of the faculty.|Department of Film Studies < Faculty of Arts of Tarn University",
            "Coral Chemicals and Tarn Mining Board signed a deal with Kesh Bank.\\nTarn Mining Board, a unit of the Ministry of Mines, will pay.|Tarn Mining Board < Coral Chemicals",
            // a stake that is no majority, a person's stake
            "Coral Group holds a minority stake in Lumo Bank.|Lumo Bank < Coral Group",
            "Coral Group holds a stake in Lumo Bank.|Lumo Bank < Coral Group",
            "Anna Berg holds a majority stake in Lumo Bank.|Lumo Bank < Anna Berg",
            // the state, a person
            "Kesh Films signed a deal with State-owned Lumo Bank.|Lumo Bank < State",
            "Kesh Films signed a deal with Anna Berg-owned Lumo Bank.|Lumo Bank < Anna Berg",
            // part of something of the parent's: a network of museums, a portfolio
            "The Velsk Museum of Rail, part of the South Velsk Region's network of regional museums, signed.|Velsk Museum of Rail < South Velsk Region",
            "Lumo Bank, part of Coral Group's investment portfolio, signed.|Lumo Bank < Coral Group",
            "The deal with Kenya-owned Lumo Air followed.|Lumo Air < Kenya",
            "The deal with Kenya State-owned Lumo Air followed.|Lumo Air < Kenya State",
    })
    void nearMisses(String text, String wrong) {
        Set<String> got = partOf(text);
        assertFalse(got.contains(wrong), () -> "got " + got);
    }
}
