/* case_assert: the assertions an expect file may use, as one table of
 * name, arguments, flags and check; see tests/cases/README.md and case.h. */
#include "case.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static gboolean same_files(const char *a, const char *b)
{
	char *da = NULL, *db = NULL;
	gsize la = 0, lb = 0;
	gboolean same = g_file_get_contents(a, &da, &la, NULL) &&
	                g_file_get_contents(b, &db, &lb, NULL) && la == lb &&
	                memcmp(da, db, la) == 0;
	g_free(da);
	g_free(db);
	return same;
}

/* Every font in the PDF is embedded and is one of the bundled Noto Sans faces. */
static void check_pdf_fonts(const char *pdf)
{
	char *argv[] = {(char *)"pdffonts", (char *)pdf, NULL};
	char *out = NULL;
	int status = 0;
	if (!g_spawn_sync(NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
	                  NULL, NULL, &out, NULL, &status, NULL) || status != 0) {
		case_fail("pdffonts %s failed (is poppler-utils installed?)", pdf);
		g_free(out);
		return;
	}
	char **lines = g_strsplit(out, "\n", -1);
	int fonts = 0;
	for (int i = 2; lines[0] && lines[1] && lines[i]; i++) {
		if (!*lines[i])
			continue;
		fonts++;
		char *plus = strchr(lines[i], '+');
		const char *name = plus ? plus + 1 : lines[i];
		if (!g_str_has_prefix(name, "NotoSans-"))
			case_fail("PDF font not from fonts/: %s", lines[i]);
		if (!strstr(lines[i], " yes "))
			case_fail("PDF font not embedded: %s", lines[i]);
	}
	if (!fonts)
		case_fail("PDF %s has no fonts", pdf);
	g_strfreev(lines);
	g_free(out);
}

static gboolean arg_int(Ctx *x, const char *s, int *out)
{
	gint64 v = 0;
	if (g_ascii_string_to_signed(s, 10, INT_MIN, INT_MAX, &v, NULL)) {
		*out = (int)v;
		return TRUE;
	}
	case_fail("%s: \"%s\" is not a whole number", x->e->line, s);
	return FALSE;
}

static void a_exit(Ctx *x)
{
	int want;
	if (arg_int(x, x->e->argv[0], &want) && x->last->status != want)
		case_fail("exit %d, expected %d; stderr: %s", x->last->status, want, x->last->err);
}

static void a_stderr(Ctx *x)
{
	char *want = g_strconcat(x->e->rest, "\n", NULL);
	if (strcmp(x->last->err, want))
		case_fail("stderr is:\n    %s  expected:\n    %s", x->last->err, want);
	g_free(want);
}

static void a_stderr_has(Ctx *x)
{
	if (!strstr(x->last->err, x->e->rest))
		case_fail("stderr lacks \"%s\": %s", x->e->rest, x->last->err);
}

/* Only marks the case as one whose runs may write to stderr. */
static void a_stderr_any(Ctx *x)
{
	(void)x;
}

static void a_stdout_has(Ctx *x)
{
	if (!strstr(x->last->out, x->e->rest))
		case_fail("stdout lacks \"%s\": %s", x->e->rest, x->last->out);
}

static void a_file(Ctx *x)
{
	GStatBuf st;
	if (g_stat(x->e->argv[0], &st) != 0 || st.st_size == 0)
		case_fail("missing or empty file %s", x->e->argv[0]);
}

/* No file at path, nor any temporary file beside it (render names its own
 * .render-tmp-NAME.*, GLib's NAME.XXXXXX). */
static void a_absent(Ctx *x)
{
	const char *path = x->e->argv[0];
	if (g_file_test(path, G_FILE_TEST_EXISTS))
		case_fail("file %s should not exist", path);
	char *dir = g_path_get_dirname(path);
	char *base = g_path_get_basename(path);
	char *tmp = g_strconcat(".render-tmp-", base, NULL);
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d)))
		if (g_str_has_prefix(name, base) || g_str_has_prefix(name, tmp))
			case_fail("leftover file %s in %s", name, dir);
	g_free(tmp);
	if (d)
		g_dir_close(d);
	g_free(base);
	g_free(dir);
}

