package signet.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;

/**
 * A date as a page shows it: at the precision the text gave, never padded. A day is shown as is
 * ({@code 2026-01-20}); a month or a year says so ({@code 2015-10 (month)}, {@code 2015 (year)}),
 * so a reader does not take the first of the month for the day of signing.
 */
final class DateText {
    private DateText() {}

    static String of(Literal date) {
        String lex = date.getLexicalForm();
        String type = date.getDatatypeURI();
        if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) return lex + " (month)";
        if (XSDDatatype.XSDgYear.getURI().equals(type)) return lex + " (year)";
        return lex;
    }

    /** Whether a literal is one of the date types a fact's date can have. */
    static boolean isDate(Literal l) {
        String t = l.getDatatypeURI();
        return XSDDatatype.XSDdate.getURI().equals(t) || XSDDatatype.XSDgYearMonth.getURI().equals(t)
                || XSDDatatype.XSDgYear.getURI().equals(t) || XSDDatatype.XSDdateTime.getURI().equals(t);
    }
}
