package signet.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import signet.doc.Article;
import signet.fact.ExtractionResult;
import signet.fact.Fact;

/** Prints what the extractor reads from a one-sentence-per-line text file: for rule development. */
public final class ExtractDebug {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Article a = TestArticles.of(text, args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
        RuleExtractor x = new RuleExtractor();
        ExtractionResult r = x.extract(a);
        for (Fact f : r.facts()) System.out.println(f);
    }
}