/* matching DIR PATTERN N: N names in DIR match the glob PATTERN (dot files
 * too), e.g. no temporary file left: matching $OUT .render-tmp-* 0. */
static void a_matching(Ctx *x)
{
	int want, n = 0;
	if (!arg_int(x, x->e->argv[2], &want))
		return;
	GDir *d = g_dir_open(x->e->argv[0], 0, NULL);
	GString *names = g_string_new(NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d)))
		if (g_pattern_match_simple(x->e->argv[1], name)) {
			n++;
			g_string_append_printf(names, " %s", name);
		}
	if (d)
		g_dir_close(d);
	if (n != want)
		case_fail("%d names in %s match %s, expected %d:%s", n, x->e->argv[0],
		          x->e->argv[1], want, names->str);
	g_string_free(names, TRUE);
}

/* mode PATH OCTAL: the file's permission bits. */
static void a_mode(Ctx *x)
{
	GStatBuf st;
	guint64 want = 0;
	if (!g_ascii_string_to_unsigned(x->e->argv[1], 8, 0, 07777, &want, NULL))
		case_fail("%s: the mode is octal, e.g. 0600", x->e->line);
	else if (g_stat(x->e->argv[0], &st) != 0)
		case_fail("cannot stat %s", x->e->argv[0]);
	else if ((st.st_mode & 07777) != want)
		case_fail("%s has mode %04o, expected %04o", x->e->argv[0],
		          (unsigned)(st.st_mode & 07777), (unsigned)want);
}

/* symlink PATH: PATH is (still) a symbolic link. */
static void a_symlink(Ctx *x)
{
	if (!g_file_test(x->e->argv[0], G_FILE_TEST_IS_SYMLINK))
		case_fail("%s is not a symbolic link", x->e->argv[0]);
}

/* fifo PATH: PATH is (still) a named pipe. */
static void a_fifo(Ctx *x)
{
	GStatBuf st;
	if (g_lstat(x->e->argv[0], &st) != 0 || !S_ISFIFO(st.st_mode))
		case_fail("%s is not a named pipe", x->e->argv[0]);
}

/* run-signal I N: run I (from 1) was killed by signal N; only such a run
 * may die, and one before the last may then fail. */
static void a_run_signal(Ctx *x)
{
	int index, sig;
	if (!arg_int(x, x->e->argv[0], &index) || !arg_int(x, x->e->argv[1], &sig))
		return;
	if (index < 1 || (guint)index > x->runs->len) {
		case_fail("%s: there is no run %d", x->e->line, index);
		return;
	}
	const Run *r = &g_array_index(x->runs, Run, index - 1);
	if (r->signal != sig)
		case_fail("run %d exited %d (signal %d), expected signal %d; stderr: %s",
		          index, r->status, r->signal, sig, r->err);
}

int case_expected_signal(GArray *expects, int index)
{
	for (guint i = 0; i < expects->len; i++) {
		const Expect *e = &g_array_index(expects, Expect, i);
		gint64 at = 0, sig = 0;
		if (!strcmp(e->kind->name, "run-signal") &&
		    g_ascii_string_to_signed(e->argv[0], 10, 1, INT_MAX, &at, NULL) &&
		    g_ascii_string_to_signed(e->argv[1], 10, 1, 64, &sig, NULL) && at == index)
			return (int)sig;
	}
	return 0;
}

/* ---- setup, before the first run ---- */

/* setup-copy SRC DST: a file of the case (or any) copied, e.g. into $OUT. */
static void a_setup_copy(Ctx *x)
{
	char *data = NULL;
	gsize len = 0;
	GError *e = NULL;
	if (!g_file_get_contents(x->e->argv[0], &data, &len, &e) ||
	    !g_file_set_contents(x->e->argv[1], data, (gssize)len, &e)) {
		case_fail("%s: %s", x->e->line, e->message);
		g_error_free(e);
	}
	g_free(data);
}

/* setup-lines PATH N LINE [FIRST...]: writes each FIRST line, then N lines
 * of LINE with every {i} replaced by the line's number among them (from 1):
 * inputs at a limit (100 000 rows, 2 MiB) without a big file in git. */
