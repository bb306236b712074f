#!/usr/bin/python3
"""check_figures: every figure of tests/browser/figures and data/ drawn as PNG
and as SVG, outlined (the default) and with live text (--svg-text). Each SVG
must parse as XML and carry the figure's title, its alt text and one group
with a title per input row; live text must hold the lines of the scene; and
each must look like the PNG in headless chromium, the live-text one also in
Inkscape with the bundled fonts installed.

Usage: check_figures.py RENDER FIGURES WORKDIR [NAME...]
With names, only those figures. Exit status 0 when every check passes. Needs chromium, inkscape, python3-pil.
"""
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from PIL import Image, ImageChops, ImageFilter

SVG = '{http://www.w3.org/2000/svg}'
# Both drawn at 2 pixels a CSS pixel: 192 dpi for the PNG, a device scale
# factor of 2 for chromium, --export-dpi 192 for Inkscape.
DPI = 192
# Likeness: both images in grey, blurred by 1.5 pixels (anti-aliasing
# differs between cairo, Skia and Inkscape: where an edge meets a pixel
# boundary), then compared in 12x12 pixel tiles (4.5 pt squares), each at
# its best shift of at most one pixel (Chromium snaps baselines to whole
# pixels: a big bold count otherwise differs by 31). A tile whose mean
# difference is over TILE_MAX holds something drawn elsewhere or not at
# all. Measured: correct figures at most 18; a label moved by 1 pt across
# 28, down 25, a letter missing 41, a fallback font 126 (a label moved by
# only 0.5 pt, 14, passes).
BLUR = 1.5
TILE = 12
TILE_MAX = 22
SHIFT = 1        # pixels, half a point at 192 dpi
MEAN_MAX = 4     # and over the whole page (correct figures: at most about 2)

failures = []


def fail(name, msg):
    failures.append('%s: %s' % (name, msg))
    print('FAIL %s: %s' % (name, msg))


def figures(listing):
    """(name, args) for each line of listing and each figure of data/."""
    out = []
    with open(listing, encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                words = shlex.split(line)
                out.append((words[0], expand(words[1:])))
    for kind in ('timeline', 'seats'):
        for csv in sorted(glob.glob('data/%s/*.csv' % kind)):
            args = [kind, csv]
            if os.path.exists(csv[:-4] + '.args'):
                args.append('@' + csv[:-4] + '.args')
            out.append((os.path.basename(csv)[:-4], expand(args)))
    return out


def expand(words):
    """@FILE as render batch reads an .args file: each line in shell quoting,
    # comments, the --formats line left out."""
    out = []
    for w in words:
        if w.startswith('@'):
            with open(w[1:], encoding='utf-8') as f:
                for line in f:
                    line_words = shlex.split(line, comments=True)
                    if line_words and not line_words[0].startswith('--formats'):
                        out.extend(line_words)
        else:
            out.append(w)
    return out


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120, **kw)
    if r.returncode != 0:
        raise RuntimeError('%s: exit %d: %s' % (cmd[0], r.returncode,
                                                r.stderr.decode(errors='replace')))
    return r


def visible(text):
    """Text as the SVG holds it: no word joiners, no control characters."""
    return ''.join(c for c in text if c != '\u2060' and (c >= ' ' or c in '\t\n'))


def check_xml(name, path, scene, alt, title, live):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        fail(name, '%s is not XML: %s' % (path, e))
        return
    if root.tag != SVG + 'svg' or root.get('role') != 'img':
        fail(name, '%s: the root is not <svg role="img">' % path)
    kids = list(root)
    if len(kids) < 2 or kids[0].tag != SVG + 'title' or kids[1].tag != SVG + 'desc':
        fail(name, '%s: <title> and <desc> do not open the document' % path)
        return
    if (kids[0].text or '') != visible(title):
        fail(name, '%s: title %r, expected %r' % (path, kids[0].text, title))
    if (kids[1].text or '') != visible(alt):
        fail(name, '%s: <desc> is not the alt text' % path)
    ids = [e.get('id') for e in root.iter() if e.get('id')]
    if len(ids) != len(set(ids)):
        fail(name, '%s: ids repeat' % path)
    groups = {g.get('id'): g for g in root.iter(SVG + 'g') if g.get('id')}
    for gid, g in groups.items():
        first = list(g)[:1]
        if not first or first[0].tag != SVG + 'title' or not (first[0].text or '').strip():
            fail(name, '%s: <g id="%s"> has no <title>' % (path, gid))
    rows = sorted({it['row'] for it in scene['items'] if it.get('row')})
    missing = [r for r in rows if 'row-%d' % r not in groups]
    if missing:
        fail(name, '%s: no group for rows %s' % (path, missing))
    extra = [g for g in groups if g.startswith('row-') and int(g[4:]) not in rows]
    if extra:
        fail(name, '%s: groups for rows the scene does not draw: %s' % (path, extra))
    if live:
        check_live_text(name, path, root, scene)
    elif root.find('.//' + SVG + 'text') is not None:
        fail(name, '%s: outlined SVG has <text>' % path)


