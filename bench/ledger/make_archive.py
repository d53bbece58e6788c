#!/usr/bin/env python3
"""Writes a synthetic archive of N dated articles (and 3 drafts) for the
claim ledger benchmark (bench/ledger/run.sh). Each article names a person
with an age, a show with a premiere date, counts and a filming length, the
shapes the shipped rules claim. Subjects follow a Zipf-like spread, as in a
newsroom's archive: a few shows and people recur in thousands of articles,
most in a handful.

Usage: make_archive.py OUT_DIR [--articles 100000] [--people 20000] [--shows 4000]
"""
import argparse, os, random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SYLLABLES = ["ka", "lo", "mi", "ra", "ven", "tor", "sa", "del", "mar", "quin", "bel", "dor",
             "lin", "ras", "te", "vo", "an", "el", "is", "ur"]


def word(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def zipf_pick(rng, items):
    # Index ~ 1/rank: the first items recur far more than the rest.
    return items[min(len(items) - 1, int(len(items) ** rng.random()) - 1)]


def article(rng, i, people, shows, published):
    y, m, d = published
    person, age_base = zipf_pick(rng, people)
    show = zipf_pick(rng, shows)
    age = y - age_base
    return (f" date {y}-{m:02d}-{d:02d} \n"
            f"{show} returns with a new season\n"
            f"{person}, {age}, stars in {show}, which premieres on {MONTHS[m % 12]} {d}, "
            f"the network said on Monday.\n"
            f"The first season of {show} drew {1 + i % 9} million viewers and "
            f"{i % 14} Emmy nominations.\n"
            f"Filming of the second season began in {MONTHS[m - 1]} {y} and lasted "
            f"{40 + i % 60} days, a spokesperson said.\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=100000)
    ap.add_argument("--people", type=int, default=20000)
    ap.add_argument("--shows", type=int, default=4000)
    a = ap.parse_args()
    rng = random.Random(1)
    people = [(f"{word(rng, 2)} {word(rng, 3)}", 1940 + rng.randrange(60)) for _ in range(a.people)]
    shows = [f"{word(rng, 2)} {word(rng, 2)}" for _ in range(a.shows)]
    for i in range(a.articles):
        folder = os.path.join(a.out, "archive", f"{i // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        date = (2015 + i % 10, 1 + i % 12, 1 + i % 28)
        with open(os.path.join(folder, f"{i:06d}.txt"), "w") as f:
            f.write(article(rng, i, people, shows, date))
    os.makedirs(os.path.join(a.out, "drafts"), exist_ok=True)
    for k in range(3):
        with open(os.path.join(a.out, "drafts", f"draft-{k}.txt"), "w") as f:
            f.write(article(rng, k, people, shows, (2026, 12, 1 + k)))


if __name__ == "__main__":
    main()
