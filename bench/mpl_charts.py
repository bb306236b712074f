#!/usr/bin/python3
"""mpl_charts.py: the benchmark's two charts drawn the way a report writer
would draw them with matplotlib (Debian's python3-matplotlib; run it with
/usr/bin/python3), for bench/run to time beside render.

  mpl_charts.py timeline IN.csv OUT.pdf|OUT.png [--title T] [--subtitle S] [--caption C]
  mpl_charts.py seats    IN.csv OUT.pdf|OUT.png [--title T] [--subtitle S] [--caption C]
  mpl_charts.py batch    LIST     (one "KIND IN.csv OUT [options]" a line; one process)

Same page sizes as render's figures (160 mm wide), the bundled Noto Sans,
300 dpi PNG, TrueType (not Type 3) fonts in the PDF. Each chart reads its CSV,
places its labels by a simple rule (alternating levels, wrapped at 40
characters) and draws markers, stems, brackets, a legend and notes; the
hemicycle places seats row by row and colours them in angle order."""
import csv
import datetime
import math
import os
import shlex
import sys
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

MM = 1 / 25.4
PALETTE = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442"]
HERE = os.path.dirname(os.path.abspath(__file__))


def setup_fonts():
    fonts = os.environ.get("RENDER_FONTS", os.path.join(HERE, "..", "fonts"))
    for name in sorted(os.listdir(fonts)):
        if name.endswith(".ttf"):
            font_manager.fontManager.addfont(os.path.join(fonts, name))
    matplotlib.rcParams.update({"font.family": "Noto Sans", "pdf.fonttype": 42,
                                "font.size": 7.5})