def check_live_text(name, path, root, scene):
    """The lines of every <text> are the lines of a scene text item."""
    def unhyphen(line, want):
        return line[:-1] if line[-1:] in '-\u2010' and not want.endswith(line[-1:]) else line
    got = []
    for t in root.iter(SVG + 'text'):
        got.append(tuple(''.join(ts.itertext()) for ts in t.findall(SVG + 'tspan')))
    want = [tuple(visible(l) for l in it['lines'])
            for it in scene['items'] if it['type'] == 'text']
    if len(got) != len(want):
        fail(name, '%s: %d <text>, the scene has %d texts' % (path, len(got), len(want)))
        return
    got = sorted(got, key=lambda lines: lines and lines[0])
    want = sorted(want, key=lambda lines: lines and lines[0])
    for g, w in zip(got, want):
        if len(g) != len(w) or any(unhyphen(a, b) != b for a, b in zip(g, w)):
            fail(name, '%s: <text> %r, the scene has %r' % (path, g, w))
    style = root.find(SVG + 'style')
    if style is None or 'data:font/ttf;base64,' not in (style.text or ''):
        fail(name, '%s: no embedded font' % path)


def likeness(png, shot):
    a0 = Image.open(png).convert('L')
    b0 = Image.open(shot).convert('RGBA')
    white = Image.new('RGBA', b0.size, 'white')   # Inkscape leaves alpha
    b0 = Image.alpha_composite(white, b0).convert('L')
    w, h = min(a0.width, b0.width), min(a0.height, b0.height)
    if abs(a0.width - b0.width) > 2 or abs(a0.height - b0.height) > 2:
        return None, None, 'sizes %s and %s' % (a0.size, b0.size)
    a = a0.crop((0, 0, w, h)).filter(ImageFilter.GaussianBlur(BLUR))
    b = b0.crop((0, 0, w, h)).filter(ImageFilter.GaussianBlur(BLUR))
    d = ImageChops.difference(a, b)
    hist = d.histogram()
    mean = sum(i * c for i, c in enumerate(hist)) / (w * h)
    box = (0, 0, w // TILE * TILE, h // TILE * TILE)
    # Chromium puts a text's baseline on a whole device pixel, cairo does
    # not: each tile is compared at its best shift of at most SHIFT pixels.
    tiles = None
    for dx in range(-SHIFT, SHIFT + 1):
        for dy in range(-SHIFT, SHIFT + 1):
            moved = ImageChops.offset(b, dx, dy)
            t = ImageChops.difference(a, moved).crop(box).reduce(TILE)
            tiles = t if tiles is None else ImageChops.darker(tiles, t)
    worst = max(tiles.getdata())
    return worst, mean, None


def compare(name, png, shot, what):
    worst, mean, err = likeness(png, shot)
    if err:
        fail(name, '%s: %s' % (what, err))
        return
    ok = worst <= TILE_MAX and mean <= MEAN_MAX
    print('%-4s %-24s %-22s worst tile %3d, mean %.2f' %
          ('ok' if ok else 'FAIL', name, what, worst, mean))
    if not ok:
        fail(name, '%s differs from the PNG (worst tile %d > %d or mean %.2f > %d)'
             % (what, worst, TILE_MAX, mean, MEAN_MAX))


def chromium_shot(svg, png_out, size, profile):
    """svg in headless chromium at 2 device pixels a CSS pixel."""
    w, h = (int(-(-v * 96 // 72)) for v in size)   # points to CSS px, rounded up
    shutil.rmtree(profile, ignore_errors=True)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--disable-background-networking', '--no-first-run',
         '--disable-component-update', '--disable-sync',
         '--user-data-dir=' + profile, '--hide-scrollbars',
         '--force-device-scale-factor=2', '--window-size=%d,%d' % (w, h),
         '--screenshot=' + png_out, 'file://' + os.path.abspath(svg)])


def inkscape_export(svgs, work):
    """Each SVG to a PNG beside it, with the bundled fonts installed (as a
    graphics desk has Noto Sans): Inkscape does not read @font-face."""
    conf = os.path.join(work, 'fonts.conf')
    with open(conf, 'w') as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                '<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                '<dir>%s</dir>\n<cachedir>%s</cachedir>\n</fontconfig>\n'
                % (os.path.abspath('fonts'), os.path.join(work, 'fc-cache')))
    env = dict(os.environ, FONTCONFIG_FILE=conf, HOME=work)
    run(['inkscape', '--export-type=png', '--export-dpi=%d' % DPI,
         '--export-background=white', '--export-background-opacity=1'] + svgs, env=env)


def main():
    render, listing = sys.argv[1:3]
    work = os.path.abspath(sys.argv[3])   # fontconfig reads a relative path from /etc/fonts
    only = sys.argv[4:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, 'inkscape'))
    live_svgs = []
    for name, args in figures(listing):
        if only and name not in only:
            continue
        base = os.path.join(work, name)
        try:
            run([render] + args + ['-o', base + '.png', '--dpi', str(DPI),
                                   '--scene', base + '.json', '--alt', base + '.txt'])
            run([render] + args + ['-o', base + '.svg'])
            run([render] + args + ['-o', base + '-text.svg', '--svg-text'])
        except RuntimeError as e:
            fail(name, str(e))
            continue
        with open(base + '.json', encoding='utf-8') as f:
            scene = json.load(f)
        with open(base + '.txt', encoding='utf-8') as f:
            alt = f.read()
        title = args[args.index('--title') + 1] if '--title' in args else alt.split('\n')[0]
        size = (scene['page']['width'], scene['page']['height'])
        for svg, live in ((base + '.svg', False), (base + '-text.svg', True)):
            check_xml(name, svg, scene, alt, title, live)
            shot = svg[:-4] + '.chromium.png'
            try:
                chromium_shot(svg, shot, size, os.path.join(work, 'profile'))
            except RuntimeError as e:
                fail(name, str(e))
                continue
            compare(name, base + '.png', shot, 'chromium, ' + ('text' if live else 'outlines'))
        live_svgs.append((name, base, os.path.join(work, 'inkscape', name + '.svg')))
        shutil.copy(base + '-text.svg', live_svgs[-1][2])
    try:
        inkscape_export([svg for _, _, svg in live_svgs], work)
    except RuntimeError as e:
        fail('inkscape', str(e))
    for name, base, svg in live_svgs:
        if os.path.exists(svg[:-4] + '.png'):
            compare(name, base + '.png', svg[:-4] + '.png', 'inkscape, text')
        else:
            fail(name, 'Inkscape wrote no PNG')
    if live_svgs:
        controls(live_svgs[-1][1], work)
    print('%d failure(s)' % len(failures))
    return 1 if failures else 0


