#!/usr/bin/env python3
"""check_man: the manual page reads well and tells the whole story.

usage: check_man.py RENDER_BINARY PAGE

man renders PAGE without a warning, no line of it is wider than 80
columns, and every option that `render COMMAND --help` lists is described
in it (as \\-\\-name). Exits 1 and says what is wrong otherwise."""
import os
import re
import subprocess
import sys

COMMANDS = ("timeline", "seats", "batch")


def man(page, *flags):
    env = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80", MANROFFSEQ="")
    return subprocess.run(["man", *flags, "-l", page], env=env,
                          capture_output=True, text=True)


def main():
    render, page = sys.argv[1], sys.argv[2]
    problems = []
    warned = man(page, "--warnings", "-E", "UTF-8", "-Tutf8", "-Z")
    if warned.returncode or warned.stderr.strip():
        problems.append("man --warnings: " + warned.stderr.strip())
    shown = man(page)
    # overstrike (bold, underline) as man may leave it, then the bare text
    text = re.sub(r".\x08", "", shown.stdout)
    for n, line in enumerate(text.splitlines(), 1):
        if len(line.expandtabs()) > 80:
            problems.append(f"line {n} is {len(line.expandtabs())} columns wide: {line.strip()}")
    source = open(page, encoding="utf-8").read()
    for command in COMMANDS:
        helped = subprocess.run([render, command, "--help"], capture_output=True,
                                text=True, check=True).stdout
        for name in sorted(set(re.findall(r"^\s+(?:-\w, )?--([a-z][a-z-]*)", helped, re.M))):
            if "\\-\\-" + name.replace("-", "\\-") not in source:
                problems.append(f"--{name} (render {command} --help) is not described")
    for p in problems:
        print(f"{page}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
