package signet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Test helper: runs a SELECT query in a read transaction and returns its rows as maps of lexical forms. */
public final class QueryRows {
    private QueryRows() {}

    /** Each parameter is substituted with the given RDF term; unbound cells are "". */
    public static List<Map<String, String>> select(Dataset ds, Query q, Map<String, RDFNode> params) {
        return Txn.calculateRead(ds, () -> {
            var b = QueryExecution.dataset(ds).query(q);
            for (var e : params.entrySet()) b = b.substitution(e.getKey(), e.getValue());
            try (QueryExecution qe = b.build()) {
                ResultSet rs = qe.execSelect();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }
}