def controls(base, work):
    """The comparison must see a small fault: the first label of a figure
    moved by 1 pt, and one of its letters dropped."""
    with open(base + '-text.svg', encoding='utf-8') as f:
        src = f.read()
    with open(base + '.json', encoding='utf-8') as f:
        page = json.load(f)['page']
    m = re.search(r'<tspan x="([\d.]+)" y="([\d.]+)">(\w)(\w)', src)
    if not m:
        fail('controls', 'no label to move in %s-text.svg' % base)
        return
    x, y, a, b = m.groups()
    faults = {
        'moved 1 pt': '<tspan x="%.3f" y="%s">%s%s' % (float(x) + 1, y, a, b),
        'letter dropped': '<tspan x="%s" y="%s">%s' % (x, y, a),
    }
    for what, tspan in faults.items():
        svg = os.path.join(work, 'control.svg')
        with open(svg, 'w', encoding='utf-8') as f:
            f.write(src[:m.start()] + tspan + src[m.end():])
        shot = os.path.join(work, 'control.png')
        chromium_shot(svg, shot, (page['width'], page['height']),
                      os.path.join(work, 'profile'))
        worst, mean, err = likeness(base + '.png', shot)
        caught = err or worst > TILE_MAX or mean > MEAN_MAX
        print('%-4s control: %-16s worst tile %3d' % ('ok' if caught else 'FAIL', what, worst))
        if not caught:
            fail('controls', '%s passes the comparison' % what)


if __name__ == '__main__':
    sys.exit(main())
