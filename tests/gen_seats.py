#!/usr/bin/python3
"""gen_seats.py [--seed S] [--per-layout N] OUTDIR: writes random seat-chart
cases into OUTDIR, one folder each (in.csv, args, expect, as tests/cases/
README.md describes), for build/test_cases to run.

The same seed always writes the same cases. Each layout (arch, westminster,
waffle, bar) gets N compositions of one election, and "multiples" N of two to
four elections in a random layout: 1 to 3 000 seats, 1 to 30 parties (some with
no seat, some appointed, independent or vacant), with and without --labels,
thresholds 1/2, 3/5, 2/3 and 3/4, pages 90 to 250 mm wide. Each case expects
what the figure must prove on its scene: exact seat counts, every seat
with its party's CSV line and panel, no seats overlapping, every party one block per panel, the arch in CSV order, every
threshold line clear of seats and text with exactly its seats on one side,
Westminster bench names only from a bench column.

To check more, add lines in expectations() (every case) or in the layout's
function; Case.say() appends one expect line."""
import argparse
import math
import pathlib
import random
import shutil

LAYOUTS = ["arch", "westminster", "waffle", "bar"]
THRESHOLDS = {"1/2": (1, 2), "3/5": (3, 5), "2/3": (2, 3), "3/4": (3, 4)}
WIDTHS = ["90mm", "120mm", "160mm", "250mm"]
WORDS = ["Left", "Green", "Social", "Centre", "Liberal", "Christian", "Conservative",
         "National", "Farmers", "Pirate", "Union", "Democratic", "People's", "Reform",
         "Workers", "Alliance", "Regional", "Independent", "Civic", "Unity"]
BENCH_NAMES = {"government": "Government", "opposition": "Opposition",
               "cross": "Cross benches"}


def majority(total):
    return total // 2 + 1


