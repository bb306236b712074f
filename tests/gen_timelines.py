#!/usr/bin/python3
"""gen_timelines OUTDIR [--seed N] [--count N]: writes N (default 300) case
folders gen-000 ... into OUTDIR (emptied first), each an events CSV, an args
line and an expect file in the format of tests/cases/README.md, for
build/test_cases to run. Deterministic from the seed (default 8): the same
seed writes the same bytes on every machine.

The timelines vary what a timeline can vary: how many events and how dense,
their dates' precision (day, month, year) and qualifiers (~ and ?), spans,
same-day events, groups, priorities, details and sources, labels long and
short (with numbers, quoted names, Cyrillic), the language (en, ru, kk),
the orientation and the page (90 mm, 160 mm, A4 landscape, fixed heights).

Each case's assertions come from expect_lines(); add a check there and every
generated timeline runs it."""
import pathlib
import random
import shutil
import sys

WORDS_EN = ("party congress court election protest reform law decree vote seat "
            "minister council signatures rally detained registered cancelled "
            "announced opposition parliament referendum sentence appeal strike "
            "march square capital journalists activists observers").split()
WORDS_RU = ("партия съезд суд выборы протест реформа закон указ голосование "
            "министр совет подписи митинг задержаны зарегистрирована отменён "
            "объявлено оппозиция парламент референдум приговор").split()
WORDS_KK = ("партия съезд сот сайлау наразылық реформа заң жарлық дауыс министр "
            "кеңес қолтаңба митинг ұсталды тіркелді жойылды жарияланды "
            "оппозиция парламент референдум үкім").split()
GROUPS = ("Party", "Courts", "Context", "Detentions", "Economy", "Reform", "Elections",
          "Protests", "Media")
SOURCES = ("RFE/RL", "Wikipedia", "CEC", "Reuters", "Akorda", "OSCE", "HRW")

# (name, --size or None, vertical allowed): pages a report would use.
PAGES = (("90mm", "90mm"), ("160mm", None), ("A4 landscape", "297x210mm"),
         ("160x80mm", "160x80mm"), ("160x100mm", "160x100mm"),
         ("90x120mm", "90x120mm"), ("A4 landscape fixed", "297x210mm"))


def words(rng, lang, n):
    pool = {"en": WORDS_EN, "ru": WORDS_RU, "kk": WORDS_KK}[lang]
    return [rng.choice(pool) for _ in range(n)]


def label(rng, lang):
    """A label as report writers write them: mostly a few words, sometimes
    long, sometimes with a number, a date or a quoted name."""
    n = rng.choice((2, 3, 3, 4, 5, 6, 8, 12))
    w = words(rng, lang, n)
    w[0] = w[0].capitalize()
    r = rng.random()
    if r < 0.15:
        w.insert(rng.randrange(len(w) + 1), f"{rng.randrange(2, 30)} February")
    elif r < 0.25:
        w.insert(rng.randrange(len(w) + 1), f"{rng.randrange(1, 99)},{rng.randrange(100, 999)}")
    elif r < 0.32:
        w.insert(rng.randrange(len(w) + 1), "«Нур Отан»")
    return " ".join(w)


def date(rng, day, precision, qualifier):
    """Day number (proleptic ordinal) at a precision, with ~ or ?."""
    import datetime
    d = datetime.date.fromordinal(day)
    text = {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}
    return text[precision] + qualifier