static void a_setup_lines(Ctx *x)
{
	gint64 n = 0;
	if (!g_ascii_string_to_signed(x->e->argv[1], 10, 0, G_MAXINT, &n, NULL)) {
		case_fail("%s: N is a whole number", x->e->line);
		return;
	}
	GString *g = g_string_new(NULL);
	for (int a = 3; a < x->e->argc; a++)
		g_string_append_printf(g, "%s\n", x->e->argv[a]);
	char **parts = g_strsplit(x->e->argv[2], "{i}", -1);
	for (gint64 i = 1; i <= n; i++) {
		for (char **p = parts; *p; p++) {
			if (p != parts)
				g_string_append_printf(g, "%" G_GINT64_FORMAT, i);
			g_string_append(g, *p);
		}
		g_string_append_c(g, '\n');
	}
	g_strfreev(parts);
	GError *e = NULL;
	if (!g_file_set_contents(x->e->argv[0], g->str, (gssize)g->len, &e)) {
		case_fail("%s: %s", x->e->line, e->message);
		g_error_free(e);
	}
	g_string_free(g, TRUE);
}

/* setup-chmod OCTAL PATH */
static void a_setup_chmod(Ctx *x)
{
	guint64 mode = 0;
	if (!g_ascii_string_to_unsigned(x->e->argv[0], 8, 0, 07777, &mode, NULL) ||
	    g_chmod(x->e->argv[1], (int)mode) != 0)
		case_fail("%s: cannot set the mode", x->e->line);
}

/* setup-symlink TARGET LINK: LINK made a symbolic link to TARGET. */
static void a_setup_symlink(Ctx *x)
{
	if (symlink(x->e->argv[0], x->e->argv[1]) != 0)
		case_fail("%s: %s", x->e->line, g_strerror(errno));
}

/* setup-mkfifo PATH */
static void a_setup_mkfifo(Ctx *x)
{
	if (mkfifo(x->e->argv[0], 0666) != 0)
		case_fail("%s: %s", x->e->line, g_strerror(errno));
}

/* setup-mkdir PATH */
static void a_setup_mkdir(Ctx *x)
{
	if (g_mkdir_with_parents(x->e->argv[0], 0777) != 0)
		case_fail("%s: %s", x->e->line, g_strerror(errno));
}

static void a_same(Ctx *x)
{
	if (!same_files(x->e->argv[0], x->e->argv[1]))
		case_fail("%s and %s differ", x->e->argv[0], x->e->argv[1]);
}

/* contains/lacks PATH TEXT: the text is the raw rest of the line after the
 * path, so it may hold quotes and runs of spaces. */
static void file_holds(Ctx *x, gboolean want)
{
	const char *rest = x->e->rest;
	char *path = g_strndup(rest, strcspn(rest, " "));
	const char *text = rest + strlen(path) + (rest[strlen(path)] ? 1 : 0);
	char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &data, &len, NULL))
		case_fail("cannot read %s", path);
	else if ((memmem(data, len, text, strlen(text)) != NULL) != want)
		case_fail("%s %s \"%s\"", path, want ? "lacks" : "contains", text);
	g_free(path);
	g_free(data);
}

static void a_contains(Ctx *x)
{
	file_holds(x, TRUE);
}

static void a_lacks(Ctx *x)
{
	file_holds(x, FALSE);
}

static void a_pdf_fonts_bundled(Ctx *x)
{
	check_pdf_fonts(x->e->argv[0]);
}

static void a_svg_described(Ctx *x)
{
	check_svg_described(x->e->argv[0], x->e->argv[1]);
}

static void a_svg_rows(Ctx *x)
{
	check_svg_rows(x->sd, x->e->argv[0]);
}

static void a_svg_group(Ctx *x)
{
	check_svg_group(x->e->argv[0], x->e->argv[1], x->e->argv[2]);
}

static void a_svg_text(Ctx *x)
{
	const char *how = x->e->argv[1];
	if (strcmp(how, "live") && strcmp(how, "outlines"))
		case_fail("%s: expected live or outlines", x->e->line);
	else
		check_svg_text(x->sd, x->e->argv[0], !strcmp(how, "live"));
}