def threshold_seats(spec, total):
    """As parl_threshold_seats: a half is a majority, else the share rounded up."""
    num, den = THRESHOLDS[spec]
    if 2 * num == den:
        return majority(total)
    return max(1, -(-num * total // den))


def cuts(total, with_majority, thresholds):
    """The lines a house gets, as seatcut_list: (role, seats), each count once."""
    out = []
    if with_majority and total >= 3:
        out.append(("majority", majority(total)))
    for spec in thresholds:
        n = threshold_seats(spec, total)
        if all(n != seats for _, seats in out):
            out.append(("threshold", n))
    return out


def quote(s):
    return '"' + s.replace('"', '\\"') + '"'


class Case:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def say(self, line):
        self.lines.append(line)


def split_seats(rng, total, nparties):
    """total seats over nparties, skewed like real results; a few parties
    may get none, every party of a one-party house gets all."""
    weights = [rng.paretovariate(1.1) for _ in range(nparties)]
    if rng.random() < 0.3:
        weights = [w * (5 if i == 0 else 1) for i, w in enumerate(weights)]
    s = sum(weights)
    quotas = [total * w / s for w in weights]
    seats = [int(q) for q in quotas]
    order = sorted(range(nparties), key=lambda i: quotas[i] - seats[i], reverse=True)
    for i in order[:total - sum(seats)]:
        seats[i] += 1
    # Small parties are where layouts break: give some of them one seat.
    for i in range(nparties):
        if seats[i] == 0 and rng.random() < 0.5:
            donor = max(range(nparties), key=lambda j: seats[j])
            if seats[donor] > 1:
                seats[donor] -= 1
                seats[i] += 1
    return seats


def random_total(rng):
    if rng.random() < 0.08:
        return rng.choice([1, 2, 3, 4, 7, 12, 13])
    return min(3000, max(1, int(math.exp(rng.uniform(0, math.log(3000))))))


def party_names(rng, n):
    return ["P%d %s" % (i + 1, rng.choice(WORDS)) for i in range(n)]


def kinds(rng, n):
    out = []
    for _ in range(n):
        x = rng.random()
        out.append("appointed" if x < 0.05 else "independent" if x < 0.08 else
                   "vacant" if x < 0.10 else "party")
    return out


def options(rng, layout):
    specs = [s for s in THRESHOLDS if rng.random() < 0.3]
    args = ["--layout", layout, "--size", rng.choice(WIDTHS)]
    with_majority = rng.random() < 0.9
    if not with_majority:
        args.append("--no-majority")
    for s in specs:
        args += ["--threshold", s]
    if rng.random() < 0.4:
        args.append("--labels")
    return args, with_majority, specs


def expectations(case, layout, houses, with_majority, specs, labels):
    """What every case proves; houses: [(names, seats)] in panel order."""
    case.say("exit 0")
    case.say("scene $OUT/fig.json")
    case.say("text-gap 2")
    if labels:
        case.say("parties-named")
    case.say("seats-contiguous")
    case.say("lines-clear-of-text")
    case.say("no-text-overlap")
    case.say("on-page")
    if layout == "bar":
        names, seats = houses[0]
        lines = cuts(sum(seats), with_majority, specs)
        marks = ["%s=%d" % c for c in lines if c[0] == "majority"]
        if sum(1 for c in lines if c[0] == "threshold") == 1:
            marks += ["%s=%d" % c for c in lines if c[0] == "threshold"]
        case.say("bar " + " ".join([str(s) for s in seats if s > 0] + marks))
        return
    totals = {}
    for names, seats in houses:
        for n, s in zip(names, seats):
            totals[n] = totals.get(n, 0) + s
    case.say("seats " + " ".join(quote("%s=%d" % (n, s)) for n, s in totals.items()))
    case.say("seats-total %d" % sum(totals.values()))
    case.say("seats-no-overlap")
    case.say("seats-rows %d" % (len(houses) if len(houses) > 1 else 0))
    case.say("lines-clear")
    if layout == "arch":
        case.say("seats-arch-order")
    for role in ("majority", "threshold"):
        want = [n for names, seats in houses
                for r, n in cuts(sum(seats), with_majority, specs) if r == role]
        if want:
            case.say("splits %s %s" % (role, " ".join(map(str, want))))
        else:
            case.say("count path:%s 0" % role)


def write(out, case, header, rows, args):
    d = out / case.name
    d.mkdir(parents=True)
    with open(d / "in.csv", "w", encoding="utf-8") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(quote(str(c)) if "," in str(c) else str(c) for c in r) + "\n")
    cmd = ["seats", "$DIR/in.csv", "-o", "$OUT/fig.svg", "--scene", "$OUT/fig.json"] + args
    (d / "args").write_text(" ".join(cmd) + "\n", encoding="utf-8")
    (d / "expect").write_text("\n".join(case.lines) + "\n", encoding="utf-8")


def one_house(rng, out, layout, i):
    total = random_total(rng)
    n = rng.randint(1, min(30, max(1, total + 2)))
    names, seats, kind = party_names(rng, n), split_seats(rng, total, n), kinds(rng, n)
    case = Case("gen-%s-%03d" % (layout, i))
    args, with_majority, specs = options(rng, layout)
    header, rows = ["party", "seats", "kind"], [[a, b, c] for a, b, c in zip(names, seats, kind)]
    expectations(case, layout, [(names, seats)], with_majority, specs, "--labels" in args)
    if layout == "westminster":
        benches(rng, case, header, rows)
    write(out, case, header, rows, args)


def benches(rng, case, header, rows):
    """Half the Westminster cases say where parties sit; the figure names a
    bench only when the column gives it (a speaker is never captioned)."""
    if rng.random() < 0.5:
        case.say("count text:bench 0")
        return
    header.append("bench")
    named = set()
    for r in rows:
        b = rng.choice(["government", "opposition", "opposition", "cross", "speaker", ""])
        r.append(b)
        if b in BENCH_NAMES and r[1] > 0:
            named.add(b)
    case.say("count text:bench %d" % len(named))
    for b in sorted(named):
        case.say("has-text bench %s" % quote(BENCH_NAMES[b]))


def multiples(rng, out, i):
    layout = rng.choice(LAYOUTS)
    n = rng.randint(1, 30)
    names, kind = party_names(rng, n), kinds(rng, n)
    houses = []
    for e in range(rng.randint(2, 4)):
        seats = split_seats(rng, random_total(rng), n)
        houses.append((names, seats))
    case = Case("gen-multiples-%03d" % i)
    args, with_majority, specs = options(rng, layout)
    rows = [[2000 + 4 * e, a, b, c] for e, (ns, ss) in enumerate(houses)
            for a, b, c in zip(ns, ss, kind)]
    expectations(case, layout, houses, with_majority, specs, "--labels" in args)
    if layout == "westminster":
        case.say("count text:bench 0")
    write(out, case, ["election", "party", "seats", "kind"], rows, args)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--per-layout", type=int, default=100)
    ap.add_argument("out")
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    rng = random.Random(a.seed)
    for layout in LAYOUTS:
        for i in range(a.per_layout):
            one_house(rng, out, layout, i)
    for i in range(a.per_layout):
        multiples(rng, out, i)


if __name__ == "__main__":
    main()
