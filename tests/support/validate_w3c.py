#!/usr/bin/env python3
"""Checks a Marginalia W3C export against the W3C Web Annotation test suite.

usage: validate_w3c.py SUITE_DIR EXPORT.jsonld

SUITE_DIR is the suite's folder (definitions/, annotations/). Every item of
the exported collection is checked against each assertion that
annotations/annotationMusts.test lists (draft-04 JSON schemas with
"assertionType": "must"); the collection and its page against the
definitions in definitions/collections.json. Prints one JSON object:
{"annotations": N, "assertions": M, "checks": K, "failures": [...]}.
Exit status: 0 all pass, 1 failures, 2 bad input, 3 jsonschema missing.
"""

import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(3)

# The suite's schemas name each other by relative ids ("annotations.json");
# an absolute base lets every jsonschema release resolve them the same way.
BASE = "https://web-annotation-suite.invalid/"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_schemas(suite):
    schemas = {}
    for name in sorted(os.listdir(os.path.join(suite, "definitions"))):
        if name.endswith(".json"):
            doc = load(os.path.join(suite, "definitions", name))
            doc["id"] = BASE + doc.get("id", name)
            schemas[doc["id"]] = doc
    return schemas


def make_validator(schemas):
    """Returns validate(schema, instance) -> list of error messages."""
    checker = jsonschema.FormatChecker()
    try:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4

        registry = Registry().with_resources(
            (uri, Resource(contents=doc, specification=DRAFT4)) for uri, doc in schemas.items())

        def validate(schema, instance):
            # Draft 4 ignores an id beside a $ref: the wrapper gives the base.
            wrapped = {"id": schema["id"] + "-wrapper", "allOf": [schema]}
            v = jsonschema.Draft4Validator(wrapped, registry=registry, format_checker=checker)
            return [e.message for e in v.iter_errors(instance)]
    except ImportError:  # jsonschema before 4.18 (Debian 12 has 4.10)
        def validate(schema, instance):
            resolver = jsonschema.RefResolver(schema["id"], schema, store=schemas)
            v = jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=checker)
            return [e.message for e in v.iter_errors(instance)]
    return validate


def must_assertions(suite):
    test = load(os.path.join(suite, "annotations", "annotationMusts.test"))
    assertions = []
    for entry in test["assertions"]:
        if not isinstance(entry, str):
            raise ValueError("unsupported assertion entry: %r" % (entry,))
        schema = load(os.path.join(suite, entry))
        if schema.get("assertionType") != "must":
            continue
        # Beside the definitions, so that "id.json#/…" resolves to them.
        schema["id"] = BASE + "must-" + os.path.basename(entry)
        assertions.append((entry, schema))
    return assertions


def definition(name):
    return {"$ref": BASE + "collections.json#/definitions/" + name, "id": BASE + "check-" + name}


COLLECTION_CHECKS = ["annotationCollectionTypeValueFound", "labelDefinition", "totalFound",
                     "firstRequiredIfTotalMoreThanZero", "firstValidIfPresent", "lastValidIfPresent"]
PAGE_CHECKS = ["annotationPageTypeValueFound", "itemsFound", "partOfValidIfPresent", "startIndexDefinition"]


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    suite, path = argv[1], argv[2]
    try:
        schemas = load_schemas(suite)
        assertions = must_assertions(suite)
        exported = load(path)
    except (OSError, ValueError) as e:
        print("cannot read: %s" % e, file=sys.stderr)
        return 2
    for _, schema in assertions:
        schemas[schema["id"]] = schema
    validate = make_validator(schemas)

    failures = []
    checks = 0

    def check(what, schema, instance, message):
        nonlocal checks
        checks += 1
        try:
            errors = validate(schema, instance)
        except jsonschema.exceptions.RefResolutionError as e:  # never fetches: the base is .invalid
            errors = ["unresolved reference: %s" % e]
        if errors:
            failures.append("%s: %s (%s)" % (what, message, "; ".join(errors[:3])))

    context = {"$ref": BASE + "collections.json#/definitions/contextValueFound"}
    context_in_array = {"$ref": BASE + "collections.json#/definitions/contextValueInArrayFound"}
    check("collection", {"id": BASE + "check-context", "type": "object", "required": ["@context"],
                         "properties": {"@context": {"oneOf": [context, context_in_array]}}},
          exported, "@context must include http://www.w3.org/ns/anno.jsonld")
    for name in COLLECTION_CHECKS:
        check("collection", definition(name), exported, name)
    page = exported.get("first") if isinstance(exported, dict) else None
    items = []
    if isinstance(page, dict):
        for name in PAGE_CHECKS:
            check("page", definition(name), page, name)
        items = page.get("items", [])
    if exported.get("total") != len(items):
        failures.append("collection: total is %r but the page has %d items" % (exported.get("total"), len(items)))

    for index, item in enumerate(items):
        what = "item %d (%s)" % (index, item.get("id") if isinstance(item, dict) else "?")
        for entry, schema in assertions:
            check(what, schema, item, "%s: %s" % (os.path.basename(entry), schema.get("errorMessage", "")))

    print(json.dumps({"annotations": len(items), "assertions": len(assertions), "checks": checks,
                      "failures": failures}, ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
