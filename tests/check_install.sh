#!/bin/sh
# check_install: `make install` puts the program, its fonts and its manual
# page under a DESTDIR, where the program finds its fonts and man reads the
# page; `make uninstall` takes every file away again.
# usage: tests/check_install.sh STAGE_DIR   (run from the source tree; $MAKE
# is the make to run, as the Makefile passes it)
set -eu
stage=$1
make=${MAKE:-make}
prefix=/usr/local
rm -rf "$stage"
$make --no-print-directory install DESTDIR="$stage" PREFIX="$prefix" >/dev/null
root=$stage$prefix
for f in bin/render share/man/man1/render.1 share/render/fonts/NotoSans-Regular.ttf \
	share/render/fonts/OFL.txt; do
	test -f "$root/$f" || { echo "check_install: $f not installed" >&2; exit 1; }
done
test -x "$root/bin/render" || { echo "check_install: bin/render is not executable" >&2; exit 1; }
printf 'date,label\n2019-10-16,Party founded\n' | "$root/bin/render" timeline - -T svg \
	> "$stage/figure.svg"
grep -q '<svg' "$stage/figure.svg" || { echo "check_install: the installed render drew no SVG" >&2; exit 1; }
MANWIDTH=80 man -l "$root/share/man/man1/render.1" | grep -q 'STANDARD INPUT AND OUTPUT' \
	|| { echo "check_install: man cannot read the installed page" >&2; exit 1; }
$make --no-print-directory uninstall DESTDIR="$stage" PREFIX="$prefix" >/dev/null
left=$(find "$root" -type f)
if [ -n "$left" ]; then
	echo "check_install: make uninstall left: $left" >&2
	exit 1
fi
rm -rf "$stage"
