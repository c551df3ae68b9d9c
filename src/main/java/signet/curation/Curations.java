package signet.curation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;

/**
 * The curation files of a folder, read and checked: the graph to store as the curation graph
 * and what it holds.
 *
 * @param fingerprint SHA-256 over the loader version, the IRI base and every file's name and bytes
 * @param files       the files read, by name
 * @param graph       the curation graph: the files' triples plus what the loader derives (treat as read-only)
 * @param facts       number of curated facts
 * @param retracted   the IRIs of the retracted facts
 * @param mergedInto  each duplicate entity IRI → the canonical IRI it was finally merged into
 */
public record Curations(String fingerprint, List<Path> files, Graph graph, int facts, Set<String> retracted,
                        Map<String, String> mergedInto) {
    public Curations {
        files = List.copyOf(files);
        retracted = Set.copyOf(retracted);
        mergedInto = Map.copyOf(mergedInto);
    }
}
