package signet.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import signet.doc.Article;
import signet.fact.AgreementFact;
import signet.fact.Entity;
import signet.fact.EventFact;
import signet.fact.ExtractionResult;
import signet.fact.Fact;
import signet.fact.PartOfFact;
import signet.fact.PostFact;

/** Compact print of what is read from a text file, naively split (one line = one sentence after splitting). For rule development. */
public final class DevDebug {
    public static void main(String[] args) throws Exception {
        RuleExtractor x = new RuleExtractor();
        signet.doc.TextDocumentReader reader = new signet.doc.TextDocumentReader();
        for (String file : args) {
            Article a = reader.read(Path.of(file));
            System.out.println("=== " + a.id() + " published=" + a.published().orElse(null) + " dateline=" + a.dateline().orElse(null));
            if (System.getenv("SENTENCES") != null) a.sentences().forEach(s -> System.out.println("  | " + s.text()));
            ExtractionResult r = x.extract(a);
            for (Fact f : r.facts()) System.out.println(line(f));
        }
    }

    static String n(Entity e) { return e.name(); }

    static String line(Fact f) {
        String ev = f.evidence().stream().map(e -> e.rule()).collect(Collectors.joining(","));
        if (f instanceof AgreementFact x) return "AGR " + x.status() + " " + x.kindLabel() + " " + x.parties().stream().map(DevDebug::n).toList()
                + " date=" + x.date().map(d -> d.date() + "/" + d.basis()).orElse("-") + " place=" + x.place().map(DevDebug::n).orElse("-")
                + " sig=" + x.signatories().stream().map(s -> s.person().name()).toList() + " wit=" + x.witnesses().stream().map(DevDebug::n).toList() + " areas=" + x.areas() + " [" + ev + "]";
        if (f instanceof PostFact x) return "POST " + x.person().name() + " | " + x.title() + " | " + x.organization().name() + " [" + ev + "]";
        if (f instanceof PartOfFact x) return "PART " + x.child().name() + " < " + x.parent().name() + " [" + ev + "]";
        if (f instanceof EventFact x) return "EVT " + x.kindLabel() + " org=" + x.organizers().stream().map(DevDebug::n).toList() + " part=" + x.participants().stream().map(DevDebug::n).toList()
                + " date=" + x.date().map(d -> d.date() + "/" + d.basis()).orElse("-") + " place=" + x.place().map(DevDebug::n).orElse("-") + " works=" + x.works().stream().map(DevDebug::n).toList();
        return f.toString();
    }
}
