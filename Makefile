# render: CSV timelines and seat charts to PDF, PNG and SVG.
# `make` installs missing Debian packages, builds build/render and draws every
# figure of data/ into out/; `make check` runs every test.


.DELETE_ON_ERROR:
.SUFFIXES:

PREFIX  = /usr/local
DESTDIR =
CC      = cc
CFLAGS  = -O2 -g
LDFLAGS =

PKGS = cairo pangocairo pangoft2 fontconfig glib-2.0 libpng zlib
TEST_PKGS = cmocka json-glib-1.0

# Debian packages the build, the tests and the figures need.
DEB_PACKAGES = make gcc pkg-config libc6-dev libcairo2-dev libpango1.0-dev \
	libglib2.0-dev libfontconfig-dev libcsv-dev libcmocka-dev libpng-dev \
	zlib1g-dev libjson-glib-dev poppler-utils

WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wwrite-strings -Wpointer-arith -Wformat=2 -Wundef -Wvla
# Deferred (=) so pkg-config runs after the deps step has installed it.
PKG_CFLAGS = $$(pkg-config --cflags $(PKGS))
PKG_LIBS   = $$(pkg-config --libs $(PKGS)) -lcsv -lm
ALL_CFLAGS = -std=c17 -D_GNU_SOURCE $(WARN) $(CFLAGS)

SRC  = $(wildcard render/*.c)
HDR  = $(wildcard render/*.h)
OBJ  = $(SRC:render/%.c=build/obj/%.o)
LIB_OBJ = $(filter-out build/obj/main.o,$(OBJ))
ASAN_OBJ = $(SRC:render/%.c=build/asan/%.o)
ASAN_LIB_OBJ = $(filter-out build/asan/main.o,$(ASAN_OBJ))
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

UNIT_SRC = $(wildcard tests/unit/*.c)
TEST_TOOLS = build/test_unit build/test_cases build/asan/test_unit build/failwrite.so

# Figures: data/timeline/NAME.csv and data/seats/NAME.csv, each with an
# optional NAME.args holding extra command-line options.
TIMELINES = $(wildcard data/timeline/*.csv)
SEATS     = $(wildcard data/seats/*.csv)
FIG_NAMES = $(notdir $(TIMELINES:.csv=) $(SEATS:.csv=))
FIGURES   = $(foreach n,$(FIG_NAMES),out/$(n).pdf out/$(n).png out/$(n).svg)

all: build/render figures

deps: build/.deps
build/.deps: Makefile
	@mkdir -p build
	@missing=""; for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q 'ok installed' \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		$$sudo apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing \
			|| { echo "could not install:$$missing; install them and run make again" >&2; exit 1; }; \
	fi
	@touch $@

build/render: $(OBJ)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(PKG_LIBS)

build/obj/%.o: render/%.c $(HDR) | build/.deps
	@mkdir -p build/obj
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

build/asan/%.o: render/%.c $(HDR) | build/.deps
	@mkdir -p build/asan
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) $(PKG_CFLAGS) -c -o $@ $<

build/asan/render: $(ASAN_OBJ)
	$(CC) $(ALL_CFLAGS) $(SAN) $(LDFLAGS) -o $@ $(ASAN_OBJ) $(PKG_LIBS)

build/test_unit: $(UNIT_SRC) $(LIB_OBJ) $(HDR)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) $$(pkg-config --cflags $(TEST_PKGS)) -Irender \
		-o $@ $(UNIT_SRC) $(LIB_OBJ) $(PKG_LIBS) $$(pkg-config --libs $(TEST_PKGS))

build/asan/test_unit: $(UNIT_SRC) $(ASAN_LIB_OBJ) $(HDR)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) $(PKG_CFLAGS) $$(pkg-config --cflags $(TEST_PKGS)) -Irender \
		-o $@ $(UNIT_SRC) $(ASAN_LIB_OBJ) $(PKG_LIBS) $$(pkg-config --libs $(TEST_PKGS))

build/test_cases: tests/cases.c | build/.deps
	$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(TEST_PKGS) glib-2.0) \
		-o $@ tests/cases.c $$(pkg-config --libs $(TEST_PKGS) glib-2.0) -lm

# LD_PRELOAD shim for the full-disk cases (tests/failwrite.c).
build/failwrite.so: tests/failwrite.c | build/.deps
	$(CC) $(ALL_CFLAGS) -fPIC -shared -o $@ tests/failwrite.c -ldl

figures: $(FIGURES)

# One process per figure, so the output never depends on what ran before it.
define figure_rules
out/$(1).pdf out/$(1).png out/$(1).svg: data/$(2)/$(1).csv $(wildcard data/$(2)/$(1).args) build/render
	@mkdir -p out
	@args=""; [ ! -f data/$(2)/$(1).args ] || args=$$$$(cat data/$(2)/$(1).args); \
	eval "set -- $$$$args"; \
	echo "build/render $(2) data/$(2)/$(1).csv -o $$@"; \
	build/render $(2) data/$(2)/$(1).csv -o $$@ "$$$$@"
endef
$(foreach n,$(notdir $(TIMELINES:.csv=)),$(eval $(call figure_rules,$(n),timeline)))
$(foreach n,$(notdir $(SEATS:.csv=)),$(eval $(call figure_rules,$(n),seats)))

# Tests: unit tests (cmocka), then the data-driven cases in tests/cases/
# against the normal and the sanitizer builds.
check: build/render build/asan/render $(TEST_TOOLS)
	build/test_unit
	ASAN_OPTIONS=detect_leaks=0 build/asan/test_unit
	build/test_cases build/render tests/cases
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
		build/test_cases build/asan/render tests/cases

# Benchmark (bench/README.md): render beside a floor program, matplotlib and a
# baseline build of BASE (default main); writes bench/RESULTS.md. Slow (about
# 20 minutes) and never part of `make check`.
BENCH_DEB_PACKAGES = python3-matplotlib time
bench: build/render
	@missing=""; for p in $(BENCH_DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q 'ok installed' \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
		$$sudo apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $$missing \
			|| { echo "could not install:$$missing" >&2; exit 1; }; \
	fi
	bench/run $(BASE)

install: build/render
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/render/fonts
	cp build/render $(DESTDIR)$(PREFIX)/bin/render
	cp fonts/*.ttf fonts/OFL.txt $(DESTDIR)$(PREFIX)/share/render/fonts/

clean:
	rm -rf build

.PHONY: all deps figures check bench install clean
