package signet.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signet.server.EndpointUnavailableException;
import signet.server.Route;

/**
 * The HTML pages of the graph: {@code /page/{local}} for each of our IRIs (organization, person,
 * place, document, fact, or any other resource of ours), {@code /organizations} (searchable
 * with {@code ?q=}) and {@code /documents}. The page kind follows the resource's
 * {@code rdf:type}; an IRI the graph does not mention is a 404. Read-only: GET only.
 */
public final class PageRoute implements Route {
    private static final Logger LOG = LoggerFactory.getLogger(PageRoute.class);

    private final Site site;
    private final Sparql sparql;
    private final FactReader facts;
    private final PropertyLabels propertyLabels = PropertyLabels.load();
    /** The first pages of the lists: each sorts every organization or document, a whole-graph scan. */
    private final ScanCache<Integer, String> organizationPages;
    private final ScanCache<Integer, String> documentPages;

    public PageRoute(Site site) {
        this.site = Objects.requireNonNull(site, "site");
        this.sparql = new Sparql(site.source());
        this.facts = new FactReader(sparql);
        this.organizationPages = new ScanCache<>(site.version(), 32);
        this.documentPages = new ScanCache<>(site.version(), 32);
    }

    @Override
    public void install(FusekiServer.Builder b) {
        b.addServlet(SitePaths.PAGE + "*", servlet(this::page));
        ListPages lists = new ListPages(sparql, site.paths());
        b.addServlet("/organizations", servlet((req, resp) -> {
            String q = req.getParameter("q");
            int page = Paging.listPage(req);
            // a search is answered afresh (its words are unbounded); the plain list is kept
            Html.send(resp, 200, q == null || q.isBlank()
                    ? organizationPages.get(page, () -> lists.organizations(q, page))
                    : lists.organizations(q, page));
        }));
        b.addServlet("/documents", servlet((req, resp) -> {
            int page = Paging.listPage(req);
            Html.send(resp, 200, documentPages.get(page, () -> lists.documents(page)));
        }));
    }

    /**
     * A GET-only servlet whose bad parameters are a 400 naming them, query time-outs a 503, an unreachable SPARQL endpoint a 502
     * naming it, and other failures a 500 page, never a stack trace.
     */
    static HttpServlet servlet(Route.GetHandler handler) {
        return Route.get((req, resp) -> {
            try {
                handler.handle(req, resp);
            } catch (BadParameterException e) {
                Html.error(resp, 400, capitalized(e.getMessage()) + ".");
            } catch (QueryCancelledException e) {
                Html.error(resp, 503, "The page's queries took too long; try again later.");
            } catch (EndpointUnavailableException e) {
                LOG.warn("page {}: {}", req.getRequestURI(), e.getMessage());
                Html.error(resp, 502, capitalized(e.getMessage()) + ".");
            } catch (RuntimeException e) {
                LOG.warn("page {} failed", req.getRequestURI(), e);
                Html.error(resp, 500, "This page could not be made.");
            }
        });
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // The raw path keeps percent-escapes as they are in our IRIs (document ids are encoded).
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + SitePaths.PAGE;
        String local = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        if (local.isEmpty()) {
            Html.error(resp, 404, "No such page: give the path of one of our resources, like /page/org/NAME.");
            return;
        }
        String iri = site.paths().iri(local);
        Set<String> types = sparql.select("SELECT DISTINCT ?t WHERE { ?this a ?t }", Sparql.iri("this", iri)).stream()
                .map(r -> Sparql.str(r, "t")).collect(Collectors.toSet());
        if (types.isEmpty() && !sparql.ask("ASK { { ?this ?p ?o } UNION { ?s ?p ?this } }", Sparql.iri("this", iri))) {
            Html.error(resp, 404, "Nothing in the graph is called " + iri + ".");
            return;
        }
        EntityPages entities = new EntityPages(sparql, facts, site.paths());
        String html;
        if (types.stream().anyMatch(t -> FactType.ofType(t).isPresent())) html = new FactPage(sparql, facts, site.paths(), propertyLabels).render(iri);
        else if (types.contains(ORG.Organization.getURI()) || types.contains(FOAF.Organization.getURI())) html = entities.organization(iri, Paging.number(req, "page"));
        else if (types.contains(FOAF.Person.getURI())) html = entities.person(iri, Paging.number(req, "page"));
        else if (types.contains(SchemaDO.Place.getURI())) html = entities.place(iri, Paging.number(req, "page"));
        else if (types.contains(SchemaDO.NewsArticle.getURI()))
            html = new DocumentPage(sparql, facts, site.paths()).render(iri, Paging.number(req, "part"), Paging.number(req, "page"));
        else html = new GenericPage(sparql, site.paths(), propertyLabels).render(iri);
        Html.send(resp, 200, html);
    }
}