def parse_date(s):
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date and its precision."""
    s = s.strip().rstrip("~?")
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), "year"
    if len(parts) == 2:
        return datetime.date(parts[0], parts[1], 1), "month"
    return datetime.date(*parts), "day"


def month_end(d):
    nxt = datetime.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def frame(fig, title, subtitle, caption):
    if title:
        fig.text(0.015, 0.975, title, fontsize=12, weight="bold", va="top")
    if subtitle:
        fig.text(0.015, 0.915, subtitle, fontsize=8.5, color="#5c5c5c", va="top")
    if caption:
        fig.text(0.015, 0.02, textwrap.fill(caption, 130), fontsize=6.5,
                 color="#5c5c5c", va="bottom")


def timeline(path, out, title=None, subtitle=None, caption=None):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    events, groups, sources = [], {}, {}
    for r in rows:
        d, prec = parse_date(r["date"])
        g = (r.get("group") or "").strip()
        s = (r.get("source") or "").strip()
        if g and g not in groups:
            groups[g] = PALETTE[len(groups) % len(PALETTE)] if len(groups) < 7 else "#8f8f8f"
        if s and s not in sources:
            sources[s] = len(sources) + 1
        events.append((d, prec, r["label"].strip(), (r.get("detail") or "").strip(), g, s))
    events.sort(key=lambda e: e[0])
    fig = plt.figure(figsize=(160 * MM, 100 * MM))
    ax = fig.add_axes([0.02, 0.16, 0.96, 0.62])
    sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    middle = mdates.date2num(events[0][0] + (events[-1][0] - events[0][0]) / 2)
    for i, (d, prec, label, detail, g, s) in enumerate(events):
        level = (1 + i % 3) * (1 if i % 2 == 0 else -1)
        colour = groups.get(g, "#333333")
        x = mdates.date2num(d)
        if prec == "month":
            ax.plot([x, x, mdates.date2num(month_end(d)), mdates.date2num(month_end(d))],
                    [0.15, 0.3, 0.3, 0.15], color=colour, lw=1.1)
        else:
            ax.scatter([x], [0], s=18, color=colour, edgecolors="white", linewidths=0.6,
                       zorder=3)
        ax.vlines(x, 0, level * 0.8, color="#8f8f8f", lw=0.5)
        text = textwrap.fill(label + (str(sources[s]).translate(sup) if s else ""), 40)
        when = d.strftime("%d %b %Y") if prec == "day" else d.strftime("%b %Y")
        va = "bottom" if level > 0 else "top"
        block = [when, text] + ([detail] if detail else [])
        ax.annotate("\n".join(block), (x, level * 0.8), fontsize=7.5, va=va,
                    ha="left" if x <= middle else "right", color="#1a1a1a")
    ax.axhline(0, color="#333333", lw=0.8)
    ax.set_ylim(-3.2, 3.2)
    ax.yaxis.set_visible(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_position("zero")
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%B\n%Y"))
    ax.xaxis.set_minor_locator(mdates.DayLocator(bymonthday=[15]))
    ax.tick_params(labelsize=6.5)
    for g, colour in groups.items():
        ax.scatter([], [], color=colour, label=g)
    if groups:
        fig.legend(loc="upper left", bbox_to_anchor=(0.01, 0.88), ncol=len(groups),
                   frameon=False, fontsize=7)
    notes = "; ".join("%s %s" % (str(n).translate(sup), s) for s, n in sources.items())
    frame(fig, title, subtitle, ("Sources: " + notes + ". " if notes else "") + (caption or ""))
    fig.savefig(out, dpi=300)
    plt.close(fig)


def seat_positions(total):
    """Seats on concentric half rings, as many a row as its length allows,
    listed by angle from left to right."""
    rows = max(1, round(math.sqrt(total / 4)))
    radii = [1 - 0.5 * i / max(1, rows - 1) if rows > 1 else 1 for i in range(rows)]
    length = sum(radii)
    counts = [round(total * r / length) for r in radii]
    counts[0] += total - sum(counts)
    seats = []
    for r, n in zip(radii, counts):
        for k in range(n):
            a = math.pi * (1 - (k + 0.5) / n)
            seats.append((a, r * math.cos(a), r * math.sin(a)))
    seats.sort(key=lambda s: -s[0])
    size = (0.5 / rows) if rows > 1 else 0.3
    return [(x, y) for _, x, y in seats], size


def seats(path, out, title=None, subtitle=None, caption=None):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    parties = [(r["party"].strip(), int(r["seats"]), (r.get("color") or "").strip(),
                (r.get("kind") or "party").strip()) for r in rows]
    total = sum(p[1] for p in parties)
    pos, size = seat_positions(total)
    fig = plt.figure(figsize=(160 * MM, 123 * MM))
    ax = fig.add_axes([0.05, 0.3, 0.9, 0.55])
    ax.set_aspect("equal")
    ax.axis("off")
    at = 0
    for i, (name, n, colour, kind) in enumerate(parties):
        colour = colour or PALETTE[i % len(PALETTE)]
        xs = [p[0] for p in pos[at:at + n]]
        ys = [p[1] for p in pos[at:at + n]]
        diameter_pt = size * 0.8 * ax.get_window_extent().width / 2.2 * 72 / fig.dpi
        ax.scatter(xs, ys, s=diameter_pt ** 2, color=colour if kind == "party" else "#d7d7d7",
                   edgecolors="#707070" if kind != "party" else "none",
                   hatch="/////" if kind == "appointed" else None, linewidths=0.5)
        at += n
    majority = total // 2 + 1
    ax.axvline(0, ymin=0.4, ymax=0.93, color="#262626", lw=1.1)
    ax.text(0, 1.12, "Majority: %d" % majority, ha="center", fontsize=8.5)
    ax.text(0, 0.12, str(total), ha="center", fontsize=26, weight="bold")
    ax.text(0, 0.0, "seats", ha="center", fontsize=9.4, color="#5c5c5c")
    ax.set_xlim(-1.1, 1.1)
    ax.set_ylim(-0.05, 1.15)
    for i, (name, n, colour, kind) in enumerate(parties[:12]):
        y = 0.26 - i * 0.035
        fig.add_artist(Line2D([0.05], [y + 0.008], marker="o", markersize=6, lw=0,
                              color=colour or PALETTE[i % len(PALETTE)],
                              transform=fig.transFigure))
        fig.text(0.07, y, name + (" (%s)" % kind if kind != "party" else ""), fontsize=8.5)
        fig.text(0.56, y, str(n), fontsize=8.5, ha="right")
        fig.text(0.64, y, "%.1f%%" % (100 * n / total), fontsize=8.5, ha="right",
                 color="#5c5c5c")
    frame(fig, title, subtitle, caption)
    fig.savefig(out, dpi=300)
    plt.close(fig)


def run(argv):
    kind, path, out = argv[:3]
    opts = {}
    rest = argv[3:]
    for i in range(0, len(rest) - 1, 2):
        opts[rest[i].lstrip("-")] = rest[i + 1]
    {"timeline": timeline, "seats": seats}[kind](path, out, **opts)


def main():
    setup_fonts()
    if sys.argv[1] == "batch":
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    run(shlex.split(line))
    else:
        run(sys.argv[1:])


if __name__ == "__main__":
    main()
