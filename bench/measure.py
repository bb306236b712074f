#!/usr/bin/python3
"""measure.py WORK TOP BASE: the timing half of bench/run (which has built
TOP/build/render, the baseline WORK/base/build/render and the inputs in
WORK/in). It builds one floor program per figure from render's scene of it,
then runs every case's commands in turn (render, floor, matplotlib, baseline;
again and again), takes medians, measures peak memory with /usr/bin/time -v,
prints one table and writes TOP/bench/RESULTS.md.

Environment: BENCH_RUNS (default 7, at least 7 for RESULTS.md),
BENCH_CASES (a regular expression: only the cases it matches; then
RESULTS.md is not written)."""
import datetime
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time

WORK, TOP, BASE_REF = sys.argv[1:4]
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ONLY = os.environ.get("BENCH_CASES")
PY = "/usr/bin/python3"
RENDER = os.path.join(TOP, "build", "render")
BASE = os.path.join(WORK, "base", "build", "render")
IN = os.path.join(WORK, "in")
OUT = os.path.join(WORK, "out")
FONTS = os.path.join(TOP, "fonts")
BATCH = 100


def args_file(path):
    return shlex.split(open(path, encoding="utf-8").read()) if os.path.exists(path) else []


# Figures: command, input, extra options. Each gets a floor program.
FIGURES = {
    "dp": ("timeline", os.path.join(TOP, "data/timeline/democratic-party.csv"),
           args_file(os.path.join(TOP, "data/timeline/democratic-party.args"))),
    "majlis": ("seats", os.path.join(TOP, "data/seats/majlis-2016.csv"),
               args_file(os.path.join(TOP, "data/seats/majlis-2016.args"))),
    "events-1000": ("timeline", os.path.join(IN, "events-1000.csv"), []),
    "events-10000": ("timeline", os.path.join(IN, "events-10000.csv"), []),
    "events-100000": ("timeline", os.path.join(IN, "events-100000.csv"), []),
    "events-100000-small": ("timeline", os.path.join(IN, "events-100000.csv"),
                            ["--size", "180x100mm"]),
    "seats-107": ("seats", os.path.join(IN, "seats-107.csv"), []),
    "seats-650": ("seats", os.path.join(IN, "seats-650.csv"), []),
    "seats-3000": ("seats", os.path.join(IN, "seats-3000.csv"), []),
    "elections": ("seats", os.path.join(IN, "elections-40x3000.csv"), []),
}

# Cases: name, figure, format, matplotlib too, and the goal of issue 11:
# (what, limit) with what one of "floor" (render / floor), "mpl"
# (render / matplotlib), "base" (render / baseline: "hold"), "ms" (render
# CPU ms), "MiB" (render peak memory).
CASES = [
    ("Democratic Party timeline, PDF", "dp", "pdf", True, [("floor", 1.10), ("mpl", 1 / 30)]),
    ("Democratic Party timeline, PNG 300 dpi", "dp", "png", True, [("floor", 0.60), ("mpl", 1 / 8)]),
    ("Majlis seats, PDF", "majlis", "pdf", True, [("base", 1.05)]),
    ("Majlis seats, PNG 300 dpi", "majlis", "png", True, [("floor", 0.60)]),
    ("1 000 events, PDF", "events-1000", "pdf", False, []),
    ("10 000 events, PDF", "events-10000", "pdf", False, []),
    ("100 000 events, PDF", "events-100000", "pdf", False, [("ms", 500), ("MiB", 100)]),
    ("100 000 events, PDF, 180x100 mm", "events-100000-small", "pdf", False,
     [("ms", 500), ("MiB", 100)]),
    ("107 seats, PDF", "seats-107", "pdf", True, []),
    ("650 seats, PDF", "seats-650", "pdf", True, []),
    ("3 000 seats, PDF", "seats-3000", "pdf", True, [("ms", 50)]),
    ("40 elections x 3 000 seats, PDF", "elections", "pdf", False, [("ms", 1000), ("MiB", 100)]),
    ("40 elections x 3 000 seats, SVG", "elections", "svg", False, [("ms", 1000), ("MiB", 100)]),
    ("batch of 100 figures (100 processes)", "batch", "mixed", True, [("mpl", 1 / 30)]),
]


