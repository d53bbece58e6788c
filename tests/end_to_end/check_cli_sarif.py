#!/usr/bin/env python3
"""Runs `factlint check` on the samples and the seeds (when present) with
SARIF output and validates it against the official SARIF 2.1.0 schema, so the
command line's real output — not only a fixture — is schema-valid."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--factlint", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--source-dir", required=True)
    args = parser.parse_args()
    if not os.path.isfile(args.schema):
        print(f"{args.schema}: missing; run scripts/setup.sh --tests to fetch the SARIF schema",
              file=sys.stderr)
        return 1
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    runs = [["samples", "--facts", "facts"]]
    seeds = os.path.join(args.source_dir, "..", "shared", "seeds")
    if os.path.isdir(seeds):
        runs.append([seeds, "--facts", "facts"])
    failures = 0
    for inputs in runs:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "report.sarif")
            proc = subprocess.run([args.factlint, "check", *inputs, "--no-config", "-o",
                                   "sarif=" + out], cwd=args.source_dir, capture_output=True,
                                  text=True)
            if proc.returncode not in (0, 1):
                print(f"factlint check {inputs}: exit {proc.returncode}: {proc.stderr}",
                      file=sys.stderr)
                failures += 1
                continue
            with open(out, encoding="utf-8") as f:
                sarif = json.load(f)
            try:
                jsonschema.validate(sarif, schema)
            except jsonschema.ValidationError as e:
                print(f"factlint check {inputs}: SARIF invalid: {e.message} at "
                      f"{list(e.absolute_path)}", file=sys.stderr)
                failures += 1
                continue
            results = sarif["runs"][0]["results"]
            if not results:
                print(f"factlint check {inputs}: expected findings, SARIF has none",
                      file=sys.stderr)
                failures += 1
            print(f"factlint check {inputs}: valid SARIF 2.1.0, {len(results)} results")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
