package signet.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import signet.extract.DocRegistry.DocEntity;

/**
 * Reads posts ("Li Yu, secretary-general of the IPDA") and part-of statements ("Central
 * Partnership, that forms part of Gazprom-Media Holding") with the pattern rules of
 * {@code rules/posts.tsv} and {@code rules/part-of.tsv}.
 */
final class RelationReader {
    private final List<PatternRule> postRules;
    private final List<PatternRule> partOfRules;

    /**
     * Longest abstract sentence the pattern rules read. Real sentences are far shorter (a few
     * hundred characters); a longer one is a list or a crafted line, and reading it with
     * regular expressions would only cost time.
     */
    static final int MAX_FORM = 4000;

    RelationReader() {
        postRules = PatternRule.load("rules/posts.tsv");
        partOfRules = PatternRule.load("rules/part-of.tsv");
    }

    List<Drafts.Post> posts(ArticleState st, List<Drafts.PartOf> partOfOut) {
        Map<String, Drafts.Post> out = new LinkedHashMap<>();
        for (SentenceView v : st.views) {
            if (v.form.length() > MAX_FORM) continue;
            for (PatternRule r : postRules) {
                Matcher m = r.pattern().matcher(v.form);
                while (m.find()) {
                    List<Integer> ps = v.mentionsIn(m.group("p"));
                    List<Integer> os = v.mentionsIn(m.group("o"));
                    if (ps.size() != 1 || os.size() != 1) continue;
                    int p = ps.get(0), o = os.get(0);
                    if (!st.promote(v, p, MentionType.PERSON) || !st.promote(v, o, MentionType.ORG)) continue;
                    DocEntity person = st.entity(v, p), org = st.entity(v, o);
                    // a rule may imply the title by its verb ("X, who heads Y") instead of naming one
                    List<String> titles = hasGroup(r, "t") ? v.mentionsIn(m.group("t")).stream().map(t -> v.mention(t).name()).toList()
                            : List.of(r.impliedTitle());
                    for (String title : titles) {
                        String key = person.key + "|" + title + "|" + org.key;
                        out.putIfAbsent(key, new Drafts.Post(person, title, org, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
                    }
                    if (hasGroup(r, "parent") && m.group("parent") != null) {
                        int parent = v.mentionsIn(m.group("parent")).get(0);
                        partOfOut.add(new Drafts.PartOf(org, st.entity(v, parent), ArticleState.evidence(v.sentence, r.id(), r.confidence())));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    List<Drafts.PartOf> partOf(ArticleState st) {
        List<Drafts.PartOf> out = new ArrayList<>();
        for (SentenceView v : st.views) {
            if (v.form.length() > MAX_FORM) continue;
            for (PatternRule r : partOfRules) {
                Matcher m = r.pattern().matcher(v.form);
                while (m.find()) {
                    int c = v.mentionsIn(m.group("child")).get(0), p = v.mentionsIn(m.group("parent")).get(0);
                    if (r.id().equals("partof.unit-at") && !hasUnitHead(st, v.mention(c))) continue;
                    if (!st.promote(v, c, MentionType.ORG) || !st.promote(v, p, MentionType.ORG)) continue;
                    DocEntity child = st.entity(v, c), parent = st.entity(v, p);
                    if (child == null || parent == null || child == parent) continue;
                    out.add(new Drafts.PartOf(child, parent, ArticleState.evidence(v.sentence, r.id(), r.confidence())));
                }
            }
        }
        return out;
    }

    private static boolean hasUnitHead(ArticleState st, Mention m) {
        for (String w : m.name().toLowerCase().split("[\\s-]+")) if ("unit".equals(st.lex.orgHeads.get(w))) return true;
        return false;
    }

    private static boolean hasGroup(PatternRule r, String name) {
        return r.pattern().pattern().contains("(?<" + name + ">");
    }
}