def run_ok(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        sys.exit("bench: %s failed:\n%s" % (" ".join(cmd), r.stderr))
    return r.stdout


def build_floors():
    """floor-FIG for each figure, from render's scene of that figure."""
    fdir = os.path.join(WORK, "floor")
    os.makedirs(fdir, exist_ok=True)
    pkgs = ["pangocairo", "pangoft2", "fontconfig", "cairo", "glib-2.0"]
    cflags = run_ok(["pkg-config", "--cflags"] + pkgs).split()
    libs = run_ok(["pkg-config", "--libs"] + pkgs).split() + ["-lcsv", "-lm"]
    main_o = os.path.join(fdir, "floor.o")
    run_ok(["cc", "-std=c17", "-O2", "-Wall", "-Wextra", "-c", "-I" + os.path.join(TOP, "bench")]
           + cflags + ["-o", main_o, os.path.join(TOP, "bench", "floor.c")])
    for fig, (cmd, csv, extra) in FIGURES.items():
        if not wanted_figure(fig):
            continue
        scene = os.path.join(fdir, fig + ".json")
        run_ok([RENDER, cmd, csv, "-o", os.path.join(fdir, fig + ".pdf"), "--scene", scene] + extra)
        src = os.path.join(fdir, fig + ".c")
        run_ok([PY, os.path.join(TOP, "bench", "scene2c.py"), cmd, scene, src])
        obj = os.path.join(fdir, fig + ".o")   # data only: -O0 compiles 120 000 seats fast
        run_ok(["cc", "-O0", "-c", "-I" + os.path.join(TOP, "bench"), "-o", obj, src])
        run_ok(["cc", "-o", os.path.join(fdir, "floor-" + fig), main_o, obj] + libs)


def wanted_figure(fig):
    return any(f == fig or (f == "batch" and fig in ("dp", "majlis")) for _, f, _, _, _ in
               selected())


def selected():
    return [c for c in CASES if not ONLY or re.search(ONLY, c[0])]


def out_path(who, fig, fmt, n=0):
    return os.path.join(OUT, "%s-%s-%d.%s" % (who, fig, n, fmt))


def mpl_args(fig):
    cmd, csv, extra = FIGURES[fig]
    opts = []
    for k in range(0, len(extra) - 1, 2):
        if extra[k] in ("--title", "--subtitle", "--caption"):
            opts += extra[k:k + 2]
    return [cmd, csv] + opts


def batch_data():
    """The same 100 figures as a data folder for `render batch`: NAME.csv and
    NAME.args (the figure's options and --formats pdf or png) each."""
    data = os.path.join(WORK, "batchdata")
    kinds = [("dp", "pdf"), ("dp", "png"), ("majlis", "pdf"), ("majlis", "png")]
    for n in range(BATCH):
        fig, fmt = kinds[n % 4]
        cmd, csv, extra = FIGURES[fig]
        folder = os.path.join(data, cmd)
        os.makedirs(folder, exist_ok=True)
        name = "%s-%03d" % (fig, n)
        with open(csv, "rb") as src, open(os.path.join(folder, name + ".csv"), "wb") as dst:
            dst.write(src.read())
        with open(os.path.join(folder, name + ".args"), "w", encoding="utf-8") as f:
            f.write(shlex.join(extra) + "\n--formats " + fmt + "\n")
    return data


def batch_scripts():
    """The batch: 25 each of the two charts as PDF and as PNG, one process a
    figure (render, baseline, floor) or one Python process for all (matplotlib);
    and the same figures as one `render batch`, with one and two workers."""
    kinds = [("dp", "pdf"), ("dp", "png"), ("majlis", "pdf"), ("majlis", "png")]
    scripts = {"render": [], "base": [], "floor": []}
    mpl = []
    for n in range(BATCH):
        fig, fmt = kinds[n % 4]
        cmd, csv, extra = FIGURES[fig]
        for who, exe in (("render", RENDER), ("base", BASE)):
            scripts[who].append(shlex.join([exe, cmd, csv, "-o", out_path(who, fig, fmt, n)] + extra))
        scripts["floor"].append(shlex.join([os.path.join(WORK, "floor", "floor-" + fig), csv,
                                            out_path("floor", fig, fmt, n)]))
        a = mpl_args(fig)
        mpl.append(shlex.join(a[:2] + [out_path("mpl", fig, fmt, n)] + a[2:]))
    cmds = {}
    for who, lines in scripts.items():
        path = os.path.join(WORK, "batch-%s.sh" % who)
        with open(path, "w", encoding="utf-8") as f:
            f.write("set -e\n" + "\n".join(lines) + "\n")
        cmds[who] = ["sh", path]
    path = os.path.join(WORK, "batch-mpl.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(mpl) + "\n")
    cmds["mpl"] = [PY, os.path.join(TOP, "bench", "mpl_charts.py"), "batch", path]
    data = batch_data()
    for who, jobs in (("batch1", "1"), ("batch2", "2")):
        cmds[who] = [RENDER, "batch", data, "-o", os.path.join(OUT, who), "-j", jobs]
    return cmds


def commands(case):
    """Who runs the case and how: render, floor, mpl, base."""
    _, fig, fmt, with_mpl, _ = case
    if fig == "batch":
        c = batch_scripts()
        return {k: c[k] for k in ("render", "batch1", "batch2", "floor", "mpl", "base")}
    cmd, csv, extra = FIGURES[fig]
    c = {"render": [RENDER, cmd, csv, "-o", out_path("render", fig, fmt)] + extra,
         "floor": [os.path.join(WORK, "floor", "floor-" + fig), csv, out_path("floor", fig, fmt)]}
    if with_mpl:
        a = mpl_args(fig)
        c["mpl"] = [PY, os.path.join(TOP, "bench", "mpl_charts.py")] + a[:2] + \
            [out_path("mpl", fig, fmt)] + a[2:]
    c["base"] = [BASE, cmd, csv, "-o", out_path("base", fig, fmt)] + extra
    return c


def timed(cmd):
    """CPU seconds (user + system, the process and all it waited for) and wall seconds."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit("bench: %s exited %d:\n%s" % (shlex.join(cmd), p.returncode, err))
    return ru.ru_utime + ru.ru_stime, wall


def peak_mib(cmd):
    """Maximum resident set size as /usr/bin/time -v reports it, in MiB."""
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return int(m.group(1)) / 1024 if m else float("nan")


def measure(case):
    cmds = commands(case)
    cpu = {k: [] for k in cmds}
    wall = {k: [] for k in cmds}
    for _ in range(RUNS):
        for who, cmd in cmds.items():   # in turn, so load hits every command alike
            c, w = timed(cmd)
            cpu[who].append(c * 1000)
            wall[who].append(w * 1000)
    mem = {who: peak_mib(cmd) for who, cmd in cmds.items()}
    med = {k: statistics.median(v) for k, v in cpu.items()}
    wmed = {k: statistics.median(v) for k, v in wall.items()}
    return med, wmed, mem


def fmt_ms(v):
    return "—" if v is None else ("%.0f" % v if v >= 100 else "%.1f" % v)


def ratio(a, b, faster=False):
    """a / b; with faster, also how many times faster a is."""
    if a is None or b is None:
        return "—"
    r = a / b
    text = "%.2f×" % r if r >= 0.1 else "%.3f×" % r
    return text + (" (%.0f× faster)" % (1 / r) if faster else "")


def goal_text(goals, med, mem):
    out = []
    for what, limit in goals:
        r = med.get("render")
        if what == "floor":
            got, txt = r / med["floor"], "≤ %.2f× floor" % limit
        elif what == "mpl":
            got, txt = r / med["mpl"], "≥ %.0f× faster than matplotlib" % (1 / limit)
        elif what == "base":
            got, txt = r / med["base"], "hold: ≤ %.2f× baseline" % limit
        elif what == "ms":
            got, txt = r, "≤ %d ms" % limit
        else:
            got, txt = mem["render"], "≤ %d MiB" % limit
        out.append("%s %s" % ("met" if got <= limit else "**missed**", txt))
    return "; ".join(out) if out else ""


def versions():
    v = run_ok([RENDER, "--version"]).strip().replace("\n", ": ")
    b = run_ok([BASE, "--version"]).strip().splitlines()[0]
    mpl = run_ok([PY, "-c", "import matplotlib, sys; print('matplotlib', matplotlib.__version__,"
                  " '/ Python', sys.version.split()[0])"]).strip()
    return v, b, mpl


def machine():
    model = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return "%s, %d cores, %s %s, load %.1f at start" % (
        model or platform.processor(), os.cpu_count(), platform.system(), platform.release(),
        os.getloadavg()[0])


def png_sizes():
    """render's PNG against the baseline's, which cairo's writer encoded."""
    rows = []
    for fig in ("dp", "majlis"):
        r, f = out_path("render", fig, "png"), out_path("base", fig, "png")
        if os.path.exists(r) and os.path.exists(f):
            a, b = os.path.getsize(r), os.path.getsize(f)
            rows.append("| %s | %d | %d | %+.0f %% |" % (fig, b, a, 100 * (a / b - 1)))
    return rows


def batch_table(med, wmed):
    """render batch against one render process a figure, from the batch case."""
    rows = ["| how | CPU ms | wall ms | CPU ÷ 100 processes | wall ÷ 100 processes |",
            "|---|---|---|---|---|"]
    for who, what in (("render", "100 processes, one a figure (`sh` script)"),
                      ("batch1", "one `render batch`, -j 1"),
                      ("batch2", "one `render batch`, -j 2 (two worker processes)")):
        rows.append("| %s | %s | %s | %s | %s |" % (
            what, fmt_ms(med[who]), fmt_ms(wmed[who]), ratio(med[who], med["render"]),
            ratio(wmed[who], wmed["render"])))
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    os.environ.setdefault("RENDER_FONTS", FONTS)
    started = machine()
    print("bench: building the floor programs from render's scenes ...", file=sys.stderr)
    build_floors()
    head = ("| case | render ms | floor ms | matplotlib ms | baseline ms | render ÷ floor "
            "| render ÷ matplotlib | render ÷ baseline | peak MiB render / floor / baseline "
            "| issue 11 goal |")
    rule = "|" + "---|" * 10
    rows, walls, batch_rows = [], [], []
    print(head)
    print(rule)
    for case in selected():
        med, wmed, mem = measure(case)
        if "batch1" in med:
            batch_rows = batch_table(med, wmed)
        g = med.get
        row = "| %s | %s | %s | %s | %s | %s | %s | %s | %.0f / %.0f / %.0f | %s |" % (
            case[0], fmt_ms(g("render")), fmt_ms(g("floor")), fmt_ms(g("mpl")), fmt_ms(g("base")),
            ratio(g("render"), g("floor")), ratio(g("render"), g("mpl"), faster=True),
            ratio(g("render"), g("base")), mem["render"], mem["floor"], mem["base"],
            goal_text(case[4], med, mem))
        print(row, flush=True)
        rows.append(row)
        w = wmed.get
        walls.append("| %s | %s | %s | %s | %s |" % (case[0], fmt_ms(w("render")), fmt_ms(w("floor")),
                                                    fmt_ms(w("mpl")), fmt_ms(w("base"))))
    if batch_rows:
        print("\n" + "\n".join(batch_rows))
    if ONLY or RUNS < 7:
        print("bench: BENCH_CASES or BENCH_RUNS < 7 given: RESULTS.md left as it was",
              file=sys.stderr)
        return
    v, b, mpl = versions()
    text = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run) on %s. Each command ran %d times, in turn with "
        "the others of its case (render, floor, matplotlib, baseline, render, ...); times are "
        "medians of CPU time (user + system, including child processes), in milliseconds. "
        "Peak memory is the maximum resident set size from `/usr/bin/time -v`, one more run "
        "each." % (datetime.date.today().isoformat(), RUNS),
        "",
        "- render: %s" % v,
        "- baseline: %s, %s" % (BASE_REF, b),
        "- %s (Debian python3-matplotlib, /usr/bin/python3)" % mpl,
        "- machine: %s" % started,
        "",
        "**floor**: bench/floor.c, built from render's own `--scene` of each figure: reads the "
        "same CSV with libcsv and draws the same primitives and labels with cairo and pango "
        "at fixed positions, no measuring, no layout; PNG through cairo's own writer. "
        "**matplotlib**: bench/mpl_charts.py, the two charts and the seat cases as a "
        "matplotlib user would draw them; its batch is one Python process for all 100 figures. "
        "The batch is 25 each of the two charts as PDF and PNG; render, baseline and floor "
        "run one process per figure.",
        "",
        head, rule] + rows + [
        "",
        "The same 100 figures drawn by one `render batch` (a data folder of 100 CSV files "
        "with their .args, each naming its format), measured in the same run, in turn with "
        "the others (CPU time counts the workers):",
        "",
        ] + batch_rows + [
        "",
        "Where the time goes in each missed goal (callgrind profiles, what is left and why): "
        "[PROFILES.md](PROFILES.md).",
        "",
        "Wall-clock medians (ms), for reference; the machine is shared, so CPU time above is "
        "the measure:",
        "",
        "| case | render | floor | matplotlib | baseline |",
        "|---|---|---|---|---|"] + walls + [
        "",
        "PNG size: the baseline's file (cairo's writer) against render's encoder "
        "(`--png-compress fast`, the default):",
        "",
        "| figure | cairo bytes | render bytes | larger by |",
        "|---|---|---|---|"] + png_sizes() + [""]
    with open(os.path.join(TOP, "bench", "RESULTS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(text))
    print("bench: wrote bench/RESULTS.md", file=sys.stderr)


if __name__ == "__main__":
    main()
