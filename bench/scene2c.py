#!/usr/bin/python3
"""scene2c.py KIND SCENE.json OUT.c: render's scene of a figure as the floor
program's fixed drawing list (bench/floor.h). KIND (timeline or seats) picks
which roles render sets bold or italic, as the scene JSON does not say."""
import json
import sys

FACES = {
    "timeline": {"bold": {"title", "date", "callout"},
                 "italic": {"detail", "more", "note", "break"}},
    "seats": {"bold": {"title", "election"}, "italic": set()},
}


def c_string(s):
    out = []
    for ch in s.encode("utf-8"):
        if ch in (0x22, 0x5C):
            out.append("\\" + chr(ch))
        elif 0x20 <= ch < 0x7F:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'


def colour(s):
    return int(s[1:], 16) if s else 0


def main():
    kind, scene_path, out_path = sys.argv[1:4]
    scene = json.load(open(scene_path, encoding="utf-8"))
    faces = FACES[kind]
    lines, points = [], []
    for i, it in enumerate(scene["items"]):
        t = it["type"]
        role = it.get("role", "")
        f = {"kind": "FLOOR_" + {"seat": "CIRCLE"}.get(t, t.upper()),
             "v": [0, 0, 0, 0], "fill": 0, "stroke": 0, "has_fill": 0,
             "has_stroke": 0, "hatch": int(bool(it.get("hatch"))),
             "closed": int(bool(it.get("closed"))), "opacity": 1,
             "stroke_width": it.get("stroke_width", 0.5), "text": "NULL",
             "size": 0, "bold": 0, "italic": 0, "points": "NULL", "npoints": 0}
        if t == "text":
            f["v"][:2] = [it["x"], it["y"]]
            f["fill"] = colour(it.get("color", "#000000"))
            f["text"] = c_string("\n".join(it["lines"]))
            f["size"] = it["size"]
            f["bold"] = int(role in faces["bold"] or (role == "total" and it["size"] > 20))
            f["italic"] = int(role in faces["italic"])
        elif t == "line":
            f["v"] = [it["x1"], it["y1"], it["x2"], it["y2"]]
        elif t == "rect":
            f["v"] = [it["x"], it["y"], it["w"], it["h"]]
        elif t in ("circle", "seat"):
            f["v"][:3] = [it["cx"], it["cy"], it["r"]]
        elif t == "path":
            flat = [c for p in it["points"] for c in p]
            points.append("static const double p%d[] = {%s};" % (i, ", ".join(map(repr, flat))))
            f["points"], f["npoints"] = "p%d" % i, len(it["points"])
        if t != "text" and "fill" in it:
            f["fill"], f["has_fill"] = colour(it["fill"]), 1
            f["opacity"] = it.get("opacity", 1)
        if "stroke" in it:
            f["stroke"], f["has_stroke"] = colour(it["stroke"]), 1
        lines.append("\t{%s, {%s}, 0x%06x, 0x%06x, %d, %d, %d, %d, %r, %r, %s, %r, %d, %d, %s, %d},"
                     % (f["kind"], ", ".join(map(repr, f["v"])), f["fill"], f["stroke"],
                        f["has_fill"], f["has_stroke"], f["hatch"], f["closed"],
                        f["opacity"], f["stroke_width"], f["text"], f["size"], f["bold"],
                        f["italic"], f["points"], f["npoints"]))
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('/* Written by bench/scene2c.py from %s. */\n#include "floor.h"\n\n'
                  % scene_path.split("/")[-1])
        out.write("\n".join(points) + "\n\n")
        out.write("const FloorItem floor_items[] = {\n%s\n};\n" % "\n".join(lines))
        out.write("const int floor_nitems = %d;\n" % len(lines))
        out.write("const double floor_width = %r, floor_height = %r;\n"
                  % (scene["page"]["width"], scene["page"]["height"]))


if __name__ == "__main__":
    main()
