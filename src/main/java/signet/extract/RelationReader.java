package signet.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import signet.extract.DocRegistry.DocEntity;

/**
 * Reads posts ("Li Yu, secretary-general of the IPDA") with the pattern rules of
 * {@code rules/posts.tsv}, and the part-of a post's unit names ("head of the faculty at X").
 * Part-of statements themselves are read by {@link PartOfReader}.
 */
final class RelationReader {
    private final List<PatternRule> postRules;

    /**
     * Longest abstract sentence the pattern rules read. Real sentences are far shorter (a few
     * hundred characters); a longer one is a list or a crafted line, and reading it with
     * regular expressions would only cost time.
     */
    static final int MAX_FORM = 4000;

    RelationReader() {
        postRules = PatternRule.load("rules/posts.tsv");
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

    private static boolean hasGroup(PatternRule r, String name) {
        return r.pattern().pattern().contains("(?<" + name + ">");
    }
}
