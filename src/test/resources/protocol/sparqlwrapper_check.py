#!/usr/bin/python3
"""Asks a SPARQL endpoint the same questions in every result format, with SPARQLWrapper.

A client we did not write (Python's SPARQLWrapper, and rdflib under it) talks to the endpoint
over the SPARQL 1.1 Protocol:
  * one SELECT read as SPARQL JSON, SPARQL XML and CSV: the three must give the same rows (JSON
    and XML also the same term types, datatypes and language tags);
  * ASK, true and false, as JSON and as XML;
  * one CONSTRUCT as Turtle and as RDF/XML: the two graphs must be isomorphic.
The rows are printed (ROW<TAB>agreement<TAB>partner<TAB>kind<TAB>date<TAB>place<TAB>sentence)
for the calling test to compare with the store. Exit 0 when the formats agree, 1 on a mismatch,
2 on a usage error.

usage: sparqlwrapper_check.py ENDPOINT [ORGANIZATION-NAME]
"""
import csv
import io
import sys
import xml.dom.minidom

from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, POST, RDFXML, TURTLE, XML, SPARQLWrapper

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

PREFIXES = """
PREFIX sig:    <https://w3id.org/signet/ontology#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX oa:     <http://www.w3.org/ns/oa#>
"""


def literal(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def organization_pattern(name):
    # the organization by any of its names, any case (as the named queries find it)
    return f"""
  ?org skos:prefLabel|skos:altLabel ?orgLabel .
  FILTER(LCASE(STR(?orgLabel)) = LCASE({literal(name)}))
  ?agreement a sig:Agreement ; sig:status sig:Signed ; sig:party ?org , ?partner .
  FILTER(?partner != ?org)
  ?partner skos:prefLabel ?partnerName ."""


def select_query(name):
    # typed literals (the date), IRIs, language-tagged labels (the kind) and non-ASCII text
    # (the evidence sentence) all cross the wire
    return PREFIXES + f"""
SELECT ?agreement ?partnerName ?kind ?date ?place (MIN(?exact) AS ?sentence)
WHERE {{{organization_pattern(name)}
  OPTIONAL {{ ?agreement sig:agreementKind/skos:prefLabel ?kind }}
  OPTIONAL {{ ?agreement sig:date ?date }}
  OPTIONAL {{ ?agreement schema:location/skos:prefLabel ?place }}
  OPTIONAL {{ ?agreement sig:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?exact }}
}}
GROUP BY ?agreement ?partnerName ?kind ?date ?place
ORDER BY ?agreement ?partnerName
"""


def construct_query(name):
    return PREFIXES + f"""
CONSTRUCT {{ ?agreement sig:party ?org , ?partner ; sig:date ?date . ?partner skos:prefLabel ?partnerName . }}
WHERE {{{organization_pattern(name)}
  OPTIONAL {{ ?agreement sig:date ?date }}
}}
"""


def ask_query(name, exists):
    # true: the organization signed something; false: it signed with itself
    pattern = organization_pattern(name) if exists else f"""
  ?org skos:prefLabel|skos:altLabel ?orgLabel .
  FILTER(LCASE(STR(?orgLabel)) = LCASE({literal(name)}))
  ?agreement sig:party ?org .
  FILTER NOT EXISTS {{ ?agreement sig:party ?other FILTER(?other != ?org) }}"""
    return PREFIXES + f"ASK {{{pattern}\n}}"


def run(endpoint, query, fmt, only_conneg=False):
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setOnlyConneg(only_conneg)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client.queryAndConvert()


def term_from_json(b):
    kind = {"typed-literal": "literal"}.get(b["type"], b["type"])
    datatype = b.get("datatype")
    return (kind, b["value"], None if datatype == XSD_STRING else datatype, b.get("xml:lang"))


def rows_from_json(result):
    variables = result["head"]["vars"]
    rows = [tuple(term_from_json(b[v]) if v in b else None for v in variables) for b in result["results"]["bindings"]]
    return variables, rows


def rows_from_xml(doc):
    variables = [v.getAttribute("name") for v in doc.getElementsByTagName("variable")]
    rows = []
    for result in doc.getElementsByTagName("result"):
        cells = {}
        for binding in result.getElementsByTagName("binding"):
            node = next(n for n in binding.childNodes if n.nodeType == n.ELEMENT_NODE)
            value = "".join(t.data for t in node.childNodes if t.nodeType == t.TEXT_NODE)
            datatype = node.getAttribute("datatype") or None
            lang = node.getAttribute("xml:lang") or None
            cells[binding.getAttribute("name")] = (node.tagName, value, None if datatype == XSD_STRING else datatype, lang)
        rows.append(tuple(cells.get(v) for v in variables))
    return variables, rows


def rows_from_csv(data):
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    table = list(csv.reader(io.StringIO(text, newline="")))
    return table[0], [tuple(row) for row in table[1:]]


def ask_from_xml(doc):
    return doc.getElementsByTagName("boolean")[0].firstChild.data.strip() == "true"


def as_graph(data, fmt):
    if isinstance(data, Graph):
        return data
    graph = Graph()
    graph.parse(data=data.decode("utf-8") if isinstance(data, bytes) else data, format=fmt)
    return graph


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    endpoint = argv[1]
    name = argv[2] if len(argv) == 3 else "Gazprom-Media"
    problems = []

    query = select_query(name)
    json_vars, json_rows = rows_from_json(run(endpoint, query, JSON))
    xml_result = run(endpoint, query, XML)
    assert isinstance(xml_result, xml.dom.minidom.Document), type(xml_result)
    xml_vars, xml_rows = rows_from_xml(xml_result)
    csv_vars, csv_rows = rows_from_csv(run(endpoint, query, CSV))
    if not (json_vars == xml_vars == csv_vars):
        problems.append(f"variables differ: json {json_vars}, xml {xml_vars}, csv {csv_vars}")
    if json_rows != xml_rows:
        problems.append(f"JSON and XML rows differ:\n  json {json_rows}\n  xml  {xml_rows}")
    json_values = [tuple(cell[1] if cell else "" for cell in row) for row in json_rows]
    if json_values != csv_rows:
        problems.append(f"JSON and CSV values differ:\n  json {json_values}\n  csv  {csv_rows}")
    if not json_rows:
        problems.append(f"no agreement signed with {name!r}")
    print(f"SELECT json=xml=csv rows={len(json_rows)}")
    for row in json_values:
        print("ROW\t" + "\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))

    for exists in (True, False):
        query = ask_query(name, exists)
        from_json = run(endpoint, query, JSON)["boolean"]
        from_xml = ask_from_xml(run(endpoint, query, XML))
        if from_json is not exists or from_xml is not exists:
            problems.append(f"ASK expected {exists}: json {from_json}, xml {from_xml}")
        print(f"ASK expected={str(exists).lower()} json={str(from_json).lower()} xml={str(from_xml).lower()}")

    query = construct_query(name)
    turtle = as_graph(run(endpoint, query, TURTLE), "turtle")
    # Besides the Accept header SPARQLWrapper sends format=rdf+xml, a name Fuseki's format
    # parameter does not know (400); asked by content negotiation alone, RDF/XML is served
    rdfxml = as_graph(run(endpoint, query, RDFXML, only_conneg=True), "xml")
    if not isomorphic(turtle, rdfxml):
        problems.append(f"the CONSTRUCT graphs differ: {len(turtle)} triples as Turtle, {len(rdfxml)} as RDF/XML")
    if len(turtle) == 0:
        problems.append("the CONSTRUCT graph is empty")
    print(f"CONSTRUCT turtle=rdfxml triples={len(turtle)}")

    for p in problems:
        print("MISMATCH " + p)
    print("OK" if not problems else f"FAILED ({len(problems)} problem(s))")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
