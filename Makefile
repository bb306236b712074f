# render: CSV timelines and seat charts to PDF, PNG and SVG.
# `make` builds build/render and draws every figure of data/ into out/;
# `make check` runs every test. Each first installs the Debian packages it
# needs when they are missing (BUILD_NEEDS, TEST_NEEDS below).

.DELETE_ON_ERROR:
.SUFFIXES:

PREFIX  = /usr/local
DESTDIR =
BINDIR  = $(PREFIX)/bin
MAN1DIR = $(PREFIX)/share/man/man1
FONTDIR = $(PREFIX)/share/render/fonts
CC      = cc
CFLAGS  = -O2 -g
LDFLAGS =

# harfbuzz-subset embeds font subsets in SVG text; freetype2 and pixman only
# for their versions (--version).
PKGS = cairo pangocairo pangoft2 fontconfig glib-2.0 libpng zlib harfbuzz harfbuzz-subset \
	freetype2 pixman-1
TEST_PKGS = cmocka json-glib-1.0

WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wwrite-strings -Wpointer-arith -Wformat=2 -Wundef -Wvla
# Deferred (=) so pkg-config runs after the deps step has installed it.
PKG_CFLAGS = $$(pkg-config --cflags $(PKGS))
PKG_LIBS   = $$(pkg-config --libs $(PKGS)) -lcsv -lm
# WERROR=1 (as CI builds) turns every warning into an error.
WERROR =
ALL_CFLAGS = -std=c17 -D_GNU_SOURCE $(WARN) $(if $(filter 1,$(WERROR)),-Werror) $(CFLAGS)

