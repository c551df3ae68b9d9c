package signet.ingest;

import java.util.List;
import java.util.Locale;
import signet.fact.AgreementFact;
import signet.fact.EventFact;
import signet.fact.Fact;
import signet.fact.PartOfFact;
import signet.fact.PostFact;

/** Facts by kind, for the ingest summary. */
public record FactCounts(long agreements, long posts, long partOf, long events) {

    public static final FactCounts NONE = new FactCounts(0, 0, 0, 0);

    /** Counts the facts of one extraction result. */
    public static FactCounts of(List<Fact> facts) {
        long a = 0, p = 0, o = 0, e = 0;
        for (Fact f : facts) {
            switch (f) {
                case AgreementFact x -> a++;
                case PostFact x -> p++;
                case PartOfFact x -> o++;
                case EventFact x -> e++;
            }
        }
        return new FactCounts(a, p, o, e);
    }

    public FactCounts plus(FactCounts o) {
        return new FactCounts(agreements + o.agreements, posts + o.posts, partOf + o.partOf, events + o.events);
    }

    public long total() { return agreements + posts + partOf + events; }

    /** {@code 12 agreements, 3 posts, 1 part-of, 4 events}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d agreement%s, %,d post%s, %,d part-of, %,d event%s",
                agreements, agreements == 1 ? "" : "s", posts, posts == 1 ? "" : "s", partOf, events, events == 1 ? "" : "s");
    }
}