static void a_png_text(Ctx *x)
{
	check_png_text(x->e->argv[0], x->e->argv[1], x->e->argv[2]);
}

static void a_pdf_info(Ctx *x)
{
	check_pdf_info(x->e->argv[0], x->e->argv[1], x->e->argv[2]);
}

static void a_scene(Ctx *x)
{
	scene_data_load(x->sd, x->e->argv[0]);
}

static void a_no_text_overlap(Ctx *x)
{
	check_no_text_overlap(x->sd);
}

static void a_on_page(Ctx *x)
{
	check_on_page(x->sd);
}

static void a_text_clear_of(Ctx *x)
{
	check_text_clear_of(x->sd, x->e->argv);
}

static void a_count(Ctx *x)
{
	int want;
	if (arg_int(x, x->e->argv[1], &want))
		check_count(x->sd, x->e->argv[0], want, !strcmp(x->e->kind->name, "count-min"));
}

static void a_labelled(Ctx *x)
{
	int want;
	if (arg_int(x, x->e->argv[0], &want))
		check_labelled(x->sd, want);
}

static void a_has_text(Ctx *x)
{
	check_has_text(x->sd, x->e->argv[0], x->e->argv[1]);
}

static void a_no_text(Ctx *x)
{
	check_lacks_text(x->sd, x->e->argv[0], x->e->argv[1]);
}

static void a_lines(Ctx *x)
{
	check_lines(x->sd, x->e->argv[0], x->e->argv[1]);
}

static void a_ordered(Ctx *x)
{
	const char *axis = x->e->argv[1];
	if (strcmp(axis, "x") && strcmp(axis, "y"))
		case_fail("%s: the axis is x or y", x->e->line);
	else
		check_ordered(x->sd, x->e->argv[0], !strcmp(axis, "y"));
}

static void a_above(Ctx *x)
{
	check_above(x->sd, x->e->argv[0], x->e->argv[1]);
}

/* A number argument (points, a ratio); FALSE (and a failure) if not one. */
static gboolean arg_number(Ctx *x, const char *s, double *out)
{
	char *end = NULL;
	*out = g_ascii_strtod(s, &end);
	if (end && !*end && end != s && *out >= 0)
		return TRUE;
	case_fail("%s: \"%s\" is not a number", x->e->line, s);
	return FALSE;
}

static void a_priority_first(Ctx *x)
{
	check_priority_first(x->sd);
}

static void a_no_crossing(Ctx *x)
{
	check_uncrossed(x->sd, x->e->argv);
}

static void a_bars_clear_of(Ctx *x)
{
	check_bars_clear_of(x->sd, x->e->argv);
}

static void a_one_date_style(Ctx *x)
{
	check_one_date_style(x->sd);
}

static void a_near_event(Ctx *x)
{
	double most;
	if (arg_number(x, x->e->argv[0], &most))
		check_near_event(x->sd, most);
}

static void a_text_height_max(Ctx *x)
{
	double most;
	if (arg_number(x, x->e->argv[1], &most))
		check_text_height(x->sd, x->e->argv[0], most);
}

static void a_named(Ctx *x)
{
	int *lines = g_new(int, (gsize)x->e->argc);
	gboolean ok = TRUE;
	for (int a = 0; a < x->e->argc && ok; a++)
		ok = arg_int(x, x->e->argv[a], &lines[a]);
	if (ok)
		check_named(x->sd, lines, x->e->argc);
	g_free(lines);
}

/* text-gap D: no two texts closer than D points. */
static void a_text_gap(Ctx *x)
{
	double gap;
	if (arg_number(x, x->e->argv[0], &gap))
		check_text_gap(x->sd, gap);
}

/* text-contrast R: texts on bar segments at least R:1. */
static void a_text_contrast(Ctx *x)
{
	double ratio;
	if (arg_number(x, x->e->argv[0], &ratio))
		check_text_contrast(x->sd, ratio);
}

static void a_same_fill(Ctx *x)
{
	check_same_fill(x->sd, x->e->argv[0], x->e->argv[1]);
}

static void a_parties_named(Ctx *x)
{
	check_parties_named(x->sd);
}

