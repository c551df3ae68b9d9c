/**
 * Rule-based extraction: an {@link signet.doc.Article} in, an {@link signet.fact.ExtractionResult}
 * (immutable fact records with their evidence) out. {@link signet.extract.RuleExtractor} runs the
 * stages below in order; each reads only what the stage before it produced plus word lists and
 * rules loaded once, so each can be tested alone on a sentence of one's own.
 *
 * <table>
 * <caption>Stages, with what each reads and writes</caption>
 * <tr><th>stage</th><th>class</th><th>in</th><th>out</th><th>data</th></tr>
 * <tr><td>1. tokens, dates and mentions</td><td>{@code Tokenizer}, {@code MentionFinder} (dates, known
 *     organizations, agreement nouns, works, capitalised runs, in that order), {@code TitleFinder} (titles
 *     and their portfolios, after the known organizations), {@code RunSplitter} (where one name
 *     ends and the next begins inside a run), {@code NameTyper} (whether each name is an organization,
 *     person, place or neither), {@code NameWords} (what a word is inside a name, for all of them),
 *     {@link signet.time.RuleDateFinder}</td>
 *     <td>one sentence; the article's date and the last day an earlier sentence stated</td>
 *     <td>{@code MentionFinder.Result}: tokens and typed, non-overlapping {@link signet.extract.Mention}s
 *     (ORG, PER, TTL, PLC, DATE, AGR, WORK, OTHER)</td>
 *     <td>{@code lexicons/*.tsv}, {@code data/reference/*.tsv}</td></tr>
 * <tr><td>2. abstract form</td><td>{@code SentenceView}</td><td>a sentence and its mentions</td>
 *     <td>the form the rules match ({@code PER_0 , TTL_1 of the ORG_2 signed ...}); shown by
 *     {@code signet extract --forms}</td><td>—</td></tr>
 * <tr><td>3. document entities</td><td>{@code DocRegistry}</td><td>every view of the article</td>
 *     <td>one entity per organization, person and place, short forms and acronyms resolved to
 *     the long name, untyped names re-typed by the company they keep; definite references
 *     ("the bank", "the Slovak institute", "the museum in Dakar") resolved by {@code DefiniteReference}
 *     to the one organization of that kind named before, and left as words when two could be meant</td>
 *     <td>{@code lexicons/org-heads.tsv}, {@code lexicons/reference-heads.tsv}</td></tr>
 * <tr><td>4. relations</td><td>{@code RelationReader} (posts), {@code PartOfReader},
 *     {@code AgreementReader} (with {@code PartyReader}: the parties of a clause, its subjects and lists
 *     of sides; {@code SigningCircumstances}: a signing's date and place from its clause),
 *     {@code EventReader}</td><td>the views and the document entities
 *     ({@code ArticleState})</td><td>{@code Drafts}: mutable drafts of posts, part-of,
 *     agreements and events, each with its rule id and evidence sentence</td>
 *     <td>{@code rules/posts.tsv}, {@code rules/part-of.tsv} (patterns with ids that travel into
 *     provenance), {@code lexicons/signing-verbs.tsv}, {@code modality.tsv} (negation and
 *     intention as attributes of a signing), {@code agreement-*.tsv}, {@code event-*.tsv}</td></tr>
 * <tr><td>5. document-level resolution</td><td>{@code SigningMerger}, {@code AgreementReader},
 *     {@code RuleExtractor}</td>
 *     <td>the drafts</td><td>one agreement per signing however often it is told ({@code SigningMerger}), collective
 *     parties ("the two agencies") resolved, dates and places from neighbouring sentences and the
 *     dateline, a second round when a rule promoted a name to an organization</td><td>—</td></tr>
 * <tr><td>6. facts</td><td>{@code RuleExtractor}</td><td>the drafts</td>
 *     <td>{@link signet.fact.PostFact}, {@link signet.fact.PartOfFact}, {@link signet.fact.AgreementFact},
 *     {@link signet.fact.EventFact} and the article's entities</td><td>—</td></tr>
 * </table>
 *
 * <p>The tests follow the stages: {@code RunSplitterTest} (stage 1's name boundaries alone, on one run of
 * tokens), {@code FirstCharsTest} and {@code OrgBoundariesTest} /
 * {@code OrgNameShapesTest}, {@code ForeignNamesTest} (stage 1), {@code DefiniteReferenceTest} (stage 3),
 * {@code PostWordingsTest}, {@code PostRecallTest}, {@code PartyWordingsTest}, {@code PartOfUnseenWordingsTest}, {@code PartOfWordingsTest},
 * {@code SigningWordingsTest} (stages 4–5), {@code NewsWordingsTest} and
 * {@code RuleExtractorTest} (the whole chain), each on sentences written for the tests with
 * invented names.
 */
package signet.extract;
