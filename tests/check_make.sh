#!/bin/sh
# check_make: the figure rules of the Makefile as a user meets them, in a
# copy of the source tree (the tracked files as they are now, and the
# program already built: make runs with -o build/render, so the copy does
# not compile it again):
#   make -j2 and a serial make after deleting out/ give the same bytes;
#   a second make draws nothing; editing one CSV or .args, or deleting an
#   .args, redraws only its figure; the palette, a font or the program
#   changed redraws all; a deleted CSV takes its files out of out/;
#   an .args with $(touch ...) or a command on a second line runs nothing;
#   make verify passes on a current out/ and fails naming the file after a
#   CSV edit; make SHARD=1/2 and SHARD=2/2 draw each figure once.
# usage: tests/check_make.sh WORK_DIR   (run from the source tree; $MAKE is
# the make to run, as the Makefile passes it)
set -eu
work=$1
top=$(pwd)
rm -rf "$work"
mkdir -p "$work/build"
git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$work"
cp -p build/render "$work/build/render"
cd "$work"

# Each make on its own: no jobserver or flags of the make running this.
mk() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL ${MAKE:-make} --no-print-directory \
		-o build/render "$@"
}
fail() {
	echo "check_make: $*" >&2
	exit 1
}
# out/ as "file inode" lines: a file written again is a new inode (it is
# written beside and renamed into place).
inodes() {
	(cd out && ls | sort | while read -r f; do echo "$f $(stat -c %i "$f")"; done)
}
# The figures whose files changed between two inodes listings, one a line.
redrawn() {
	diff "$1" "$2" | sed -n 's/^> \([^ ]*\)\.[a-z]* .*/\1/p' | sort -u | tr '\n' ' '
}
step() {
	inodes > before
	mk "$@" > log 2>&1 || { cat log >&2; fail "make $* failed"; }
	inodes > after
}
expect_redrawn() {
	got=$(redrawn before after)
	[ "$got" = "$1" ] || { cat log >&2; fail "$2: redrew '$got', expected '$1'"; }
}

rm -rf out
mk -j2 > log 2>&1 || { cat log >&2; fail "make -j2 failed"; }
cp -r out parallel
rm -rf out
mk > log 2>&1 || { cat log >&2; fail "a serial make failed"; }
diff -r parallel out > /dev/null || fail "make -j2 and a serial make differ"
diff -r "$top/out" out > /dev/null || fail "the figures differ from the tree's out/"

step
expect_redrawn "" "a second make"
grep -q "0 drawn" log || fail "a second make: no '0 drawn' in: $(cat log)"

sed -i '2s/,/ (edited),/' data/seats/majlis-2016.csv
step
expect_redrawn "majlis-2016 " "a CSV edited"

echo '--caption "Edited for the test"' >> data/timeline/democratic-party.args
step
expect_redrawn "democratic-party " "an .args edited"

rm data/timeline/democratic-party.args
step
expect_redrawn "democratic-party " "an .args removed"

echo 'Nobody,#123456' >> data/palette.csv
step
all="democratic-party democratic-party-context majlis-2016 majlis-2016-2023 "
expect_redrawn "$all" "the palette changed"

printf '\0' >> fonts/NotoSans-Regular.ttf
step
expect_redrawn "$all" "a font changed"

printf '\0' >> build/render
step
expect_redrawn "$all" "the program changed"

rm data/seats/majlis-2016-2023.csv data/seats/majlis-2016-2023.args
step
expect_redrawn "" "a CSV removed"
for f in out/majlis-2016-2023.pdf out/majlis-2016-2023.png out/majlis-2016-2023.svg; do
	[ ! -e "$f" ] || fail "a CSV removed: $f is still there"
done

cp data/timeline/democratic-party-context.args keep.args
printf '%s\n' '--title "$(touch pwned) `touch pwned2`"' 'touch pwned3' \
	> data/timeline/democratic-party-context.args
if mk > log 2>&1; then fail "an .args with a command line: make passed"; fi
grep -q 'data/timeline/democratic-party-context.args:2: "touch" is not an option' log ||
	fail "an .args with a command line: no message naming line 2 in: $(cat log)"
ls pwned* 2>/dev/null && fail "an .args ran a command"
cp keep.args data/timeline/democratic-party-context.args
mk > /dev/null 2>&1 || fail "make after the .args was restored"

mk verify > log 2>&1 || { cat log >&2; fail "make verify failed on a current out/"; }
sed -i '2s/,/ (again),/' data/seats/majlis-2016.csv
if mk verify > log 2>&1; then fail "make verify passed after a CSV edit"; fi
for f in out/majlis-2016.pdf out/majlis-2016.png out/majlis-2016.svg; do
	grep -q "^$f: not what data/seats/majlis-2016.csv gives" log ||
		fail "make verify does not name $f: $(cat log)"
done
mk > /dev/null 2>&1
mk verify > /dev/null 2>&1 || fail "make verify after make"

cp -r out whole
rm -rf out
mk SHARD=1/2 > /dev/null 2>&1 || fail "make SHARD=1/2"
ls out > first
mk SHARD=2/2 > /dev/null 2>&1 || fail "make SHARD=2/2"
diff -r whole out > /dev/null || fail "the two shards together differ from one make"
[ -s first ] && [ "$(wc -l < first)" -lt "$(ls out | wc -l)" ] ||
	fail "shard 1/2 drew nothing or everything"
mk verify SHARD=2/2 > /dev/null 2>&1 || fail "make verify SHARD=2/2"

cd "$top"
rm -rf "$work"
echo "check_make: passed"
