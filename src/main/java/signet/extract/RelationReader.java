package signet.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signet.extract.DocRegistry.DocEntity;
import signet.fact.EntityKind;

/**
 * Reads posts ("Li Yu, secretary-general of the IPDA") with the pattern rules of
 * {@code rules/posts.tsv}, and the part-of a post's unit names ("head of the faculty at X").
 * Part-of statements themselves are read by {@link PartOfReader}.
 */
final class RelationReader {
    private final List<PatternRule> postRules;
    /** The rules that name a title (group t, always a TTL_ placeholder): nothing to find in a sentence without one. */
    private final java.util.Set<PatternRule> titledRules;

    /**
     * Longest abstract sentence the pattern rules read. Real sentences are far shorter (a few
     * hundred characters); a longer one is a list or a crafted line, and reading it with
     * regular expressions would only cost time.
     */
    static final int MAX_FORM = 4000;

    RelationReader() {
        postRules = PatternRule.load("rules/posts.tsv");
        titledRules = postRules.stream().filter(r -> hasGroup(r, "t")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    List<Drafts.Post> posts(ArticleState st, List<Drafts.PartOf> partOfOut) {
        Map<String, Drafts.Post> out = new LinkedHashMap<>();
        for (int vi = 0; vi < st.views.size(); vi++) {
            SentenceView v = st.views.get(vi);
            if (v.form.length() > MAX_FORM) continue;
            // every post rule names its holder with {PERX} (a person or an untyped name): a sentence
            // with neither cannot match one (PostRulesNeedAHolderTest keeps this true)
            if (!v.form.contains("PER_") && !v.form.contains("OTH_")) continue;
            boolean titled = v.form.contains("TTL_");
            for (PatternRule r : postRules) {
                if (!titled && titledRules.contains(r)) continue;
                Matcher m = r.pattern().matcher(v.form);
                while (m.find()) {
                    List<Integer> ps = v.mentionsIn(m.group("p"));
                    // a rule names the organization (group o) or describes it ("the library's director", group d)
                    boolean described = hasGroup(r, "d"), same = hasGroup(r, "same"), previous = same || hasGroup(r, "prev"), its = hasGroup(r, "its");
                    DocEntity antecedent = described ? describedOrg(st, vi, m.start(), m.group("d"))
                            : previous ? previousSubject(st, vi, m.group("t"), same) : its ? subjectBefore(st, vi) : null;
                    // "Coral Bank, the Y-promoted broadcaster, announced ... . X, chairman, said": the subject of the
                    // sentence before, perhaps with an apposition, when that sentence names no other organization
                    if (hasGroup(r, "sole")) antecedent = soleSubjectBefore(st, vi, m.group("t"));
                    described |= hasGroup(r, "sole");
                    described |= previous || its;
                    // one person; one organization, or several for one holder ("President & CEO, A & B")
                    List<Integer> os = described || !hasGroup(r, "o") ? List.of() : v.mentionsIn(m.group("o"));
                    // "Ruritanian Foreign Minister X", "Borvia's President X", "Culture Minister X": a state's post,
                    // read before the person is typed so that no post leaves no trace
                    DocEntity state = null;
                    if (hasGroup(r, "n")) {
                        List<String> ts = boundTitles(st.lex, v, titlesIn(v, m.group("t")));
                        // only a diplomat is sent somewhere ("Ambassador to Kosovo X"); "Minister in Rome X" is no such form
                        boolean sent = hasGroup(r, "sent") && m.group("sent") != null && !m.group("sent").isEmpty();
                        if (sent && (ts.size() != 1 || stateKind(st.lex, ts.get(0)) != StateKind.DIPLOMAT)) continue;
                        // "Ruritania's Ambassador to Borvia": sent to a country, a state's envoy in post there
                        // a consul's post is in a city ("the Ruritanian Consul General in Velsk, X")
                        boolean toCountry = sent && v.mentionsIn(m.group("sent")).stream().anyMatch(i -> isCountry(v.mention(i)));
                        boolean consul = sent && m.group("sent").startsWith("in ") && ts.size() == 1 && Token.fold(ts.get(0)).contains("consul");
                        state = ts.size() == 1 ? statePost(st, v, m.group("n"), ts.get(0), toCountry || consul) : null;
                        if (state == null) continue;
                    }
                    // "Velsk City Mayor X", "X, Governor of Sindh": a city's or a region's head holds the post at the place
                    if (hasGroup(r, "pl")) {
                        List<Integer> ts = titlesIn(v, m.group("t")), pls = v.mentionsIn(m.group("pl"));
                        if (ts.size() != 1 || pls.size() != 1) continue;
                        Mention place = v.mention(pls.get(0));
                        String title = Token.fold(boundTitles(st.lex, v, ts).get(0));
                        if (place.type() != MentionType.PLACE || isCountry(place) || !LOCAL_HEAD.matcher(title).matches()) continue;
                        state = st.registry.place(place);
                    }
                    // "Prime Minister X and his Kenyan counterpart Y": X holds the title at the other of the two countries the story names
                    if (hasGroup(r, "cn")) {
                        List<Integer> ts = titlesIn(v, m.group("t"));
                        if (ts.size() != 1) continue;
                        String title = boundTitles(st.lex, v, ts).get(0);
                        StateKind k = stateKind(st.lex, title);
                        if (k != StateKind.HEAD && k != StateKind.STATE_HEAD) continue;
                        // "Bangladeshi Prime Minister X and her Indian counterpart": X's country is named (country-title-name)
                        Matcher before = LAST_WORD.matcher(v.form.substring(0, m.start("t")));
                        if (before.find() && (st.lex.demonyms.containsKey(before.group(1)) || looksNationality(before.group(1)))) continue;
                        DocEntity theirs = statePost(st, v, m.group("cn"), title, false);
                        state = theirs == null ? null : otherCountry(st, theirs);
                        if (state == null) continue;
                    }
                    if (ps.size() != 1 || (described ? antecedent == null : os.isEmpty() && state == null)) continue;
                    // a second holder of a plural title ("co-chairs of Y, A and B")
                    // "The Y Commission, co-chaired by A and B": the verb names the title of both (no group t)
                    if (hasGroup(r, "p2") && !hasGroup(r, "t") && m.group("p2") != null) {
                        List<Integer> p2 = v.mentionsIn(m.group("p2"));
                        if (p2.size() != 1) continue;
                        ps = List.of(ps.get(0), p2.get(0));
                    } else if (hasGroup(r, "p2") && hasGroup(r, "t")) {
                        List<Integer> ts = titlesIn(v, m.group("t")), p2 = v.mentionsIn(m.group("p2"));
                        if (ts.size() != 1 || p2.size() != 1 || !PLURAL.matcher(Token.fold(v.mention(ts.get(0)).name())).find()) continue;
                        ps = List.of(ps.get(0), p2.get(0));
                    }
                    for (int p : ps) {
                        if (!canHoldPost(st, v.mention(p)) || !st.promote(v, p, MentionType.PERSON)) continue;
                        DocEntity person = st.entity(v, p), org = null;
                        // a rule may imply the title by its verb ("X, who heads Y") instead of naming one
                        List<String> titles = hasGroup(r, "t") ? boundTitles(st.lex, v, titlesIn(v, m.group("t"))) : List.of(r.impliedTitle());
                        // "Coral Wire's Moscow bureau chief X": the place the post covers is part of the title
                        if (hasGroup(r, "q") && m.group("q") != null) {
                            String place = Token.fold(v.mention(v.mentionsIn(m.group("q")).get(0)).name().strip());
                            titles = titles.stream().map(t -> place + " " + t).toList();
                        }
                        // "X, head of Kesh Bank's international department": the title keeps the unit it heads, as
                        // "head of the international department of Kesh Bank" does (group unit: lower-case words and a unit noun)
                        if (hasGroup(r, "unit") && m.group("unit") != null) {
                            String unit = m.group("unit").strip();
                            titles = titles.stream().map(t -> t.contains(" of ") ? t : t + " of the " + unit).toList();
                        }
                        // "X, Coral Bank's president of worldwide sales": a field in lower case after the title is its portfolio
                        if (hasGroup(r, "portfolio") && m.group("portfolio") != null) {
                            String field = m.group("portfolio").strip();
                            titles = titles.stream().map(t -> t.contains(" of ") ? t : t + " of " + field).toList();
                        }
                        List<DocEntity> orgs = new ArrayList<>(), states = new ArrayList<>();
                        if (antecedent != null) orgs.add(antecedent);
                        if (state != null) { orgs.add(state); states.add(state); }
                        StateKind kind = titles.size() == 1 ? stateKind(st.lex, titles.get(0)) : null;
                        // a minister's, a diplomat's or a state head's title before a bare name ("Minister of Culture
                        // of Ruritania", "ambassador of Ruritania to Italy") is a state's post, read as one or not at all;
                        // not a "goodwill ambassador" or a "brand ambassador"
                        boolean stateTitle = kind == StateKind.MINISTER || kind == StateKind.RANK || kind == StateKind.STATE_HEAD
                                || kind == StateKind.DIPLOMAT && !notStateBefore(st.lex, v.form.substring(0, m.start("t")));
                        for (int o : os) {
                            // "ambassador of CORALNET": an unknown name in capitals is an organization's acronym, its ambassador no state's
                            boolean acronym = kind == StateKind.DIPLOMAT && ACRONYM.matcher(v.mention(o).name().strip()).matches();
                            if (titles.size() == 1 && (nationalityAt(st.lex, v, o) || stateTitle && !acronym && !namesOrgKind(st.lex, v.mention(o)))) {
                                // "Adviser to the Ruritanian President X", "Coral Chamber in Ruritania President X": not the state's
                                // post (the title after the country; in "Minister of Culture of Ruritania" the title before is its own)
                                boolean inside = m.start("t") > m.start("o") && NOT_STATE_CONTEXT.matcher(v.form.substring(0, m.start("o"))).find();
                                DocEntity ofState = inside ? null : statePost(st, v, v.mention(o), titles.get(0), false);
                                if (ofState != null) { orgs.add(ofState); states.add(ofState); }
                                continue;
                            }
                            if (nationalityAt(st.lex, v, o) || isRegion(v.mention(o)) || !st.promote(v, o, MentionType.ORG)) continue;
                            // "Chairman of the Coral Board X": the chairman of the board of Coral
                            Mention glued = beforeHonorific(v.mention(o));
                            if (glued != null) { orgs.add(st.registry.orgNamed(glued)); continue; }
                            // "deputy governor of Aksu prefecture X": the region's, not a longer name it opens ("Aksu Vocational College")
                            if (regionNounAfter(v, o)) { orgs.add(st.registry.orgNamed(v.mention(o))); continue; }
                            Mention board = boardOf(st.lex, v.mention(o));
                            if (board != null) {
                                orgs.add(st.registry.orgNamed(board));
                                titles = titles.stream().map(t -> t.contains(" of ") ? t : t + " of the board").toList();
                            } else {
                                // "head of the Volunteer Programme Secretariat of the Coral Agency": a unit named only by common
                                // words is named with its parent, as PartOfReader names it
                                DocEntity whole = wholeUnitName(st, v, o);
                                orgs.add(whole != null ? whole : st.entity(v, o));
                            }
                        }
                        // "Ambassador to Kosovo", "Consul General in Mombasa": a diplomat's title keeps where the state sent them
                        List<String> stateTitles = kind == StateKind.DIPLOMAT ? List.of(sentTo(v, m.end("t"), titles.get(0))) : titles;
                        for (DocEntity each : orgs) {
                            org = each;
                            for (String title : states.contains(each) ? stateTitles : titles) {
                                String key = person.key + "|" + title + "|" + org.key;
                                out.putIfAbsent(key, new Drafts.Post(person, title, org, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
                            }
                        }
                        if (org == null || described) continue;
                        if (hasGroup(r, "parent") && m.group("parent") != null) {
                            int parent = v.mentionsIn(m.group("parent")).get(0);
                            partOfOut.add(new Drafts.PartOf(org, st.entity(v, parent), ArticleState.evidence(v.sentence, r.id(), r.confidence())));
                        }
                    }
                }
            }
        }
        knownOfficeHolders(st, out);
        soleKindHolders(st, out);
        return new ArrayList<>(out.values());
    }

    /**
     * "Prime Minister Narendra Modi arrived", "President Gurbanguly Berdimuhamedov said": a head of state or
     * government the story titles without naming the country holds the post at the country that
     * lexicons/office-holders.tsv gives, when the title right before the name is that office's and the article's
     * date falls within the term (an undated article gets nothing: the same name held other offices).
     * The rules above read the posts whose country the sentence gives; this adds only what they left out.
     */
    private static void knownOfficeHolders(ArticleState st, Map<String, Drafts.Post> out) {
        if (st.lex.officeHolders.isEmpty() || st.article.published().isEmpty()) return;
        signet.time.PartialDate p = st.article.published().get();
        java.time.LocalDate day = java.time.LocalDate.of(p.year(), Math.max(1, p.month()), Math.max(1, p.day()));
        for (SentenceView v : st.views) {
            if (!v.form.contains("PER_") || !v.form.contains("TTL_")) continue;
            for (int i = 1; i < v.mentions.size(); i++) {
                Mention m = v.mentions.get(i), t = v.mentions.get(i - 1);
                if (m.type() != MentionType.PERSON || t.type() != MentionType.TITLE || t.to() != m.from()) continue;
                String title = Token.fold(t.name().strip()).replace('-', ' ');
                if ("pm".equals(title)) title = "prime minister";
                DocEntity person = st.entity(v, i);
                for (String name : List.of(person.name, m.name())) {
                    Lexicons.OfficeHolder held = null;
                    for (Lexicons.OfficeHolder h : st.lex.officeHolders.getOrDefault(Lexicons.officeKey(name), List.of()))
                        if (h.title().equals(title) && h.covers(day)) held = h;
                    if (held == null) continue;
                    Lexicons.OfficeHolder office = held;
                    DocEntity country = countryEntity(st, held.country());
                    boolean has = out.values().stream().anyMatch(x -> x.person() == person && x.title().equals(office.title()));
                    if (!has) out.put(person.key + "|" + held.title() + "|" + country.key,
                            new Drafts.Post(person, held.title(), country, ArticleState.evidence(v.sentence, "post.known-office-holder", 0.7)));
                    break;
                }
            }
        }
    }

    /**
     * "The memorandum was signed by Minister Aida Berg": a title written bare before a name, that no rule above gave an
     * organization, is held at the one organization of its kind the article names (lexicons/title-org-heads.tsv: a
     * minister at the ministry, a rector at the university). Two ministries, or none, and nothing is read: the
     * article does not say which.
     */
    private static void soleKindHolders(ArticleState st, Map<String, Drafts.Post> out) {
        if (st.lex.titleOrgHeads.isEmpty()) return;
        for (SentenceView v : st.views) {
            if (!v.form.contains("PER_") || !v.form.contains("TTL_")) continue;
            for (int i = 1; i < v.mentions.size(); i++) {
                Mention m = v.mentions.get(i), t = v.mentions.get(i - 1);
                if (m.type() != MentionType.PERSON || t.type() != MentionType.TITLE || t.to() != m.from()) continue;
                // "Peru's Minister", "Kesh University Rector": a country or organization before the title is read by the rules above
                int before = v.parts.indexOf(i - 1) - 1;
                if (before >= 0 && (v.isMention(before) || v.word(before).equals("'s"))) continue;
                String title = Token.fold(t.name().strip());
                Set<String> heads = st.lex.titleOrgHeads.get(title);
                if (heads == null) continue;
                DocEntity person = st.entity(v, i);
                if (person == null || out.values().stream().anyMatch(x -> x.person() == person)) continue;
                DocEntity sole = null;
                int count = 0;
                for (DocEntity e : st.registry.all()) {
                    if (e.kind != EntityKind.ORGANIZATION || !headedBy(e.name, heads)) continue;
                    sole = e;
                    count++;
                }
                if (count != 1) continue;
                out.put(person.key + "|" + title + "|" + sole.key,
                        new Drafts.Post(person, title, sole, ArticleState.evidence(v.sentence, "post.bare-title-sole-org", 0.6)));
            }
        }
    }

    /** Whether a name's head is one of {@code heads}: its first word ("Ministry of Culture") or the last word before any "of" ("Velsk State University"). */
    private static boolean headedBy(String name, Set<String> heads) {
        String[] words = Token.fold(name).split(" of ", 2)[0].trim().split("\\s+");
        if (words.length == 0) return false;
        return heads.contains(words[0]) || heads.contains(words[words.length - 1])
                || words.length >= 2 && heads.contains(words[words.length - 2] + " " + words[words.length - 1]);
    }

    /**
     * The organization a description such as "the library" or "the Norwegian library" stands for:
     * the nearest organization before it (earlier in its sentence, then in the sentences before)
     * whose name has the description's words ("National Library of Norway"; a nationality may be
     * missing from it, so "the Norwegian library" resolves there, "the Seoul festival" not to the
     * Tehran one; "the Kazan festival" to the Kazan festival). Only
     * an organization head (lexicons/org-heads.tsv, not a "weak" one) can head a description, so
     * "the agency" never resolves to a bank; no such organization before it, no post.
     */
    private static DocEntity describedOrg(ArticleState st, int viewIndex, int matchStart, String description) {
        // "the Kazan festival": a place before the description is words the name must have too
        SentenceView here = st.views.get(viewIndex);
        for (int pi : here.mentionsIn(description)) {
            Mention place = here.mention(pi);
            if (place.type() != MentionType.PLACE) return null;
            description = description.replaceFirst("\\b[A-Z]{3}_" + pi + "\\b", Token.fold(place.name()).replaceAll("[^a-z0-9 -]", " ").strip());
        }
        List<String> words = new ArrayList<>(List.of(description.trim().split(" +")));
        // "which festival director X", "quoting company chief executive X": a clause's first word is no part of the description
        while (words.size() > 1 && CLAUSE_WORDS.contains(words.get(0))) words.remove(0);
        // ("said on Monday that firm chairman X": the description starts after the last clause word)
        for (int w = words.size() - 2; w >= 0; w--) if (CLAUSE_WORDS.contains(words.get(w))) { words = new ArrayList<>(words.subList(w + 1, words.size())); break; }
        String head = words.get(words.size() - 1);
        boolean genericAlone = words.size() == 1 && GENERIC_REFERENCE_NOUNS.contains(head);
        if (!genericAlone && (!st.lex.isAnyOrgHead(head) || "weak".equals(st.lex.orgHeads.get(head)))) return null;
        // the words before the head must be in the name too ("the film association": Coral Film
        // Association, not the Coral Trade Association), except a nationality ("the Norwegian library")
        List<Pattern> needed = new ArrayList<>();
        // ("quoting company chief executive X": a generic noun alone refers back to the nearest organization, whatever its name)
        if (!genericAlone) for (String w : words) if (!st.lex.demonyms.containsKey(w)) needed.add(Pattern.compile("\\b" + Pattern.quote(w) + "\\b"));
        for (int i = viewIndex; i >= 0 && viewIndex - i <= DESCRIPTION_REACH; i--) {
            SentenceView u = st.views.get(i);
            List<Integer> before = u.mentionsIn(i == viewIndex ? u.form.substring(0, matchStart) : u.form);
            for (int k = before.size() - 1; k >= 0; k--) {
                Mention m = u.mention(before.get(k));
                if (m.type() != MentionType.ORG) continue;
                String name = Token.fold(m.name());
                if (needed.stream().allMatch(w -> w.matcher(name).find())) return st.entity(u, before.get(k));
            }
        }
        return null;
    }

    /** Nouns that refer back to any organization ("company chief executive X", "the firm's chairman, X"). */
    private static final java.util.Set<String> GENERIC_REFERENCE_NOUNS = java.util.Set.of("company", "firm");

    /** Words that open a clause or a phrase before a described organization, and are no part of its description. */
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("which", "that", "who", "whom", "whose", "as", "by", "and", "with",
            "for", "from", "to", "in", "on", "at", "said", "says", "quoting", "quoted", "including", "while", "when", "where", "also", "both", "told");

    /**
     * The organization a sentence about one of its officers continues ("Coral Energy has said it
     * seeks partners. Chief Executive X said ..."): the subject of the sentence before, an
     * organization that opens it and does something ("Coral Energy has said"). Only for the
     * officers of an organization: "President X" or "Minister X" after a sentence about a
     * company is as often a head of state. Null when the sentence before opens otherwise.
     */
    private static DocEntity previousSubject(ArticleState st, int viewIndex, String titleForm, boolean sameSentence) {
        SentenceView here = st.views.get(viewIndex);
        // ("President and CEO X": a company's officer, one of whose titles no state has)
        boolean state = false, company = false;
        for (int t : here.mentionsIn(titleForm)) {
            if (STATE_TITLE.matcher(Token.fold(here.mention(t).name())).find()) state = true;
            else company = true;
        }
        if (state && !company) return null;
        // "'Coral already leads the market,' said CEO X": the subject of the quote before the title
        SentenceView u = here;
        // "Coral Energy will build a plant, chief executive X said": the subject of the sentence itself (group same)
        Matcher m = sameSentence ? SUBJECT.matcher(here.form) : QUOTED_SUBJECT.matcher(here.form);
        if (sameSentence && !m.find()) return null;
        if (!sameSentence && !m.find()) {
            if (viewIndex == 0) return null;
            u = st.views.get(viewIndex - 1);
            m = SUBJECT.matcher(u.form);
            if (!m.find()) return null;
        }
        int o = u.mentionsIn(m.group(1)).get(0);
        if (isNationality(st.lex, u.mention(o)) || !st.promote(u, o, MentionType.ORG)) return null;
        return st.entity(u, o);
    }

    /**
     * What "its" opening a sentence stands for ("Its director, X, attended"): the organization the
     * sentence before is about, its subject, perhaps described ("The telecom regulator Coral Com
     * had said") or followed by an apposition or a relative clause ("Coral Power, a member of Y,
     * will lead"; "The Coral Service, which operates under Y, will run"), not a name after a preposition
     * ("In Velsk the deal was signed": a place or a date, no subject). Null when the sentence
     * before opens otherwise (with a date, a clause, two organizations, a document ...).
     */
    private static DocEntity subjectBefore(ArticleState st, int viewIndex) {
        if (viewIndex == 0) return null;
        SentenceView u = st.views.get(viewIndex - 1);
        Matcher m = SUBJECT_OF_ITS.matcher(u.form);
        if (!m.find()) return null;
        int o = u.mentionsIn(m.group(1)).get(0);
        if (isNationality(st.lex, u.mention(o)) || isRegion(u.mention(o)) || !st.promote(u, o, MentionType.ORG)) return null;
        return st.entity(u, o);
    }

    /**
     * The organization the sentence before opens with as its subject (as for "its", an apposition may follow it:
     * "Coral Bank, the Y-promoted broadcaster, announced"), when that sentence names no other organization (after
     * "Coral Bank signed with Tern Group", a chairman's words may be either's); null for a state's titles alone
     * ("President X, said" after a sentence about a company is as often a head of state).
     */
    private static DocEntity soleSubjectBefore(ArticleState st, int viewIndex, String titleForm) {
        SentenceView here = st.views.get(viewIndex);
        boolean company = false;
        for (int t : here.mentionsIn(titleForm)) if (!STATE_TITLE.matcher(Token.fold(here.mention(t).name())).find()) company = true;
        if (!company || viewIndex == 0) return null;
        SentenceView u = st.views.get(viewIndex - 1);
        Matcher m = SUBJECT_OF_ITS.matcher(u.form);
        if (!m.find()) return null;
        int o = u.mentionsIn(m.group(1)).get(0);
        // (a name inside the apposition describes the subject: "the Y-promoted media company")
        List<Integer> aside = u.mentionsIn(u.form.substring(m.end(1), m.end()));
        for (int k = 0; k < u.mentions.size(); k++)
            if (k != o && !aside.contains(k) && (u.mentions.get(k).type() == MentionType.ORG || u.mentions.get(k).type() == MentionType.OTHER)) return null;
        if (isNationality(st.lex, u.mention(o)) || isRegion(u.mention(o)) || !st.promote(u, o, MentionType.ORG)) return null;
        return st.entity(u, o);
    }

    private static final Pattern SUBJECT_OF_ITS = Pattern.compile("^(?:the )?(?:(?!(?:in|on|at|for|with|from|by|after|before|during|since|under|to|of|as|when|while|if)\\b)[a-z][a-z-]* ){0,3}?((?:ORG|OTH)_\\d+) (?:, (?:a|an|the|which|who|based|headquartered|part|one) [^,;:]{1,100}? , )?(?:(?:has|have|had|is|was|will|would|also|said|says|on|last|this|earlier) )?(?!and\\b|or\\b|of\\b|'s\\b|'\\s|to\\b|in\\b|for\\b|with\\b|at\\b|on\\b|,)[a-z]+\\b");

    /** An organization opening a sentence as its subject: a verb (or "has", "is" ...) follows it. */
    private static final Pattern SUBJECT = Pattern.compile("^(?:the )?((?:ORG|OTH)_\\d+) (?:(?:has|have|had|is|was|will|would|also|on|last|this|earlier) )?(?!and\\b|or\\b|of\\b|'s\\b|to\\b|in\\b|for\\b|with\\b|at\\b|on\\b)[a-z]+\\b");

    /** A quote opening with an organization as its subject, closed before a verb of saying. */
    private static final Pattern QUOTED_SUBJECT = Pattern.compile("^[“\"] (?:the )?((?:ORG|OTH)_\\d+) (?:(?:has|have|had|is|was|will|would|also|already|now|remains) )?(?!and\\b|or\\b|of\\b|'s\\b|to\\b|in\\b|for\\b|with\\b|at\\b|on\\b)[a-z]+\\b[^“”\"]*[,.]? [”\"] (?:said|says|added|noted|stated|explained)\\b");

    /** The heads of a city's or a region's government: a post at the place itself ("Velsk Mayor X"). */
    private static final Pattern LOCAL_HEAD = Pattern.compile("(?:(?:deputy|vice|lieutenant|acting|first deputy) )?(?:mayor|governor|chief minister|khokim|hokim|akim)");

    /** Titles of a state's officers, not of an organization's. */
    private static final Pattern STATE_TITLE = Pattern.compile("\\b(?:president|minister|premier|governor|mayor|ambassador|king|queen|prince|emir|sheikh|senator|chancellor|secretary of state|spokes\\w*)\\b");

    /** Sentences back a description may reach for its organization: a news story's paragraph or so. */
    static final int DESCRIPTION_REACH = 12;

    /**
     * The titles of a list that belong to the organization after it: "President and CEO of Y" are
     * both Y's, but in "Minister of Higher Education, Secretary General of Y" the first title
     * names its own portfolio and is not a post at Y; a founder listed with a post ("co-founder
     * and chief executive") is history, not a post.
     */
    private static List<String> boundTitles(Lexicons lex, SentenceView v, List<Integer> mentions) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            String name = titleName(lex, v.mention(mentions.get(i)));
            if (i < mentions.size() - 1 && OWN_PORTFOLIO.matcher(name).find()) continue;
            // "co-founder and chief executive": a founder is who started it, not a post held there now
            if (mentions.size() > 1 && FOUNDER.matcher(Token.fold(name)).matches()) continue;
            out.add(name);
        }
        return out;
    }

    /** A title naming several holders: "co-chairmen", "co-chairs". */
    private static final Pattern PLURAL = Pattern.compile("(?:men|[^s]s)$");

    private static final Pattern FOUNDER = Pattern.compile("(?:co-?)?founder");

    private static final Pattern OWN_PORTFOLIO = Pattern.compile(" (?:of|for) ");

    /**
     * A person slot filled by a place, by a nationality and a place ("cooperation with Iraqi
     * Kurdistan, the manager of ..." reads the place as the manager) or by a headline's verb and
     * its object ("Director-General Discuss Cooperation"): no one holds a post there.
     */
    private static boolean canHoldPost(ArticleState st, Mention person) {
        if (st.ref.place(person.name()).isPresent()) return false;
        // "Md", "Md.", "Dr": an abbreviation cut off from the name by a sentence break is no one
        String bare = person.name().strip();
        if (bare.endsWith(".")) bare = bare.substring(0, bare.length() - 1);
        if (!bare.contains(" ") && bare.length() <= 2) return false;
        String first = Lexicons.firstWord(Token.fold(person.name()));
        return !st.lex.demonyms.containsKey(first) && !st.lex.headlineVerbs.contains(first) && !st.lex.speechVerbs.contains(first);
    }

    /**
     * "Uruguayan" before "President X" describes the post's country, "Honorable" before "State
     * Minister X" the holder: neither is an organization.
     */
    private static boolean isNationality(Lexicons lex, Mention org) {
        String name = Token.fold(org.name());
        // ("ING chief executive X": a name in capitals without dots is no "Ing.")
        boolean capitals = org.name().indexOf('.') < 0 && org.name().equals(org.name().toUpperCase(java.util.Locale.ROOT));
        return lex.demonyms.containsKey(name) || lex.honorifics.contains(name.replace(".", "")) && !capitals
                || org.type() == MentionType.OTHER && looksNationality(name);
    }

    /**
     * {@link #isNationality} of mention {@code o} in its sentence: a name only shaped like a nationality ("Kaisei",
     * "Marovi") is none when a possessive follows it ("Kaisei's President X"): an adjective takes no "'s".
     */
    private static boolean nationalityAt(Lexicons lex, SentenceView v, int o) {
        Mention m = v.mention(o);
        if (!isNationality(lex, m)) return false;
        if (m.type() != MentionType.OTHER || lex.demonyms.containsKey(Token.fold(m.name())) || lex.honorifics.contains(Token.fold(m.name()).replace(".", ""))) return true;
        return !Pattern.compile("\\b[A-Z]{3}_" + o + " (?:'s|')(?: |$)").matcher(v.form).find();
    }

    // ---- a state's posts ----

    /**
     * The organization of a state's post whose country a nationality ("Ruritanian", "Belarusian"),
     * a country ("Ruritania's", "Borvia") or nothing at all gives; the kinds of title are those of
     * lexicons/state-posts.tsv. A head of state or government ("President", "Deputy Prime
     * Minister") and a diplomat ("Ambassador to Kosovo": the sending country's) hold it at the
     * country; a minister with a portfolio ("Foreign Minister", "Minister of Culture") at the
     * ministry the article names for that portfolio (and that country, when one is given: "the
     * Borvian Ministry of Health", "the Ministry of Foreign Affairs of Borvia"): one named before,
     * else, for a given country, one named later, else the ministry's name made from the title
     * and the country ("Ministry of Agriculture and Food of Belarus"); never the country itself.
     * With no country a minister holds it only at a ministry named before. A head of state or
     * government holds it at the country however the article names it ("Ruritanian President X"
     * states whose president X is), and so does a diplomat whose sentence names the country they are
     * posted to ({@code posted}: "Ruritania's Ambassador to Mexico, X"); any other diplomat or a minister
     * of a country the article names only through the adjective, a possessive ("Iran's news agency")
     * or before a title gets none: no ministry is made up for a passing mention, and the gold we
     * measure against leaves a passing envoy ("Italian Ambassador Marco Bellini visited") out. Null
     * when nothing fits.
     * {@code nationality} is a mention or the lower-case word of a known nationality.
     */
    private static DocEntity statePost(ArticleState st, SentenceView v, Object nationality, String title, boolean posted) {
        StateKind kind = stateKind(st.lex, title);
        if (kind == null || kind == StateKind.RANK) return null;
        Mention mention = nationality instanceof Mention mm ? mm : null;
        String word = null;
        if (nationality instanceof String g) {
            if (g.isBlank()) word = null;
            else {
                List<Integer> ms = v.mentionsIn(g);
                if (ms.size() == 1) mention = v.mention(ms.get(0));
                else if (ms.isEmpty() && g.matches("[a-z]+")) word = g;
                // "sri lankan President X": a two-word nationality; "the russian President X": the last word
                else if (ms.isEmpty() && g.matches("[a-z]+ [a-z]+")) word = st.lex.demonyms.containsKey(g) ? g : g.substring(g.indexOf(' ') + 1);
                else return null;
            }
        }
        String adjective = null, country = null;
        if (mention != null) {
            String name = Token.fold(mention.name());
            if (st.lex.demonyms.containsKey(name)) { adjective = name; country = st.lex.demonyms.get(name); }
            // "Ruritanian" may be read as a short form of "Ruritanian Embassy" named elsewhere: still a nationality
            else if ((mention.type() == MentionType.OTHER || mention.type() == MentionType.ORG && !namesOrgKind(st.lex, mention)) && looksNationality(name)) { adjective = name; country = countryOfAdjective(st, name); }
            else if (mention.type() == MentionType.PLACE && mention.known().map(k -> "country".equals(k.placeType())).orElse(false)) country = mention.known().get().name();
            else if (mention.type() == MentionType.OTHER || mention.type() == MentionType.ORG && !namesOrgKind(st.lex, mention)) {
                if (kind == StateKind.HEAD) return null; // "Coral's president": a company, not a state
                // "ambassador of UNICEF": an unknown name in capitals is an organization's acronym, not a country
                if (kind != StateKind.MINISTER && ACRONYM.matcher(mention.name().strip()).matches()) return null;
                country = mention.name();
            } else return null;
            if (country == null && adjective == null) return null;
        } else if (word != null) {
            if (!st.lex.demonyms.containsKey(word)) word = null; // "by Culture Minister X": no country
            else { adjective = word; country = st.lex.demonyms.get(word); }
        }
        // "African", "European" (lexicons/demonyms.tsv lists them with no country): a region's adjective names no state
        if (country != null && country.isBlank()) return null;
        if (kind == StateKind.MINISTER) {
            String portfolio = portfolio(st.lex, title);
            if (portfolio == null) return null;
            List<String> words = new ArrayList<>();
            for (String w : Token.fold(portfolio).split("[ ,&]+")) if (!w.isBlank() && !PORTFOLIO_FILLERS.contains(w) && !"mod".equals(st.lex.titles.get(w))) words.add(w);
            if (words.isEmpty()) return null;
            DocEntity named = namedMinistry(st, v, words, country, adjective, false);
            if (named != null || country == null) return named;
            named = namedMinistry(st, v, words, country, adjective, true);
            if (named != null) return named;
            if (!namedAlone(st, country)) return null;
            return st.registry.orgCalled(ministryName(st.lex, portfolio) + " of " + (st.lex.takesThe(country) ? "the " : "") + country);
        }
        // "Ruritania's Ambassador to Borvia, X": a diplomat the sentence names with the country they are posted to
        // holds the post at the sending country however the article names it
        if (country == null || kind != StateKind.HEAD && kind != StateKind.STATE_HEAD && !(posted && kind == StateKind.DIPLOMAT) && !namedAlone(st, country)) return null;
        return countryEntity(st, country);
    }

    /**
     * The other country of a two-country story: the article names exactly two countries itself (a known country
     * written alone, not only in a possessive or before a title), one of them {@code one}; null otherwise.
     */
    private static DocEntity otherCountry(ArticleState st, DocEntity one) {
        java.util.Set<String> countries = new java.util.LinkedHashSet<>();
        for (SentenceView u : st.views) {
            for (Mention mm : u.mentions) {
                if (mm.type() != MentionType.PLACE || !isCountry(mm)) continue;
                String name = mm.known().get().name();
                if (namedAlone(st, name)) countries.add(name);
            }
        }
        if (countries.size() != 2) return null;
        String mine = null;
        for (String c : countries) if (Token.fold(c).equals(Token.fold(one.name)) || one.known != null && Token.fold(one.known.name()).equals(Token.fold(c))) mine = c;
        if (mine == null) return null;
        for (String c : countries) if (!c.equals(mine)) return countryEntity(st, c);
        return null;
    }

    /**
     * A diplomat's title with where the state sent them, when the sentence says it right after the
     * title or its country: "Ambassador to Kosovo", "ambassador of Italy to Kosovo", "Consul General
     * of Italy in Mombasa" → "ambassador to kosovo", "consul general in mombasa".
     */
    private static String sentTo(SentenceView v, int titleEnd, String title) {
        Matcher m = SENT_TO.matcher(v.form).region(titleEnd, v.form.length());
        if (!m.lookingAt()) return title;
        List<Integer> to = v.mentionsIn(m.group(2));
        if (to.size() != 1) return title;
        // "Chargé d'Affaires in Azerbaijan" is the envoy to Azerbaijan; a consul "in Mombasa" stays in the city
        Mention where = v.mention(to.get(0));
        boolean country = where.known().map(k -> "country".equals(k.placeType())).orElse(false);
        return Token.fold(title) + " " + (country ? "to" : m.group(1)) + " " + Token.fold(where.name());
    }

    private static final Pattern SENT_TO = Pattern.compile(" (?:of (?:the )?(?:PLC|OTH)_\\d+ )?(?:, )?(to|in) (?:the )?((?:PLC|OTH|ORG)_\\d+)\\b");

    /** Whether the word before a title makes a diplomat's title no state's ("goodwill ambassador"; lexicons/state-posts.tsv). */
    private static boolean notStateBefore(Lexicons lex, String before) {
        Matcher m = LAST_WORD.matcher(before);
        if (!m.find()) return false;
        Lexicons.StatePost p = lex.statePosts.get(m.group(1));
        return p != null && p.kind().equals("not-state");
    }

    private static final Pattern LAST_WORD = Pattern.compile("([a-z-]+) $");

    /** The kinds of a state's title (lexicons/state-posts.tsv). */
    enum StateKind {
        /** a head of state or government that a company may have too ("president") */
        HEAD,
        /** a head that only a state has ("prime minister", "king") */
        STATE_HEAD,
        /** a state's envoy abroad ("ambassador") */
        DIPLOMAT,
        /** a government's member with a portfolio ("minister of culture") */
        MINISTER,
        /** a minister's title that heads no ministry ("minister of state", "minister-counsellor") */
        RANK
    }

    /**
     * The kind of a state's title by lexicons/state-posts.tsv, after the grades before it ("Deputy
     * Prime Minister" is a head, "First Vice-President" too); null for any other title.
     */
    static StateKind stateKind(Lexicons lex, String title) {
        String t = stripGrades(lex, Lexicons.normTitle(title));
        Lexicons.StatePost p = lex.statePosts.get(t);
        if (p != null && p.kind().equals("head")) return "state".equals(p.value()) ? StateKind.STATE_HEAD : StateKind.HEAD;
        if (p != null && p.kind().equals("diplomat")) return StateKind.DIPLOMAT;
        String padded = " " + t + " ";
        StateKind found = null;
        for (Map.Entry<String, Lexicons.StatePost> e : lex.statePosts.entrySet()) {
            if (!padded.contains(" " + e.getKey() + " ")) continue;
            if (e.getValue().kind().equals("rank")) return StateKind.RANK;
            if (e.getValue().kind().equals("minister")) found = StateKind.MINISTER;
        }
        return found;
    }

    /** A folded title without the grades before it: "deputy prime minister" → "prime minister". */
    private static String stripGrades(Lexicons lex, String t) {
        for (int sp = t.indexOf(' '); sp > 0; sp = t.indexOf(' ')) {
            Lexicons.StatePost g = lex.statePosts.get(t.substring(0, sp));
            if (g == null || !g.kind().equals("grade")) break;
            t = t.substring(sp + 1);
        }
        return t;
    }

    /**
     * The portfolio of a minister's title as written: "Minister of Agriculture and Food" →
     * "Agriculture and Food", "Minister of the Interior" → "the Interior" (a ministry's name keeps the "the"),
     * "Deputy Foreign Minister" → "Foreign"; null when it names none.
     */
    private static String portfolio(Lexicons lex, String title) {
        String written = SPACED_HYPHEN.matcher(title.strip()).replaceAll("-");
        for (Map.Entry<String, Lexicons.StatePost> e : lex.statePosts.entrySet()) {
            if (!e.getValue().kind().equals("minister")) continue;
            Matcher m = Pattern.compile("^(?:.* )?" + Pattern.quote(e.getKey()) + " (?:of|for) (.+)$|^(.+?) " + Pattern.quote(e.getKey()) + "$", Pattern.CASE_INSENSITIVE).matcher(written);
            if (!m.find()) continue;
            String p = m.group(1) != null ? m.group(1) : m.group(2);
            // "Deputy Foreign Minister": the grade is the minister's, not the portfolio's
            if (m.group(2) != null) {
                String folded = Lexicons.normTitle(p), bare = stripGrades(lex, folded);
                p = p.substring(p.length() - bare.length()).strip();
            }
            return p.isBlank() ? null : p;
        }
        return null;
    }

    /**
     * The name of the ministry of a portfolio written in a title, as a ministry's name writes it:
     * "Agriculture and Food" → "Ministry of Agriculture and Food", "Foreign" → "Ministry of Foreign
     * Affairs" (a "portfolio" row of lexicons/state-posts.tsv), "culture" → "Ministry of Culture".
     */
    static String ministryName(Lexicons lex, String portfolio) {
        Lexicons.StatePost row = lex.statePosts.get(Lexicons.normTitle(portfolio));
        String p = row != null && row.kind().equals("portfolio") ? row.value() : portfolio;
        StringBuilder b = new StringBuilder(ministryHead(lex)).append(" of");
        for (String w : p.split(" ")) {
            b.append(' ');
            b.append(PORTFOLIO_FILLERS.contains(w.toLowerCase()) || w.isEmpty() ? w.toLowerCase() : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    /** The head word of a ministry's name: column 3 of the "minister" row of lexicons/state-posts.tsv. */
    private static String ministryHead(Lexicons lex) {
        for (Lexicons.StatePost e : lex.statePosts.values()) if (e.kind().equals("minister") && !e.value().isBlank()) return e.value();
        throw new IllegalStateException("lexicons/state-posts.tsv needs a minister row naming a ministry's head word");
    }

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&.-]{1,9}");

    /** Words before a nationality or country that make its title another's or its name part of another's. */
    private static final Pattern NOT_STATE_CONTEXT = Pattern.compile("(?:TTL_\\d+ (?:to|of|for)|(?:^|\\s)in) (?:the )?$");

    private static final java.util.Set<String> PORTFOLIO_FILLERS = java.util.Set.of("and", "of", "the", "for", "vice", "deputy", "first", "acting", "senior", "junior", "state");

    /**
     * The ministry the article names up to this sentence with every word of a portfolio ("foreign":
     * "Ministry of Foreign Affairs of Borvia", "Borvian Foreign Ministry"), of the country when one
     * is given; one named with no country stands for it when it is the only one. Null when none or
     * several fit.
     */
    private static DocEntity namedMinistry(ArticleState st, SentenceView here, List<String> portfolio, String country, String adjective, boolean whole) {
        List<DocEntity> withCountry = new ArrayList<>(), without = new ArrayList<>();
        String c = country == null ? null : Token.fold(country), head = Token.fold(ministryHead(st.lex));
        List<DocEntity> before = new ArrayList<>();
        for (SentenceView u : st.views) {
            for (int k = 0; k < u.mentions.size(); k++) if (u.mentions.get(k).type() == MentionType.ORG) before.add(st.entity(u, k));
            if (u == here && !whole) break;
        }
        for (DocEntity e : before) {
            List<String> words = List.of(Token.fold(e.name).split("[\\s,'’-]+"));
            if (!words.contains(head) || !words.containsAll(portfolio)) continue;
            boolean mine = c != null && containsWords(words, c);
            if (adjective != null) for (String w : words) mine |= w.equals(adjective) || countryOf(w, adjective);
            boolean other = false;
            for (String w : words) if (!w.equals(adjective) && (st.lex.demonyms.containsKey(w) || looksNationality(w))) other = true;
            if (mine) { if (!withCountry.contains(e)) withCountry.add(e); }
            else if (!other && (c == null && adjective == null || !mentionsOtherPlace(st, e.name))) { if (!without.contains(e)) without.add(e); }
        }
        if (withCountry.size() == 1) return withCountry.get(0);
        if (withCountry.isEmpty() && without.size() == 1) return without.get(0);
        return null;
    }

    /** "Ministry of Culture of Ruritania" has a place after its portfolio, "Ministry of Culture" none. */
    private static boolean mentionsOtherPlace(ArticleState st, String name) {
        return OF_PLACE.matcher(name).find();
    }

    private static final Pattern OF_PLACE = Pattern.compile("\\bof (?:the )?(?:Republic of )?\\p{Lu}\\S*$|^\\p{Lu}\\S*(?:'s|’s) ");

    private static boolean containsWords(List<String> words, String phrase) {
        return java.util.Collections.indexOfSubList(words, List.of(phrase.split("[\\s-]+"))) >= 0;
    }

    /**
     * The country an unknown nationality adjective stands for, by its stem, among the names the
     * article uses: "Borvian" → "Borvia", "Tessalian" → "Tessaly"; null when none or several.
     */
    private static String countryOfAdjective(ArticleState st, String adjective) {
        String found = null;
        for (SentenceView u : st.views) {
            for (Mention m : u.mentions) {
                if (m.type() != MentionType.OTHER && m.type() != MentionType.PLACE && m.type() != MentionType.ORG) continue;
                String n = Token.fold(m.name());
                if (n.contains(" ") || !countryOf(n, adjective)) continue;
                if (found != null && !found.equals(m.name())) return null;
                found = m.name();
            }
        }
        return found;
    }

    /** Whether a word is the country of a nationality by its stem: "borvia" of "borvian", "tessaly" of "tessalian". */
    private static boolean countryOf(String word, String adjective) {
        String stem = ADJECTIVE_ENDING.matcher(adjective).replaceFirst("");
        return stem.length() >= 3 && !word.equals(adjective) && !word.contains("-") && !looksNationality(word)
                && word.startsWith(stem) && word.length() - stem.length() <= 2;
    }

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:ian|ean|ese|ish|an|i)$");

    /**
     * Whether the article names the country itself, not only in a possessive ("Iran's agency"),
     * an adjective, before a title ("Nepal Prime Minister X") or after a title and its holder
     * ("President X of Peru").
     */
    private static boolean namedAlone(ArticleState st, String country) {
        String c = Token.fold(country);
        for (SentenceView u : st.views) {
            for (int i = 0; i < u.mentions.size(); i++) {
                Mention m = u.mentions.get(i);
                if (m.type() == MentionType.TITLE || m.type() == MentionType.PERSON) continue;
                boolean same = Token.fold(m.name()).equals(c) || m.known().map(k -> Token.fold(k.name()).equals(c)).orElse(false);
                // not in a possessive, before a title, or after a title and its holder ("President X of Kenya")
                if (same && !Pattern.compile("\\b[A-Z]{3}_" + i + "(?: 's| '| TTL_)|TTL_\\d+ (?:PER|OTH)_\\d+ of (?:the )?[A-Z]{3}_" + i + "\\b").matcher(u.form).find()) return true;
            }
        }
        return false;
    }

    /** The country as the article's entity: the organization or place it names so, or a place of that name. */
    private static DocEntity countryEntity(ArticleState st, String country) {
        Optional<DocEntity> e = st.registry.named(country);
        if (e.isPresent()) return e.get();
        Optional<KnownEntity> k = st.ref.place(country);
        return k.isPresent() ? st.registry.place(k.get().name(), k.get()) : st.registry.place(country, null);
    }

    /** A name with an organization's head word ("Coral Group", "Ministry of Culture"), not a bare name such as a country's. */
    private static boolean namesOrgKind(Lexicons lex, Mention m) {
        for (String w : Token.fold(m.name()).split("[\\s-]+")) if (lex.isAnyOrgHead(w)) return true;
        return m.known().isPresent() && m.type() == MentionType.ORG;
    }

    /**
     * A word shaped like a nationality adjective even when no list knows it ("Ruritanian",
     * "Freedonese", "Borvish", "Marovi"): folded, one word of five letters or more ending so.
     */
    static boolean looksNationality(String folded) {
        return folded.length() >= 5 && NATIONALITY_SHAPE.matcher(folded).matches();
    }

    private static final Pattern NATIONALITY_SHAPE = Pattern.compile("[a-z]{2,}(?:ian|ese|ish|i)");

    /** "Aksu prefecture", "Akmola region": a lower-case region noun after the mention (the {REGION} macro of rules/posts.tsv). */
    private static boolean regionNounAfter(SentenceView v, int mention) {
        return Pattern.compile("\\b[A-Z]{3}_" + mention + " (?:region|province|oblast|prefecture|county)\\b").matcher(v.form).find();
    }

    /** A place the reference data knows as a country. */
    private static boolean isCountry(Mention m) {
        return m.known().map(k -> "country".equals(k.placeType())).orElse(false);
    }

    /**
     * A unit named only by common words and a department word, then "of" and its organization ("the Volunteer
     * Programme Secretariat of the Coral Agency", "the International Department of Velsk University"): the whole
     * phrase names it, as PartOfReader names the unit in its part-of (partof.unit-of); null when no organization
     * follows or the unit's name ends otherwise ("the Coral Institute of Velsk University" is a name of its own).
     */
    private static DocEntity wholeUnitName(ArticleState st, SentenceView v, int o) {
        Mention cm = v.mention(o);
        if (cm.from() < 0 || cm.to() - cm.from() < 2 || cm.known().isPresent()) return null;
        Matcher m = Pattern.compile("\\b[A-Z]{3}_" + o + " of (?:the )?ORG_(\\d+)\\b(?! 's| ')").matcher(v.form);
        if (!m.find()) return null;
        Mention pm = v.mention(Integer.parseInt(m.group(1)));
        if (!GENERIC_UNIT_HEADS.contains(v.tokens.get(cm.to() - 1).key()) || pm.start() <= cm.end()) return null;
        for (int k = cm.from(); k < cm.to(); k++) {
            Token t = v.tokens.get(k);
            if (!t.isWord() || !t.isCapitalized() && !t.key().equals("and")) return null;
        }
        String text = st.article.text().substring(cm.start(), pm.end()).replaceFirst("\\s*\\([^()]*\\)$", "");
        if (text.length() > 160 || text.indexOf('\n') >= 0) return null;
        Mention made = new Mention(MentionType.ORG, -1, -1, cm.start(), pm.end(), text, DocRegistry.cleanOrgName(text), Optional.empty(), null, null);
        return st.registry.orgNamed(made);
    }

    private static final java.util.Set<String> GENERIC_UNIT_HEADS = java.util.Set.of("department", "division", "directorate", "secretariat", "office", "bureau", "section", "administration");

    /** "East Asia", "the Middle East": a part of the world, which nobody holds a post at. */
    private static boolean isRegion(Mention org) {
        return REGION.matcher(Token.fold(org.name())).matches();
    }

    private static final Pattern REGION = Pattern.compile("(?:(?:the|east|eastern|west|western|north|northern|south|southern|central|middle|far|near|latin|sub-saharan|asia|asian|africa|european|europe|america|americas|pacific|atlantic|caribbean|eurasia|oceania|gulf|region|and|&)(?: |$))+");

    /** "director- general" as "director-general"; an abbreviation by its full form ("CMD" → "chairman and managing director"). */
    private static String titleName(Lexicons lex, Mention title) {
        String name = SPACED_HYPHEN.matcher(title.name()).replaceAll("-");
        return lex.titleFullForms.getOrDefault(Lexicons.normTitle(name), name);
    }

    /**
     * "Coral Board", "Coral Bank Board of Directors": the board of an organization named before it
     * (a name of its own before "Board", not a description: "Supervisory Board" alone is no
     * organization's board); the organization without its board, or null.
     */
    private static Mention boardOf(Lexicons lex, Mention org) {
        Matcher m = BOARD.matcher(org.name());
        if (org.known().isPresent() || !m.matches()) return null;
        String name = m.group(1);
        if (BOARD_KINDS.matcher(name).matches()) return null;
        // "Norland Railway Board", "Water Development Board": a body named by its field, not the board of "Norland Railway"
        String last = Token.fold(name.substring(name.lastIndexOf(' ') + 1));
        if (lex.fieldNouns.contains(last) || lex.fieldNouns.contains(last.replaceAll("s$", ""))) return null;
        int cut = org.text().lastIndexOf(name) < 0 ? -1 : org.text().indexOf(name) + name.length();
        if (cut < 0) return null;
        String text = org.text().substring(0, cut);
        return new Mention(org.type(), org.from(), org.to(), org.start(), org.start() + text.length(), text, name, Optional.empty(), org.date(), null);
    }

    /**
     * "NSIL Dr Shahjahan": an organization's name run into the next person's ("Dr", "Mr", "Prof."
     * open a person's name, never go on an organization's); the organization before it, or null.
     */
    private static Mention beforeHonorific(Mention org) {
        if (org.known().isPresent()) return null;
        Matcher m = GLUED_PERSON.matcher(org.text());
        if (!m.find()) return null;
        String text = org.text().substring(0, m.start()).strip();
        return new Mention(org.type(), org.from(), org.to(), org.start(), org.start() + text.length(), text, text, Optional.empty(), org.date(), null);
    }

    private static final Pattern GLUED_PERSON = Pattern.compile("(?<=\\S) (?:Dr|Mr|Mrs|Ms|Prof)\\.? \\p{Lu}");

    private static final Pattern BOARD_KINDS = Pattern.compile("Supervisory|Management|Executive|Governing");
    private static final Pattern BOARD = Pattern.compile("(\\p{Lu}.*?) (?:(?:Supervisory|Management|Executive|Governing) )?Board(?: of (?:Directors|Trustees|Governors))?");

    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");

    /** The title mentions of a rule's group t, without a title's abbreviation in brackets ("managing director ( OTH_5 )"). */
    private static List<Integer> titlesIn(SentenceView v, String group) {
        // (only the titles: an area after them, "for Europe", is no title)
        return v.mentionsIn(group == null ? null : BRACKETED.matcher(group).replaceAll("")).stream()
                .filter(i -> v.mention(i).type() == MentionType.TITLE).toList();
    }

    private static final Pattern BRACKETED = Pattern.compile("\\( \\S+ \\)");

    private static boolean hasGroup(PatternRule r, String name) {
        return r.pattern().pattern().contains("(?<" + name + ">");
    }
}