static void a_hidden(Ctx *x)
{
	int want;
	if (arg_int(x, x->e->argv[0], &want) && x->sd->hidden != want)
		case_fail("hidden %d, expected %d", x->sd->hidden, want);
}

/* seats NAME=N ...; a name may hold '=', so the count follows the last. */
static void a_seats(Ctx *x)
{
	for (int a = 0; a < x->e->argc; a++) {
		const char *eq = strrchr(x->e->argv[a], '=');
		int want;
		if (!eq) {
			case_fail("seats: expected NAME=N, got %s", x->e->argv[a]);
			continue;
		}
		if (!arg_int(x, eq + 1, &want))
			continue;
		char *party = g_strndup(x->e->argv[a], (gsize)(eq - x->e->argv[a]));
		check_seats(x->sd, party, want);
		g_free(party);
	}
}

static void a_seats_total(Ctx *x)
{
	int want;
	if (arg_int(x, x->e->argv[0], &want))
		check_seats_total(x->sd, want);
}

static void a_seats_no_overlap(Ctx *x)
{
	check_seats_no_overlap(x->sd, FALSE);
}

static void a_seats_clear_of_text(Ctx *x)
{
	check_seats_no_overlap(x->sd, TRUE);
}

static void a_seats_contiguous(Ctx *x)
{
	check_seats_contiguous(x->sd);
}

/* swatches-distinct [PARTY...]: with names, only those parties' swatches
 * (groups that are not parties share neutral greys by design). */
static void a_swatches_distinct(Ctx *x)
{
	check_swatches_distinct(x->sd, x->e->argv, x->e->argc);
}

/* bar N1 N2 ... [ROLE=K ...] */
static void a_bar(Ctx *x)
{
	for (int a = 0; a < x->e->argc; a++) {
		const char *eq = strchr(x->e->argv[a], '=');
		int n;
		if (!arg_int(x, eq ? eq + 1 : x->e->argv[a], &n))
			return;
	}
	check_bar(x->sd, x->e->argv, x->e->argc);
}

static void a_majority(Ctx *x)
{
	int want;
	if (arg_int(x, x->e->argv[0], &want))
		check_splits(x->sd, "majority", &want, 1, TRUE);
}

/* seats-rows [PANELS] */
static void a_seats_rows(Ctx *x)
{
	int panels = 0;
	if (x->e->argc == 0 || arg_int(x, x->e->argv[0], &panels))
		check_seats_rows(x->sd, panels);
}

static void a_seats_arch_order(Ctx *x)
{
	check_seats_arch_order(x->sd);
}

/* lines-clear [SHARE]: 0.05 (5 % of a radius) unless given. */
static void a_lines_clear(Ctx *x)
{
	double share = 0.05;
	if (x->e->argc > 0) {
		char *end = NULL;
		share = g_ascii_strtod(x->e->argv[0], &end);
		if (!end || *end || share < 0) {
			case_fail("%s: \"%s\" is not a share", x->e->line, x->e->argv[0]);
			return;
		}
	}
	check_lines_clear(x->sd, share);
}

static void a_lines_clear_of_text(Ctx *x)
{
	check_lines_clear_of_text(x->sd);
}

/* splits ROLE N ... */
static void a_splits(Ctx *x)
{
	int n = x->e->argc - 1, *want = g_new(int, MAX(n, 1));
	gboolean ok = TRUE;
	for (int i = 0; i < n && ok; i++)
		ok = arg_int(x, x->e->argv[i + 1], &want[i]);
	if (ok)
		check_splits(x->sd, x->e->argv[0], want, n, FALSE);
	g_free(want);
}

/* marks-visible [SHARE]: no mark has more than SHARE (default 0.1) of
 * its area covered by what is drawn after it. */
static void a_marks_visible(Ctx *x)
{
	double share = 0.1;
	char *end = NULL;
	if (x->e->argc > 0) {
		share = g_ascii_strtod(x->e->argv[0], &end);
		if (end == x->e->argv[0] || *end || share < 0 || share > 1) {
			case_fail("%s: the share is a number from 0 to 1", x->e->line);
			return;
		}
	}
	check_marks_visible(x->sd, share);
}

