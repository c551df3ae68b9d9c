package signet.bench;

import java.util.List;
import java.util.function.Function;
import signet.eval.GoldAgreement;
import signet.eval.GoldDocument;
import signet.eval.GoldEvent;
import signet.eval.GoldPair;
import signet.eval.GoldPartOf;
import signet.eval.GoldRole;

/**
 * Writes a {@link GoldDocument} as the gold JSON of {@code shared/eval/README.md}, laid out like
 * the hand-made files (one fact per line), with keys in a fixed order so equal gold is equal bytes.
 */
final class GoldJson {
    private GoldJson() {}

    static String write(GoldDocument g) {
        StringBuilder b = new StringBuilder(512);
        b.append("{\n  \"doc\": ").append(str(g.doc())).append(",\n  \"published\": ").append(str(g.published())).append(",\n");
        list(b, "agreements", g.agreements(), (GoldAgreement a) -> "{\"kind\": " + str(a.kind()) + ", \"parties\": " + strs(a.parties())
                + ", \"date\": " + str(a.date()) + ", \"place\": " + str(a.place()) + ", \"witnesses\": " + strs(a.witnesses()) + "}");
        b.append(",\n");
        list(b, "roles", g.roles(), (GoldRole r) -> "{\"person\": " + str(r.person()) + ", \"title\": " + str(r.title()) + ", \"org\": " + str(r.org()) + "}");
        b.append(",\n");
        list(b, "part_of", g.partOf(), (GoldPartOf p) -> "{\"child\": " + str(p.child()) + ", \"parent\": " + str(p.parent()) + "}");
        b.append(",\n");
        list(b, "events", g.events(), (GoldEvent e) -> "{\"kind\": " + str(e.kind()) + ", \"participants\": " + strs(e.participants())
                + ", \"date\": " + str(e.date()) + ", \"place\": " + str(e.place()) + "}");
        b.append(",\n");
        list(b, "not_agreements", g.notAgreements(), (GoldPair p) -> strs(List.of(p.first(), p.second())));
        return b.append("\n}\n").toString();
    }

    private static <T> void list(StringBuilder b, String key, List<T> items, Function<T, String> item) {
        b.append("  ").append(str(key)).append(": [");
        for (int i = 0; i < items.size(); i++) b.append(i == 0 ? "\n    " : ",\n    ").append(item.apply(items.get(i)));
        b.append(items.isEmpty() ? "]" : "\n  ]");
    }

    private static String strs(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) b.append(i == 0 ? "" : ", ").append(str(values.get(i)));
        return b.append(']').toString();
    }

    /** A JSON string literal. */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
