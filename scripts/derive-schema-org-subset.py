#!/usr/bin/env python3
"""Derives tests/schema_org_subset.json from the schema.org vocabulary.

  scripts/derive-schema-org-subset.py VOCABULARY.jsonld > tests/schema_org_subset.json

VOCABULARY.jsonld is data/releases/<version>/schemaorg-current-https.jsonld of
https://github.com/schemaorg/schemaorg (the subset names the release, commit
and SHA-256 it was made from; pass them with --release, --commit). For each
type the local pages' JSON-LD uses (render/contact_json_ld), the subset lists
its superclasses, every property whose domain includes the type or one of
them, with the property's range types, and for an enumeration its members.
The test generator/render/contact_json_ld_schema_test.cpp checks the real
site's JSON-LD against it.
"""
import argparse
import hashlib
import json
import sys

# The types render/contact_json_ld writes, the types their values may take,
# and the data types and enumerations of those values' ranges.
TYPES = ["GovernmentOrganization", "Organization", "ContactPoint", "OpeningHoursSpecification",
         "AdministrativeArea", "Place", "DayOfWeek"]


def ids(value):
    """The local names of a {"@id": "schema:X"} or a list of them."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    return [v["@id"].removeprefix("schema:") for v in value if v["@id"].startswith("schema:")]


def types_of(node):
    t = node.get("@type", [])
    return t if isinstance(t, list) else [t]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vocabulary")
    parser.add_argument("--release", required=True, help="e.g. 30.0")
    parser.add_argument("--commit", required=True, help="the schemaorg/schemaorg commit the file was read at")
    args = parser.parse_args()
    raw = open(args.vocabulary, "rb").read()
    graph = json.loads(raw)["@graph"]
    by_id = {node["@id"].removeprefix("schema:"): node for node in graph if node["@id"].startswith("schema:")}

    def superclasses(name):
        out, todo = [], ids(by_id[name].get("rdfs:subClassOf"))
        while todo:
            parent = todo.pop(0)
            if parent not in out and parent in by_id:
                out.append(parent)
                todo += ids(by_id[parent].get("rdfs:subClassOf"))
        return out

    properties = [n for n in graph if "rdf:Property" in types_of(n) and "schema:supersededBy" not in n]
    subset = {}
    for name in TYPES:
        lineage = [name] + superclasses(name)
        allowed = {}
        for p in properties:
            if set(ids(p.get("schema:domainIncludes"))) & set(lineage):
                allowed[p["@id"].removeprefix("schema:")] = sorted(ids(p.get("schema:rangeIncludes")))
        entry = {"superclasses": lineage[1:], "properties": dict(sorted(allowed.items()))}
        members = sorted(k for k, n in by_id.items() if "schema:" + name in types_of(n))
        if members:
            entry["members"] = members
        subset[name] = entry
    # The data types the ranges name, with their own superclasses (URL is a Text).
    datatypes = {}
    for name in ["Text", "URL", "Time"]:
        datatypes[name] = superclasses(name)
    out = {
        "provenance": {
            "source": "https://github.com/schemaorg/schemaorg/blob/" + args.commit + "/data/releases/" + args.release +
                      "/schemaorg-current-https.jsonld",
            "release": args.release,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "derived_by": "scripts/derive-schema-org-subset.py",
            "note": "properties superseded in the vocabulary (schema:supersededBy) are left out",
        },
        "types": subset,
        "datatypes": datatypes,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
