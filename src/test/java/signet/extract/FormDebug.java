package signet.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import signet.doc.Article;
import signet.doc.Sentence;
import signet.time.DateContext;

/** Prints the abstract form of each line of a file: for rule development. */
public final class FormDebug {
    public static void main(String[] args) throws Exception {
        Article a = TestArticles.of(Files.readString(Path.of(args[0])), args.length > 1 ? args[1] : null, null);
        MentionFinder f = new MentionFinder(new Lexicons(), new ReferenceData(), new signet.time.RuleDateFinder());
        for (Sentence s : a.sentences()) {
            MentionFinder.Result r = f.find(s.text(), s.start(), new DateContext(a.published(), java.util.Optional.empty()));
            SentenceView v = new SentenceView(s, r.tokens(), r.mentions(), -1);
            System.out.println(v.form);
            for (int i = 0; i < v.mentions.size(); i++) System.out.println("   " + i + " " + v.mentions.get(i).type() + " [" + v.mentions.get(i).text() + "] -> " + v.mentions.get(i).name());
        }
    }
}