/* marks-contrast RATIO: every coloured mark reads at RATIO:1 on white. */
static void a_marks_contrast(Ctx *x)
{
	char *end = NULL;
	double ratio = g_ascii_strtod(x->e->argv[0], &end);
	if (end == x->e->argv[0] || *end || ratio < 1)
		case_fail("%s: the ratio is a number of at least 1", x->e->line);
	else
		check_marks_contrast(x->sd, ratio);
}

/* group-color GROUP RRGGBB: without the '#', which would start a comment. */
static void a_group_color(Ctx *x)
{
	const char *hex = x->e->argv[1];
	if (strlen(hex) != 6 || strspn(hex, "0123456789abcdefABCDEF") != 6) {
		case_fail("%s: expected six hex digits such as 0072b2", x->e->line);
		return;
	}
	char *want = g_strconcat("#", hex, NULL);
	check_group_color(x->sd, x->e->argv[0], want);
	g_free(want);
}

static void a_group_shape(Ctx *x)
{
	check_group_shape(x->sd, x->e->argv[0], x->e->argv[1]);
}

static void a_one_scale(Ctx *x)
{
	check_one_scale(x->sd);
}

static void a_legend_visible(Ctx *x)
{
	check_legend_visible(x->sd);
}

static void a_first_tick(Ctx *x)
{
	check_first_tick(x->sd);
}

/* Every assertion an expect file may use; tests/cases/README.md says what
 * each means. */
