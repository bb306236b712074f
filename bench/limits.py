#!/usr/bin/python3
"""The worst inputs render's limits (render/limit.h) allow, timed.

Writes each input into build/limits/, runs build/render on it with
/usr/bin/time and writes bench/LIMITS.md: wall time, peak memory, exit status
and output size of every run. The promise (issue 12): at most 10 s and 1 GB
each. Inputs are made from a fixed seed, so every run times the same bytes.

    bench/limits.py [RENDER]      (make bench-limits)
"""
import os
import random
import subprocess
import sys

# render/limit.h, as bench inputs need them
INPUT_BYTES = 4 << 20
ROWS = 100000
FIELD_CHARS = 2000
ELECTIONS = 400
SEATS = 10000
SEATS_ALL = 120000
OPTION_CHARS = 1000

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "build", "limits")
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa",
         "lambda", "sigma", "omega", "Жанболат", "Қазақстан", "Ελλάδα"]


def text(rng, n):
    """n characters of words, all different from one call to the next."""
    out = []
    size = 0
    while size < n:
        w = rng.choice(WORDS) + str(rng.randint(0, 99999))
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n].strip()


def fill(path, header, row, limit=INPUT_BYTES, rows=ROWS):
    """header, then row(i) for i = 0, 1, ... while the file stays within
    limit bytes and rows rows."""
    size = len(header.encode()) + 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for i in range(rows):
            line = row(i) + "\n"
            n = len(line.encode())
            if size + n > limit:
                break
            f.write(line)
            size += n


def q(s):
    return '"' + s.replace('"', '""') + '"'


