#!/usr/bin/env python3
"""Validates every rule file under a directory against rules/schema.json.

Exits 77 (ctest: skipped) when PyYAML or jsonschema is not installed.
Prints one line per file and a closing 'N passed, N failed'.
"""
import json
import pathlib
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:  # pragma: no cover
    print(f"skipped: {missing}")
    sys.exit(77)


def plain(node):
    """YAML dates (published: 2024-01-29) as the strings the C++ loader reads."""
    if isinstance(node, dict):
        return {k: plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if hasattr(node, "isoformat"):
        return node.isoformat()
    return node


def main(rules_dir: str) -> int:
    root = pathlib.Path(rules_dir)
    schema = json.loads((root / "schema.json").read_text())
    validator = jsonschema.Draft7Validator(schema)
    passed = failed = 0
    files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml"))
    for path in files:
        errors = []
        for doc in yaml.safe_load_all(path.read_text()):
            if doc is None:
                continue
            errors += [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                       for e in validator.iter_errors(plain(doc))]
        if errors:
            failed += 1
            print(f"FAIL {path}")
            for e in errors:
                print(f"  {e}")
        else:
            passed += 1
            print(f"ok   {path}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "rules"))
