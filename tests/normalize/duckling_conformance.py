#!/usr/bin/env python3
"""Runs `factlint normalize` over Duckling's English corpus (a peer's
conformance suite kept outside the repository, in ../shared/conformance/duckling)
with that folder's own runner and scorer, prints the scorer's tables, and fails
when a headline score falls below its floor.

    duckling_conformance.py --bin build/factlint --suite ../shared/conformance/duckling

Floors sit just under what the grammar reaches today; raise them as it grows
(docs/normalizer.md, "Conformance"). Without the suite the test is skipped
(exit code 77, ctest's SKIP_RETURN_CODE), with a message saying where it looked.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# metric name -> (gold files, runner flags, score flags, summary group, metric, floor)
CHECKS = [
    ("time date (--prefer future)", ["time_en.jsonl"], ["--prefer", "future"], ["--kinds", "time"],
     "ALL", "date", 0.90),
    ("durations + numbers correct", ["duration_en.jsonl", "number_en.jsonl"], [], [], "ALL", "correct",
     0.95),
    ("durations correct", ["duration_en.jsonl"], [], [], "ALL", "correct", 0.97),
    ("negatives: no time", ["negative_en.jsonl"], [], [], "ALL", "correct", 1.0),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--suite", required=True)
    a = ap.parse_args()
    if not os.path.isdir(a.suite):
        print("SKIP: no Duckling conformance suite at %s (CI has ../shared beside the repository)"
              % a.suite)
        return 77
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, golds, run_flags, score_flags, group, metric, floor in CHECKS:
            pred = os.path.join(tmp, "pred.jsonl")
            summary = os.path.join(tmp, "summary.json")
            gold_args = [x for g in golds for x in ("--gold", os.path.join(a.suite, g))]
            subprocess.run([sys.executable, os.path.join(a.suite, "run_normalize.py"), "--bin", a.bin,
                            "--out", pred] + gold_args + run_flags, check=True)
            table = subprocess.run([sys.executable, os.path.join(a.suite, "score.py"), "--pred", pred,
                                    "--json", summary] + gold_args + score_flags,
                                   check=True, capture_output=True, text=True).stdout
            with open(summary) as fh:
                c = json.load(fh)["summary"][group]
            score = c.get(metric, 0) / c["n"] if c["n"] else 0.0
            verdict = "ok" if score >= floor else "BELOW FLOOR"
            print("== %s: %.3f (floor %.2f) %s" % (name, score, floor, verdict))
            print("\n".join(table.splitlines()[:6]))
            if score < floor:
                failed.append(name)
    if failed:
        print("FAIL: below the floor: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
