/**
 * What people and programs other than SPARQL clients see of the graph on the server: entity and
 * document pages (HTML), dereferenceable IRIs with content negotiation, the query page, dumps
 * and the dataset description. Every route reads the graph through a {@link signet.web.SparqlSource},
 * so the same pages can be served from the local store or from a remote endpoint.
 */
package signet.web;