def inputs():
    """name -> path of each worst-case input."""
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(12)
    p = {}

    def date(i):
        return "%04d-%02d-%02d" % (1900 + i % 120, 1 + i % 12, 1 + i % 28)

    p["tl-rows"] = os.path.join(OUT, "tl-rows.csv")
    fill(p["tl-rows"], "date,label", lambda i: "%s,E%d" % (date(i), i))
    p["tl-long"] = os.path.join(OUT, "tl-long.csv")
    fill(p["tl-long"], "date,label,detail",
         lambda i: "%s,%s,%s" % (date(i), q(text(rng, FIELD_CHARS)), q(text(rng, FIELD_CHARS))))
    p["tl-sources"] = os.path.join(OUT, "tl-sources.csv")
    fill(p["tl-sources"], "date,label,source",
         lambda i: "%s,E%d,%s" % (date(i), i, q(text(rng, FIELD_CHARS))))
    p["tl-groups"] = os.path.join(OUT, "tl-groups.csv")
    fill(p["tl-groups"], "date,label,group",
         lambda i: "%s,E%d,%s" % (date(i), i, q(text(rng, FIELD_CHARS))))
    p["tl-all-columns"] = os.path.join(OUT, "tl-all-columns.csv")
    fill(p["tl-all-columns"], "date,end,label,detail,group,source,priority",
         lambda i: "%s,%04d,%s,%s,g%d,s%d,%d" % (date(i), 2030 + i % 9, q(text(rng, 200)),
                                             q(text(rng, 300)), i % 50, i % 500, i % 7))

    p["seats-all"] = os.path.join(OUT, "seats-all.csv")
    with open(p["seats-all"], "w") as f:
        f.write("party,seats,election\n")
        for e in range(SEATS_ALL // SEATS):
            for k in range(10):
                f.write("Party %d,%d,E%d\n" % (k, SEATS // 10, e))
    p["seats-parties"] = os.path.join(OUT, "seats-parties.csv")
    fill(p["seats-parties"], "party,short,seats",
         lambda i: "Party number %d,P%d,1" % (i, i), rows=SEATS)
    p["seats-long-names"] = os.path.join(OUT, "seats-long-names.csv")
    fill(p["seats-long-names"], "party,seats", lambda i: "%s,1" % q(text(rng, FIELD_CHARS)))
    p["seats-elections"] = os.path.join(OUT, "seats-elections.csv")
    seats = min(SEATS_ALL, ROWS)        # one seat a row
    parties = seats // ELECTIONS        # one seat each
    fill(p["seats-elections"], "party,seats,election",
         lambda i: "P%d,1,E%d" % (i % parties, i // parties), rows=seats)
    return p


def runs(p):
    """(name, arguments) of every run."""
    title = "T" * OPTION_CHARS
    r = []
    for fmt in ("pdf", "png", "svg"):
        r.append(("timeline, 100 000 rows, " + fmt, ["timeline", p["tl-rows"], "-o", "out." + fmt]))
        r.append(("timeline, 100 000 rows, vertical, " + fmt,
                  ["timeline", p["tl-rows"], "-o", "out." + fmt, "--vertical"]))
    r.append(("timeline, 100 000 rows, --strict", ["timeline", p["tl-rows"], "-o", "out.pdf", "--strict"]))
    r.append(("timeline, 100 000 rows, 180x100mm", ["timeline", p["tl-rows"], "-o", "out.pdf",
                                                   "--size", "180x100mm"]))
    r.append(("timeline, 100 000 rows, PNG of 100 Mpx", ["timeline", p["tl-rows"], "-o", "out.png",
                                                          "--size", "2400x2400pt", "--dpi", "300"]))
    for fmt in ("pdf", "png", "svg"):
        r.append(("timeline, labels and details of 2000 chars, " + fmt,
                  ["timeline", p["tl-long"], "-o", "out." + fmt]))
    r.append(("timeline, labels of 2000 chars, vertical", ["timeline", p["tl-long"], "-o", "out.pdf",
                                                          "--vertical"]))
    r.append(("timeline, a source of 2000 chars a row", ["timeline", p["tl-sources"], "-o", "out.pdf"]))
    r.append(("timeline, a group of 2000 chars a row", ["timeline", p["tl-groups"], "-o", "out.pdf"]))
    r.append(("timeline, every column", ["timeline", p["tl-all-columns"], "-o", "out.svg"]))
    r.append(("timeline, texts of 1000 chars", ["timeline", p["tl-rows"], "-o", "out.pdf",
                                                "--title", title, "--subtitle", title,
                                                "--caption", title]))
    houses = "seats, %d x %s seats, " % (SEATS_ALL // SEATS, format(SEATS, ",").replace(",", " "))
    per_election = "seats, %d elections x %d parties" % (ELECTIONS, min(SEATS_ALL, ROWS) // ELECTIONS)
    for fmt in ("pdf", "png", "svg"):
        r.append((houses + fmt, ["seats", p["seats-all"], "-o", "out." + fmt]))
    for layout in ("westminster", "waffle", "bar"):
        r.append((houses + layout,
                  ["seats", p["seats-all"], "-o", "out.pdf", "--layout", layout]))
    r.append((houses + "--labels", ["seats", p["seats-all"], "-o", "out.pdf",
                                                     "--labels", "--threshold", "2/3"]))
    r.append((houses + "PNG of 100 Mpx",
              ["seats", p["seats-all"], "-o", "out.png", "--size", "1800pt", "--dpi", "440"]))
    r.append(("seats, 10 000 parties of one seat", ["seats", p["seats-parties"], "-o", "out.pdf",
                                                    "--labels"]))
    r.append(("seats, names of 2000 chars", ["seats", p["seats-long-names"], "-o", "out.pdf"]))
    r.append((per_election, ["seats", p["seats-elections"], "-o", "out.pdf"]))
    r.append((per_election + ", bar", ["seats", p["seats-elections"], "-o",
                                                          "out.pdf", "--layout", "bar"]))
    return r


def main():
    render = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                             os.path.join(ROOT, "build", "render"))
    p = inputs()
    rows = []
    worst_s, worst_mb = 0.0, 0.0
    for name, args in runs(p):
        for f in ("out.pdf", "out.png", "out.svg"):
            if os.path.exists(os.path.join(OUT, f)):
                os.unlink(os.path.join(OUT, f))
        res = subprocess.run(["/usr/bin/time", "-f", "%e %M", render] + args, cwd=OUT,
                             capture_output=True, text=True)
        timing = res.stderr.strip().splitlines()[-1].split()
        secs, mb = float(timing[0]), int(timing[1]) / 1024
        out = os.path.join(OUT, args[args.index("-o") + 1])
        size = os.path.getsize(out) / 1e6 if os.path.exists(out) else 0
        px = ""
        if size and out.endswith(".png"):
            with open(out, "rb") as f:
                head = f.read(24)
            px = ", %d x %d px" % (int.from_bytes(head[16:20], "big"),
                                   int.from_bytes(head[20:24], "big"))
        msg = res.stderr.strip().splitlines()[0] if res.returncode else ""
        msg = msg.replace(OUT + "/", "")[:90]
        worst_s, worst_mb = max(worst_s, secs), max(worst_mb, mb)
        rows.append("| %s | %.2f | %.0f | %d | %s | %s |" % (
            name, secs, mb, res.returncode, ("%.1f" % size + px) if size else "", msg))
        print(rows[-1], flush=True)
    sizes = ", ".join("%s %.1f MB" % (k, os.path.getsize(v) / 1e6) for k, v in sorted(p.items()))
    with open(os.path.join(ROOT, "bench", "LIMITS.md"), "w") as f:
        f.write("# The worst inputs the limits allow\n\n"
                "Written by `bench/limits.py` (`make bench-limits`); the limits are in\n"
                "`render/limit.h` and the README. Wall time and peak memory (RSS) of\n"
                "one run each, on the machine that wrote this file; a run that exits 1\n"
                "stopped at a limit checked after the layout (the page), and its time\n"
                "is the time it took to say so.\n\n"
                "Inputs (`build/limits/`): %s.\n\n"
                "| run | seconds | MB | exit | output MB | message |\n"
                "|---|---|---|---|---|---|\n" % sizes)
        f.write("\n".join(rows) + "\n\n")
        f.write("Worst: %.2f s, %.0f MB (promised: at most 10 s and 1 GB).\n" % (worst_s, worst_mb))
    print("worst: %.2f s, %.0f MB" % (worst_s, worst_mb))
    return 0 if worst_s <= 10 and worst_mb <= 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
