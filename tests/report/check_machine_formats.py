#!/usr/bin/env python3
"""Checks the machine-readable reports of both test fixtures.

SARIF is validated against the OFFICIAL SARIF 2.1.0 JSON schema, which
scripts/setup.sh --tests fetches from the npm package @microsoft/jest-sarif
(it is never copied into the repository); a missing schema FAILS this test.
JSON is parsed and checked against the contract's keys; JUnit is parsed as XML.

    check_machine_formats.py --schema SCHEMA --writer WRITE_REPORT --work-dir DIR
"""
import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

FIXTURES = ("golden", "hostile")
TOP_KEYS = ["tool", "as_of", "documents", "findings"]
DOCUMENT_KEYS = ["path", "published", "role", "claims"]
FINDING_KEYS = ["rule", "kind", "severity", "subject", "attribute", "message", "location", "related"]
LOCATION_KEYS = ["path", "line", "column", "end_line", "end_column", "text"]

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def render(writer, work_dir, fixture, fmt):
    out = os.path.join(work_dir, f"{fixture}.{fmt}")
    subprocess.run([writer, fixture, fmt, out], check=True)
    with open(out, encoding="utf-8") as f:
        return f.read()


def check_sarif(validator, text, fixture):
    sarif = json.loads(text)
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path)
        failures.append(f"{fixture}.sarif: schema: at /{where}: {error.message}")
    run = sarif["runs"][0]
    check(sarif.get("version") == "2.1.0", f"{fixture}.sarif: version is not 2.1.0")
    check(run.get("columnKind") == "unicodeCodePoints", f"{fixture}.sarif: columnKind")
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        index = result.get("ruleIndex")
        check(index is not None and rules[index]["id"] == result["ruleId"],
              f"{fixture}.sarif: ruleIndex of {result['ruleId']} does not point at its rule")
        check(result.get("partialFingerprints"), f"{fixture}.sarif: no partialFingerprints")
        for location in result.get("locations", []):
            uri = location["physicalLocation"]["artifactLocation"]["uri"]
            check(" " not in uri and "<" not in uri, f"{fixture}.sarif: unescaped uri {uri!r}")


def check_json(text, fixture):
    report = json.loads(text)
    check(list(report) == TOP_KEYS, f"{fixture}.json: top-level keys {list(report)}")
    check(list(report["tool"]) == ["name", "version"], f"{fixture}.json: tool keys")
    for document in report["documents"]:
        check(list(document) == DOCUMENT_KEYS, f"{fixture}.json: document keys {list(document)}")
        check(document["role"] in ("draft", "archive"), f"{fixture}.json: role")
    for finding in report["findings"]:
        check(list(finding) == FINDING_KEYS, f"{fixture}.json: finding keys {list(finding)}")
        check(finding["severity"] in ("error", "warning", "info"), f"{fixture}.json: severity")
        check(list(finding["location"]) == LOCATION_KEYS, f"{fixture}.json: location keys")
        for related in finding["related"]:
            check(list(related) == LOCATION_KEYS + ["note"], f"{fixture}.json: related keys")


def check_junit(text, fixture):
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as error:
        failures.append(f"{fixture}.junit: not well-formed XML: {error}")
        return
    suite = root.find("testsuite")
    check(suite is not None and suite.get("name") == "factlint", f"{fixture}.junit: testsuite")
    cases = suite.findall("testcase")
    check(int(suite.get("tests")) == len(cases), f"{fixture}.junit: tests count")
    failing = sum(1 for case in cases if case.find("failure") is not None)
    check(int(suite.get("failures")) == failing, f"{fixture}.junit: failures count")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", required=True)
    parser.add_argument("--writer", required=True)
    parser.add_argument("--work-dir", required=True)
    args = parser.parse_args()

    if not os.path.isfile(args.schema):
        print(f"FAIL: the SARIF 2.1.0 schema is missing: {args.schema}\n"
              "  run `scripts/setup.sh --tests` to fetch it from the npm package "
              "@microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json),\n"
              "  or configure with -DFACTLINT_SARIF_SCHEMA=/path/to/sarif-2.1.0-rtm.5.json",
              file=sys.stderr)
        return 1
    try:
        import jsonschema
    except ImportError:
        print("FAIL: python3-jsonschema is not installed (scripts/setup.sh --tests installs it)",
              file=sys.stderr)
        return 1
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    os.makedirs(args.work_dir, exist_ok=True)
    for fixture in FIXTURES:
        check_sarif(validator, render(args.writer, args.work_dir, fixture, "sarif"), fixture)
        check_json(render(args.writer, args.work_dir, fixture, "json"), fixture)
        check_junit(render(args.writer, args.work_dir, fixture, "junit"), fixture)

    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    checked = len(FIXTURES) * 3
    print(f"{checked - len({f.split(':')[0] for f in failures})} passed, "
          f"{len({f.split(':')[0] for f in failures})} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