def events(rng, n, lang):
    """n rows: dates over a stretch of days, months or centuries."""
    import datetime
    start = datetime.date(rng.randrange(1500, 2020), 1, 1).toordinal()
    span = rng.choice((40, 120, 400, 3000, 20000, 150000))
    span = min(span, datetime.date(2030, 1, 1).toordinal() - start)
    rows = []
    with_groups = rng.random() < 0.7
    ngroups = rng.choice((1, 2, 3, 4, 5, 7, 9))
    with_priority = rng.random() < 0.7
    with_source = rng.random() < 0.5
    for i in range(n):
        day = start + int(rng.random() ** rng.choice((1, 1, 2, 3)) * span)
        if rows and rng.random() < 0.08:           # the same day as another
            day = rows[-1]["day"]
        precision = rng.choices(("day", "month", "year"), (8, 2, 1))[0]
        qualifier = rng.choices(("", "~", "?", "~?"), (12, 1, 1, 0.3))[0]
        row = {"day": day, "date": date(rng, day, precision, qualifier), "end": "",
               "label": label(rng, lang), "detail": "", "group": "", "source": "",
               "priority": ""}
        if rng.random() < 0.12:                    # a span
            end = min(day + rng.randrange(1, max(2, span // 3)),
                      datetime.date(2030, 1, 1).toordinal())
            if end > day:
                eprec = rng.choices(("day", "month", "year"), (6, 2, 1))[0]
                row["end"] = date(rng, end, eprec, rng.choices(("", "~", "?"), (10, 1, 1))[0])
        if rng.random() < 0.15:
            row["detail"] = " ".join(words(rng, lang, rng.randrange(3, 9))).capitalize()
        if with_groups:
            row["group"] = GROUPS[rng.randrange(ngroups)]
        if with_source and rng.random() < 0.7:
            row["source"] = rng.choice(SOURCES)
        if with_priority and rng.random() < 0.9:
            row["priority"] = str(rng.choice((0, 1, 1, 2, 2, 3, 4)))
        rows.append(row)
    return rows


def csv_field(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def write_csv(path, rows):
    cols = ("date", "end", "label", "detail", "group", "source", "priority")
    lines = [",".join(cols)]
    for r in rows:
        lines.append(",".join(csv_field(r[c]) for c in cols))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def args_line(rng, lang, page, vertical):
    a = ["timeline", "$DIR/in.csv", "-o", "$OUT/f.svg", "--scene", "$OUT/f.json"]
    if page:
        a += ["--size", page]
    if vertical:
        a.append("--vertical")
    if lang != "en":
        a += ["--lang", lang]
    if rng.random() < 0.4:
        a += ["--title", "'A generated timeline'"]
    if rng.random() < 0.2:
        a += ["--subtitle", "'Events, spans and their priorities'"]
    if rng.random() < 0.2:
        a += ["--caption", "'Generated from a seed.'"]
    return " ".join(a) + "\n"


def grows(case):
    """Whether the page's height follows its content (no fixed height)."""
    return case["page"] is None or "x" not in case["page"]


def expect_lines(case):
    """The assertions every generated timeline must pass; case holds its
    rows and settings. A horizontal page that grows keeps labels within
    TLPLACE_MAX_SHIFT_GROWING (72 pt) of their events, any other within
    TLPLACE_MAX_SHIFT (108 pt)."""
    near = 72 if grows(case) and not case["vertical"] else 108
    return [
        "exit 0",
        "scene $OUT/f.json",
        "no-text-overlap",
        "on-page",
        "text-clear-of stem axis",
        f"labelled {len(case['rows'])}",
        "priority-first",
        "no-crossing stem span-tie",
        "bars-clear-of stem",
        f"near-event {near}",
        "one-date-style",
    ]


def make_case(rng, index):
    lang = rng.choices(("en", "ru", "kk"), (6, 2, 2))[0]
    n = rng.choices((rng.randrange(1, 8), rng.randrange(8, 40), rng.randrange(40, 200),
                     rng.randrange(500, 3000)), (5, 8, 3, 0.4))[0]
    vertical = rng.random() < 0.25
    name, page = rng.choice(PAGES)
    # A vertical page needs its height for the axis; a fixed short page
    # holds a short timeline.
    if vertical and page in ("160x80mm", "90x120mm"):
        page = "160x140mm"
    if page == "160x80mm" and n > 60:
        page = "160x120mm"
    rows = events(rng, n, lang)
    case = {"index": index, "lang": lang, "rows": rows, "vertical": vertical, "page": page,
            "args": args_line(rng, lang, page, vertical)}
    return case


def main(argv):
    if len(argv) < 2 or argv[1].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(argv[1])
    seed, count = 8, 300
    rest = argv[2:]
    while rest:
        if rest[0] == "--seed" and len(rest) > 1:
            seed = int(rest[1])
        elif rest[0] == "--count" and len(rest) > 1:
            count = int(rest[1])
        else:
            print(__doc__, file=sys.stderr)
            return 2
        rest = rest[2:]
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for i in range(count):
        case = make_case(rng, i)
        d = out / f"gen-{i:03d}"
        d.mkdir()
        write_csv(d / "in.csv", case["rows"])
        (d / "args").write_text(case["args"], encoding="utf-8")
        (d / "expect").write_text("\n".join(expect_lines(case)) + "\n", encoding="utf-8")
    print(f"gen_timelines: {count} timelines from seed {seed} in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
