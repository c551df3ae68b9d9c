package signet.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Output formats of the {@code query} command; all but {@link #TABLE} are the W3C result formats. */
public enum ResultFormat {
    /** A text table for people, with prefixed names. */
    TABLE(ResultSetLang.RS_Text),
    /** SPARQL 1.1 Query Results CSV: header row of variable names, plain lexical forms. */
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV),
    JSON(ResultSetLang.RS_JSON),
    XML(ResultSetLang.RS_XML);

    private final Lang lang;

    ResultFormat(Lang lang) { this.lang = lang; }

    public Lang lang() { return lang; }

    /** Case-insensitive lookup: {@code csv} → CSV. */
    public static Optional<ResultFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
