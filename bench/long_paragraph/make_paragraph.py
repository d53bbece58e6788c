#!/usr/bin/env python3
"""Writes one article whose body is a single line (one paragraph) of ordinary
news sentences with claims, about SIZE bytes long: what a CMS export without
line breaks looks like. Used to measure that `factlint check` costs time in
proportion to the document, not to its square (bench/long_paragraph/README.md).

    bench/long_paragraph/make_paragraph.py 1M > /tmp/p1.txt
    time build/factlint check /tmp/p1.txt --facts facts >/dev/null

The sentences are written for this script; names, ages and dates vary
deterministically so that every sentence is a little different.
"""
import sys

NAMES = ["Maya Okafor", "Daniel Reyes", "Lena Brandt", "Tomas Ferreira", "Aiko Tanaka",
         "Samuel Otieno", "Clara Nowak", "Idris Haddad"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{name}, {age}, said on {day}, {month} {dom}, 2026 that the {n}-day strike had ended. ",
    "The council voted {n} to {m} on {day} to extend the {n}-week closure of the bridge. ",
    "{name} has directed {n} episodes since the series premiered in {month} 2022. ",
    "The second season of Night Harbor premieres on {month} {dom}, 2026, the studio said. ",
    "Nearly two years after the flood, {name}, {age}, still runs the bakery on Main Street. ",
    "The union said the {n}-day walkout cost members about {m} million dollars in wages. ",
]


def parse_size(text):
    units = {"K": 1 << 10, "M": 1 << 20}
    if text[-1].upper() in units:
        return int(float(text[:-1]) * units[text[-1].upper()])
    return int(text)


def main():
    size = parse_size(sys.argv[1]) if len(sys.argv) > 1 else 1 << 20
    out = ["date 2026-03-04\n"]
    total = len(out[0])
    i = 0
    while total < size:
        t = TEMPLATES[i % len(TEMPLATES)]
        s = t.format(name=NAMES[i % len(NAMES)], age=30 + i % 40, day=DAYS[i % len(DAYS)],
                     month=MONTHS[i % 12], dom=1 + i % 28, n=3 + i % 97, m=2 + i % 11)
        out.append(s)
        total += len(s)
        i += 1
    out.append("\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