SRC  = $(wildcard render/*.c)
OBJ  = $(SRC:render/%.c=build/obj/%.o)
LIB_OBJ = $(filter-out build/obj/main.o,$(OBJ))
ASAN_OBJ = $(SRC:render/%.c=build/asan/%.o)
ASAN_LIB_OBJ = $(filter-out build/asan/main.o,$(ASAN_OBJ))
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_OBJ = $(UNIT_SRC:tests/unit/%.c=build/unit/%.o)
ASAN_UNIT_OBJ = $(UNIT_SRC:tests/unit/%.c=build/asan/unit/%.o)
UNIT_CFLAGS = $(PKG_CFLAGS) $$(pkg-config --cflags $(TEST_PKGS)) -Irender

# Figures: data/timeline/NAME.csv and data/seats/NAME.csv, each with an
# optional NAME.args of options (README, "Adding a figure"), and
# data/palette.csv for all, drawn into out/ by one `render batch`. It
# remembers in BATCH_STATE what each figure was drawn from, so only figures
# whose CSV, .args, palette, fonts or program changed (or whose files in out/
# did) are drawn again, and removes from out/ the figures no CSV makes.
# make -jN gives it N worker processes; SHARD=I/N draws share I of N, for N
# CI machines; COMPARE=DIR-or-git-revision for `make review`.
DATA        = data
OUT         = out
BATCH_STATE = build/figures.state
SHARD       =
COMPARE     =
# -jN as make was given it (-j alone: one a processor), else 1.
MAKE_JOBS  = $(filter -j%,$(MAKEFLAGS))
BATCH_JOBS = $(if $(MAKE_JOBS),$(or $(patsubst -j%,%,$(MAKE_JOBS)),0),1)
# V=1: each figure drawn printed as the render command that draws it alone.
V          =
BATCH      = build/render batch $(DATA) -o $(OUT) -j$(BATCH_JOBS)$(if $(SHARD), --shard \
	$(SHARD))$(if $(filter 1,$(V)), -v)

all: build/render figures

# What the build needs, as pairs: a shell test that passes when it is there,
# then the Debian package that brings it. pkg-config decides, not dpkg, so a
# machine with the libraries from elsewhere builds as well.
BUILD_NEEDS = \
	'command -v $(CC)' gcc \
	'command -v pkg-config' pkg-config \
	'pkg-config --exists cairo' libcairo2-dev \
	'pkg-config --exists pangocairo pangoft2' libpango1.0-dev \
	'pkg-config --exists harfbuzz harfbuzz-subset' libharfbuzz-dev \
	'pkg-config --exists fontconfig' libfontconfig-dev \
	'pkg-config --exists glib-2.0' libglib2.0-dev \
	'pkg-config --exists libpng' libpng-dev \
	'pkg-config --exists zlib' zlib1g-dev \
	'pkg-config --exists harfbuzz' libharfbuzz-dev \
	'pkg-config --exists freetype2' libfreetype-dev \
	'pkg-config --exists pixman-1' libpixman-1-dev \
	'printf "\#include <csv.h>\nint main(void) { return csv_init(0, 0); }\n" | \
		$(CC) $(CFLAGS) $(LDFLAGS) -x c -o /dev/null - -lcsv' libcsv-dev
# What only `make check` needs.
PYTHON = /usr/bin/python3
TEST_NEEDS = \
	'pkg-config --exists cmocka' libcmocka-dev \
	'command -v man' man-db \
	'command -v groff' groff-base \
	'pkg-config --exists json-glib-1.0' libjson-glib-dev \
	'command -v pdffonts' poppler-utils \
	'$(PYTHON) -c "import jsonschema"' python3-jsonschema

# $(call install_missing,NEEDS): runs each test of NEEDS and, for those that
# fail, installs their packages with apt-get (through sudo when not root) if
# this is a Debian system. Elsewhere it names what is missing and carries on:
# the compiler will say exactly what it lacks.
define install_missing
	@set -- $(1); missing=""; \
	while [ $$# -gt 1 ]; do \
		( eval "$$1" ) >/dev/null 2>&1 || missing="$$missing $$2"; \
		shift 2; \
	done; \
	if [ -z "$$missing" ]; then :; \
	elif command -v dpkg >/dev/null 2>&1; then \
		echo "installing Debian packages:$$missing"; \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		$$sudo apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing \
			|| { echo "could not install:$$missing; install them and run make again" >&2; exit 1; }; \
	else \
		echo "warning: not found, and no dpkg to install it with:$$missing (Debian names)" >&2; \
	fi
	@touch $@
endef

deps: build/.deps
build/.deps: Makefile
	@mkdir -p build
	$(call install_missing,$(BUILD_NEEDS))

# After build/.deps, so two apt-get never run at once under make -j.
test-deps: build/.test-deps
build/.test-deps: Makefile | build/.deps
	$(call install_missing,$(TEST_NEEDS))

build/render: $(OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(PKG_LIBS)

# Objects are also rebuilt when the compiler flags change (WERROR=1,
# CFLAGS=...): build/cflags holds the flags of the last build and is rewritten
# only when they differ.
build/cflags: FORCE
	@mkdir -p build
	@echo '$(CC) $(ALL_CFLAGS)' | cmp -s - $@ || echo '$(CC) $(ALL_CFLAGS)' > $@
FORCE:

# Each object depends on the headers it includes, as the compiler lists them
# in a .d file beside it (-MP: a deleted header is no error).
DEPFLAGS = -MMD -MP

build/obj/%.o: render/%.c build/cflags | build/.deps
	@mkdir -p build/obj
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) $(PKG_CFLAGS) -c -o $@ $<

build/asan/%.o: render/%.c build/cflags | build/.deps
	@mkdir -p build/asan
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) $(DEPFLAGS) $(PKG_CFLAGS) -c -o $@ $<

build/unit/%.o: tests/unit/%.c build/cflags | build/.test-deps
	@mkdir -p build/unit
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) $(UNIT_CFLAGS) -c -o $@ $<

build/asan/unit/%.o: tests/unit/%.c build/cflags | build/.test-deps
	@mkdir -p build/asan/unit
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) $(DEPFLAGS) $(UNIT_CFLAGS) -c -o $@ $<

build/asan/render: $(ASAN_OBJ)
	$(CC) $(ALL_CFLAGS) $(SAN) $(LDFLAGS) -o $@ $(ASAN_OBJ) $(PKG_LIBS)

build/test_unit: $(UNIT_OBJ) $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(LIB_OBJ) $(PKG_LIBS) \
		$$(pkg-config --libs $(TEST_PKGS))

build/asan/test_unit: $(ASAN_UNIT_OBJ) $(ASAN_LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(SAN) $(LDFLAGS) -o $@ $(ASAN_UNIT_OBJ) $(ASAN_LIB_OBJ) \
		$(PKG_LIBS) $$(pkg-config --libs $(TEST_PKGS))

# Every tests/case*.c: the runner and its assertion modules.
CASES_SRC = $(wildcard tests/case*.c)
build/test_cases: $(CASES_SRC) tests/case.h build/cflags | build/.test-deps
	$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(TEST_PKGS) glib-2.0) \
		-o $@ $(CASES_SRC) $$(pkg-config --libs $(TEST_PKGS) glib-2.0) -lm

# LD_PRELOAD shim for the full-disk cases (tests/failwrite.c).
build/failwrite.so: tests/failwrite.c build/cflags | build/.deps
	$(CC) $(ALL_CFLAGS) -fPIC -shared -o $@ tests/failwrite.c -ldl

# The batch decides what is stale by content (render batch --help), so this
# runs every time and does nothing when nothing changed.
figures: build/render
	$(BATCH) --state $(BATCH_STATE)

# Fails, naming each file, when out/ is not what data/ gives (PDF and SVG by
# content, PNG by pixels) or holds figures no CSV makes; draws nothing there.
verify: build/render
	$(BATCH) --check

# out/index.html: every figure, its data file and alt text; with COMPARE=
# (a folder or a git revision, e.g. COMPARE=HEAD) the changed ones side by
# side with the old and their difference. Draws what is stale first.
review: build/render
	$(BATCH) --state $(BATCH_STATE) --review $(if $(COMPARE),--compare $(COMPARE))

# Tests: unit tests (cmocka), the data-driven cases of tests/cases/ against
# the normal and the sanitizer builds, then every scene the cases wrote
# against tests/scene.schema.json. Each part is its own target, so
# `make -j2 check` runs two at a time (add -O to keep their outputs apart).
# Leaks fail the sanitizer runs, with no suppressions: fonts_close frees
# fontconfig too.
SAN_ENV = ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
SCENES = build/scenes

check: check-unit check-unit-asan check-cases check-cases-asan check-gen check-scenes \
	check-man check-install check-fuzz-replay check-hostile check-readme check-make check-review

check-unit: build/test_unit
	build/test_unit

check-unit-asan: build/asan/test_unit
	$(SAN_ENV) build/asan/test_unit

check-cases: build/render build/test_cases build/failwrite.so
	rm -rf $(SCENES)
	build/test_cases --keep-scenes $(SCENES) build/render tests/cases

check-cases-asan: build/asan/render build/test_cases build/failwrite.so
	$(SAN_ENV) build/test_cases build/asan/render tests/cases

# Generated cases, run like tests/cases (format in tests/cases/README.md)
# against the normal build: a few hundred seeded random timelines
# (tests/gen_timelines.py), their scenes checked against the schema too, and
# random seat charts (tests/gen_seats.py): the same cases for the same seed,
# GEN_PER_LAYOUT per layout and as many small multiples.
GEN_TL_CASES = build/gen-timeline-cases
GEN_SCENES = build/gen-scenes
GEN_SEED = 9
GEN_PER_LAYOUT = 200
GEN_SEAT_CASES = build/gen-seat-cases

gen-cases: tests/gen_timelines.py | build/.test-deps
	$(PYTHON) tests/gen_timelines.py $(GEN_TL_CASES)
	$(PYTHON) tests/gen_seats.py --seed $(GEN_SEED) --per-layout $(GEN_PER_LAYOUT) $(GEN_SEAT_CASES)

check-gen: build/render build/test_cases gen-cases
	rm -rf $(GEN_SCENES)
	build/test_cases --keep-scenes $(GEN_SCENES) build/render $(GEN_TL_CASES)
	build/test_cases build/render $(GEN_SEAT_CASES)

check-scenes: check-cases check-gen | build/.test-deps
	$(PYTHON) tests/validate_scenes.py tests/scene.schema.json $(SCENES) $(GEN_SCENES)

# Fuzzing (tests/fuzz/README.md). The harnesses, built three ways: with
# libFuzzer for `make fuzz` (clang); and in make check, with gcc and the
# sanitizers, as a replay of the seeds (the CSVs of tests/cases and data/ up
# to 64 KB) and of every crash or timeout the fuzzers found
# (tests/fuzz/regress/TARGET/), and as a seeded property test of hostile
# inputs (tests/fuzz/hostile.c).
FUZZ_TARGETS = csv timeline seats
FUZZ_SRC = tests/fuzz/fuzz_common.c $(FUZZ_TARGETS:%=tests/fuzz/fuzz_%.c)
FUZZ_CFLAGS = $(PKG_CFLAGS) -Irender -Itests/fuzz
FUZZ_SEEDS = $$(find tests/cases data -name '*.csv' -size -65k | sort)

build/asan/replay_fuzz: tests/fuzz/replay.c $(FUZZ_SRC) tests/fuzz/fuzz.h $(ASAN_LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -DFUZZ_NO_ENTRY $(FUZZ_CFLAGS) $(LDFLAGS) -o $@ \
		tests/fuzz/replay.c $(FUZZ_SRC) $(ASAN_LIB_OBJ) $(PKG_LIBS)

build/asan/hostile: tests/fuzz/hostile.c $(FUZZ_SRC) tests/fuzz/fuzz.h $(ASAN_LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -DFUZZ_NO_ENTRY $(FUZZ_CFLAGS) $(LDFLAGS) -o $@ \
		tests/fuzz/hostile.c $(FUZZ_SRC) $(ASAN_LIB_OBJ) $(PKG_LIBS)

check-fuzz-replay: build/asan/replay_fuzz
	@for t in $(FUZZ_TARGETS); do \
		echo "build/asan/replay_fuzz $$t <seeds> tests/fuzz/regress/$$t"; \
		$(SAN_ENV) build/asan/replay_fuzz $$t $(FUZZ_SEEDS) tests/fuzz/regress/$$t || exit 1; \
	done

check-hostile: build/asan/hostile
	$(SAN_ENV) build/asan/hostile

# `make fuzz` runs each libFuzzer target for FUZZ_SECONDS (600 by default;
# make -j3 fuzz runs the three at once), from a corpus in build/fuzz/corpus/
# seeded as the replay is; a crash, leak, timeout (5 s) or memory blow-up
# (2 GB) stops it and leaves the input in build/fuzz/artifacts/TARGET/.
FUZZ_CC = clang
FUZZ_SECONDS = 600
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
FUZZ_OBJ = $(LIB_OBJ:build/obj/%.o=build/fuzz/obj/%.o)
FUZZ_NEEDS = \
	'command -v $(FUZZ_CC)' clang \
	'echo "int LLVMFuzzerTestOneInput(const char *d, long n) { return 0; }" | \
		$(FUZZ_CC) -fsanitize=fuzzer -x c -o /dev/null -' libclang-rt-dev
build/.fuzz-deps: Makefile | build/.deps
	$(call install_missing,$(FUZZ_NEEDS))

build/fuzz/obj/%.o: render/%.c build/cflags | build/.fuzz-deps
	@mkdir -p build/fuzz/obj
	$(FUZZ_CC) -std=c17 -D_GNU_SOURCE -g -O1 $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
		$(DEPFLAGS) $(PKG_CFLAGS) -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	$(FUZZ_CC) -std=c17 -D_GNU_SOURCE -g -O1 $(FUZZ_SAN) -fsanitize=fuzzer \
		$(FUZZ_CFLAGS) -o $@ $< tests/fuzz/fuzz_common.c $(FUZZ_OBJ) $(PKG_LIBS)

fuzz: $(FUZZ_TARGETS:%=fuzz-%)

fuzz-%: build/fuzz/fuzz_%
	@mkdir -p build/fuzz/corpus/$* build/fuzz/artifacts/$*
	@for f in $(FUZZ_SEEDS) tests/fuzz/regress/$*/*; do \
		[ -f "$$f" ] && cp "$$f" build/fuzz/corpus/$*/seed-$$(echo "$$f" | tr / _); \
	done; true
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp \
	build/fuzz/fuzz_$* -max_total_time=$(FUZZ_SECONDS) \
		-timeout=5 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
		-artifact_prefix=build/fuzz/artifacts/$*/ build/fuzz/corpus/$*

# The figures' SVGs against their PNGs in headless chromium and, with live
# text, in Inkscape; and the SVGs parsed as XML (tests/browser/). Not part of
# `make check`: chromium and Inkscape are desktop programs, a 150 MB download
# and 550 MB on disk, that a build's tests should not pull onto every
# machine; CI runs it (.ci/run). About a minute and a half.
BROWSER_NEEDS = \
	'command -v chromium' chromium \
	'command -v inkscape' inkscape \
	'$(PYTHON) -c "import PIL"' python3-pil
build/.browser-deps: Makefile | build/.review-deps
	$(call install_missing,$(BROWSER_NEEDS))

check-browser: build/render build/.browser-deps
	$(PYTHON) tests/browser/check_figures.py build/render tests/browser/figures build/browser
	$(PYTHON) tests/browser/check_review.py build/render build/review

# The README's source table names every file of render/.
check-readme:
	@missing=; for f in render/*.c; do \
		grep -q "\`$$f\`" README.md || missing="$$missing $$f"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "README.md: Layout of the source does not name:$$missing"; exit 1; fi

# The manual page renders without a warning, fits 80 columns and describes
# every option --help lists.
check-man: build/render | build/.test-deps
	$(PYTHON) tests/check_man.py build/render doc/render.1

# The figure rules as a user meets them, in a copy of the tree
# (tests/check_make.sh): serial and parallel make give the same files, a
# second make draws nothing, an edit redraws only its figure, a removed CSV
# takes its files along, make verify and SHARD= behave.
check-make: build/render | build/.test-deps
	+MAKE="$(MAKE)" tests/check_make.sh $(CURDIR)/build/check-make

# The review page in headless chromium (tests/browser/check_review.py): it
# loads without console errors, every image loads, the difference view marks
# what changed. make check installs chromium (not Inkscape) for it.
REVIEW_NEEDS = \
	'command -v chromium' chromium \
	'$(PYTHON) -c "import PIL"' python3-pil
build/.review-deps: Makefile | build/.test-deps
	$(call install_missing,$(REVIEW_NEEDS))

check-review: build/render build/.review-deps
	$(PYTHON) tests/browser/check_review.py build/render build/review

# make install into a stage folder, the installed program run, then make
# uninstall leaving no file behind.
check-install: build/render | build/.test-deps
	+MAKE="$(MAKE)" tests/check_install.sh $(CURDIR)/build/stage

# Benchmark (bench/README.md): render beside a floor program, matplotlib and a
# baseline build of BASE (default main); writes bench/RESULTS.md. Slow (about
# 15 minutes) and never part of `make check`.
BENCH_NEEDS = \
	'$(PYTHON) -c "import matplotlib"' python3-matplotlib \
	'test -x /usr/bin/time' time
build/.bench-deps: Makefile | build/.deps
	$(call install_missing,$(BENCH_NEEDS))

bench: build/render build/.bench-deps
	bench/run $(BASE)

# The worst inputs the limits of render/limit.h allow, timed (bench/limits.py):
# writes bench/LIMITS.md and fails if one takes more than 10 s or 1 GB.
bench-limits: build/render build/.bench-deps
	$(PYTHON) bench/limits.py build/render

# The program, its fonts (found from the program's folder as
# ../share/render/fonts) and its manual page; uninstall removes those files.
FONT_FILES = $(notdir $(wildcard fonts/*.ttf)) OFL.txt
install: build/render
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(FONTDIR) $(DESTDIR)$(MAN1DIR)
	install -m 755 build/render $(DESTDIR)$(BINDIR)/render
	install -m 644 $(addprefix fonts/,$(FONT_FILES)) $(DESTDIR)$(FONTDIR)/
	install -m 644 doc/render.1 $(DESTDIR)$(MAN1DIR)/render.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/render $(DESTDIR)$(MAN1DIR)/render.1
	rm -f $(addprefix $(DESTDIR)$(FONTDIR)/,$(FONT_FILES))
	rmdir $(DESTDIR)$(FONTDIR) $(DESTDIR)$(PREFIX)/share/render 2>/dev/null || true

clean:
	rm -rf build

-include $(FUZZ_OBJ:.o=.d) $(OBJ:.o=.d) $(ASAN_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(ASAN_UNIT_OBJ:.o=.d)

.PHONY: all deps test-deps figures verify review check check-unit check-unit-asan \
	check-cases check-cases-asan check-scenes gen-cases check-gen check-browser check-man \
	check-install check-make check-review bench bench-limits check-fuzz-replay check-hostile \
	check-readme fuzz install uninstall clean FORCE
