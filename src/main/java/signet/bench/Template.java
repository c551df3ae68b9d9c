package signet.bench;

import java.util.Locale;
import java.util.Objects;

/**
 * One sentence template of {@code bench/templates.tsv}: its kind says which gold facts a sentence
 * made from it states (see the file's header).
 *
 * @param goldKind the agreement or event kind when the text names none through {KIND}/{EVENT}, or ""
 */
record Template(Kind kind, String id, String text, String goldKind) {

    enum Kind {
        SIGN, SEPARATE, INTENT, POST, PARTOF, EVENT, HEADLINE_SIGN, HEADLINE_ANY;

        static Kind parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    Template {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        goldKind = Objects.requireNonNullElse(goldKind, "");
    }

    boolean has(String placeholder) {
        return text.contains("{" + placeholder + "}");
    }

    /** How many organizations it names: 1 to 3 ({A}, {B}, {C} in any form). */
    int organizations() {
        return text.contains("{C") ? 3 : text.contains("{B") ? 2 : 1;
    }
}