static const Assertion assertions[] = {
	/* the runs */
	{"env", "NAME=VALUE", 1, ANY, A_RAW, NULL},
	{"exit", "N", 1, 1, 0, a_exit},
	{"stderr", "TEXT", 0, ANY, A_STDERR | A_RAW, a_stderr},
	{"stderr-has", "TEXT", 1, ANY, A_STDERR | A_RAW, a_stderr_has},
	{"stderr-any", "", 0, 0, A_STDERR, a_stderr_any},
	{"stdout-has", "TEXT", 1, ANY, A_RAW, a_stdout_has},
	/* files */
	{"file", "PATH", 1, 1, 0, a_file},
	{"absent", "PATH", 1, 1, 0, a_absent},
	{"same", "PATH PATH", 2, 2, 0, a_same},
	{"matching", "DIR PATTERN N", 3, 3, 0, a_matching},
	{"mode", "PATH OCTAL", 2, 2, 0, a_mode},
	{"symlink", "PATH", 1, 1, 0, a_symlink},
	{"fifo", "PATH", 1, 1, 0, a_fifo},
	{"run-signal", "I N", 2, 2, 0, a_run_signal},
	/* before the runs */
	{"setup-copy", "SRC DST", 2, 2, A_BEFORE, a_setup_copy},
	{"setup-chmod", "OCTAL PATH", 2, 2, A_BEFORE, a_setup_chmod},
	{"setup-symlink", "TARGET LINK", 2, 2, A_BEFORE, a_setup_symlink},
	{"setup-mkdir", "PATH", 1, 1, A_BEFORE, a_setup_mkdir},
	{"setup-lines", "PATH N LINE [FIRST...]", 3, ANY, A_BEFORE, a_setup_lines},
	{"setup-mkfifo", "PATH", 1, 1, A_BEFORE, a_setup_mkfifo},
	{"contains", "PATH TEXT", 2, ANY, A_RAW, a_contains},
	{"lacks", "PATH TEXT", 2, ANY, A_RAW, a_lacks},
	{"pdf-fonts-bundled", "PATH", 1, 1, 0, a_pdf_fonts_bundled},
	{"pdf-info", "PATH FIELD TEXT", 3, 3, 0, a_pdf_info},
	{"png-text", "PATH KEY TEXT", 3, 3, 0, a_png_text},
	{"svg-described", "PATH TITLE", 2, 2, 0, a_svg_described},
	{"svg-group", "PATH ID TITLE", 3, 3, 0, a_svg_group},
	{"svg-rows", "PATH", 1, 1, A_SCENE, a_svg_rows},
	{"svg-text", "PATH live|outlines", 2, 2, A_SCENE, a_svg_text},
	/* the scene */
	{"scene", "PATH", 1, 1, 0, a_scene},
	{"no-text-overlap", "", 0, 0, A_SCENE, a_no_text_overlap},
	{"on-page", "", 0, 0, A_SCENE, a_on_page},
	{"text-clear-of", "ROLE...", 1, ANY, A_SCENE, a_text_clear_of},
	{"count", "TYPE[:ROLE] N", 2, 2, A_SCENE, a_count},
	{"count-min", "TYPE[:ROLE] N", 2, 2, A_SCENE, a_count},
	{"labelled", "N", 1, 1, A_SCENE, a_labelled},
	{"has-text", "ROLE SUBSTRING", 2, 2, A_SCENE, a_has_text},
	{"no-text", "ROLE SUBSTRING", 2, 2, A_SCENE, a_no_text},
	{"lines", "ROLE LINE|LINE|...", 2, 2, A_SCENE, a_lines},
	{"ordered", "ROLE x|y", 2, 2, A_SCENE, a_ordered},
	{"above", "TEXT1 TEXT2", 2, 2, A_SCENE, a_above},
	{"hidden", "N", 1, 1, A_SCENE, a_hidden},
	/* the timeline's placement (case_timeline.c) */
	{"priority-first", "", 0, 0, A_SCENE, a_priority_first},
	{"no-crossing", "ROLE...", 1, ANY, A_SCENE, a_no_crossing},
	{"bars-clear-of", "ROLE...", 1, ANY, A_SCENE, a_bars_clear_of},
	{"one-date-style", "", 0, 0, A_SCENE, a_one_date_style},
	{"near-event", "PT", 1, 1, A_SCENE, a_near_event},
	{"text-height-max", "ROLE,ROLE... PT", 2, 2, A_SCENE, a_text_height_max},
	{"named", "LINE...", 1, ANY, A_SCENE, a_named},
	{"text-gap", "D", 1, 1, A_SCENE, a_text_gap},
	{"parties-named", "", 0, 0, A_SCENE, a_parties_named},
	{"text-contrast", "R", 1, 1, A_SCENE, a_text_contrast},
	{"same-fill", "PARTY PARTY", 2, 2, A_SCENE, a_same_fill},
	{"seats", "NAME=N ...", 1, ANY, A_SCENE, a_seats},
	{"seats-total", "N", 1, 1, A_SCENE, a_seats_total},
	{"seats-no-overlap", "", 0, 0, A_SCENE, a_seats_no_overlap},
	{"seats-clear-of-text", "", 0, 0, A_SCENE, a_seats_clear_of_text},
	{"seats-contiguous", "", 0, 0, A_SCENE, a_seats_contiguous},
	{"swatches-distinct", "[PARTY...]", 0, ANY, A_SCENE, a_swatches_distinct},
	{"bar", "N1 N2 ... [ROLE=K ...]", 1, ANY, A_SCENE, a_bar},
	{"majority", "N", 1, 1, A_SCENE, a_majority},
	{"marks-visible", "[SHARE]", 0, 1, A_SCENE, a_marks_visible},
	{"marks-contrast", "RATIO", 1, 1, A_SCENE, a_marks_contrast},
	{"group-color", "GROUP RRGGBB", 2, 2, A_SCENE, a_group_color},
	{"group-shape", "GROUP SHAPE", 2, 2, A_SCENE, a_group_shape},
	{"one-scale", "", 0, 0, A_SCENE, a_one_scale},
	{"legend-visible", "", 0, 0, A_SCENE, a_legend_visible},
	{"first-tick", "", 0, 0, A_SCENE, a_first_tick},
	{"seats-arch-order", "", 0, 0, A_SCENE, a_seats_arch_order},
	{"seats-rows", "[PANELS]", 0, 1, A_SCENE, a_seats_rows},
	{"lines-clear", "[SHARE]", 0, 1, A_SCENE, a_lines_clear},
	{"lines-clear-of-text", "", 0, 0, A_SCENE, a_lines_clear_of_text},
	{"splits", "ROLE N...", 1, ANY, A_SCENE, a_splits},
};

const Assertion *case_assertion(const char *name)
{
	for (gsize i = 0; i < G_N_ELEMENTS(assertions); i++)
		if (!strcmp(assertions[i].name, name))
			return &assertions[i];
	return NULL;
}

