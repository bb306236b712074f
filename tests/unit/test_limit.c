/* Unit tests of the limits: stated once (--help and README say the same, with
 * the numbers of limit.h), and checked on the page and the PNG. */
#include "units.h"
#include "color.h"
#include "diag.h"
#include "limit.h"
#include "scene.h"

#include <string.h>

/* The README of the source tree, found upwards from the test binary. */
static char *read_readme(void)
{
	char *exe = g_file_read_link("/proc/self/exe", NULL);
	char *dir = exe ? g_path_get_dirname(exe) : g_strdup(".");
	g_free(exe);
	char *text = NULL;
	for (int up = 0; up < 4 && !text; up++) {
		char *path = g_build_filename(dir, "README.md", NULL);
		if (!g_file_get_contents(path, &text, NULL, NULL))
			text = NULL;
		g_free(path);
		char *parent = g_path_get_dirname(dir);
		g_free(dir);
		dir = parent;
	}
	g_free(dir);
	return text;
}

/* limit_help is written out by hand: its numbers must be limit.h's, and the
 * README must list the same lines. */
static void help_states_the_limits(void **state)
{
	(void)state;
	const char *help = limit_help();
	char *want[] = {
		g_strdup_printf("%d MiB, %d data rows, %d fields a row, %d characters a field",
		                LIMIT_INPUT_BYTES >> 20, LIMIT_ROWS, LIMIT_FIELDS,
		                LIMIT_FIELD_CHARS),
		g_strdup_printf("%d elections, %d seats an election, %d seats in all",
		                LIMIT_ELECTIONS, LIMIT_SEATS, LIMIT_SEATS_ALL),
		g_strdup_printf("--caption: %d characters each", LIMIT_OPTION_CHARS),
		g_strdup_printf("%.0fpt (0.5in) to %.0fpt (200in) a side", LIMIT_PAGE_MIN_PT,
		                LIMIT_PAGE_MAX_PT),
		g_strdup_printf("%d pixels a side, %d million pixels in all", LIMIT_PNG_SIDE,
		                LIMIT_PNG_PIXELS / 1000000),
	};
	for (size_t i = 0; i < G_N_ELEMENTS(want); i++) {
		if (!strstr(help, want[i]))
			fail_msg("limit_help lacks \"%s\"", want[i]);
		g_free(want[i]);
	}
	char *readme = read_readme();
	assert_non_null(readme);
	char **lines = g_strsplit(help, "\n", -1);
	for (char **l = lines; *l; l++)
		if (!strstr(readme, *l))
			fail_msg("README.md lacks the line \"%s\" of limit_help", *l);
	g_strfreev(lines);
	g_free(readme);
}

/* A page of automatic height is held to the largest page, at the first row
 * beyond it. */
static void page_at_and_beyond_the_limit(void **state)
{
	(void)state;
	TextStyle st = {.size = 9};
	Scene *s = scene_new(400, LIMIT_PAGE_MAX_PT);
	GError *err = NULL;
	assert_true(limit_page(s, "in.csv", &err));
	scene_free(s);

	s = scene_new(400, LIMIT_PAGE_MAX_PT + 10);
	SceneItem *it = scene_text(s, "label", "high", &st, 10, 100, 50, 12, color_rgb(0));
	it->row = 3;
	it = scene_text(s, "label", "low", &st, 10, LIMIT_PAGE_MAX_PT - 5, 50, 12, color_rgb(0));
	it->row = 9;
	it = scene_text(s, "label", "lower", &st, 10, LIMIT_PAGE_MAX_PT, 50, 8, color_rgb(0));
	it->row = 7;
	assert_false(limit_page(s, "in.csv", &err));
	assert_true(g_str_has_prefix(err->message, "in.csv:7:1: the figure would need a "
	                             "page 14410pt tall (this row is the first beyond it)"));
	assert_int_equal(err->code, DIAG_DATA);
	g_clear_error(&err);
	scene_free(s);
}

/* At most LIMIT_PNG_PIXELS, and LIMIT_PNG_SIDE a side. */
static void png_at_and_beyond_the_limit(void **state)
{
	(void)state;
	GError *err = NULL;
	/* 10 000 x 10 000 pixels: 2400 pt at 300 dpi */
	assert_true(limit_png(2400, 2400, 300, &err));
	assert_false(limit_png(2400, 2400.3, 300, &err));
	assert_int_equal(err->code, DIAG_USAGE);
	assert_non_null(strstr(err->message, "10000 x 10002 pixels"));
	g_clear_error(&err);
	/* a side: 32767 pixels at most, even when the total is small */
	assert_true(limit_png(32767 * 72.0 / 300, 36, 300, &err));
	assert_false(limit_png(32768 * 72.0 / 300, 36, 300, &err));
	g_clear_error(&err);
}

static int run_limit_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(help_states_the_limits),
		cmocka_unit_test(page_at_and_beyond_the_limit),
		cmocka_unit_test(png_at_and_beyond_the_limit),
	};
	return cmocka_run_group_tests_name("limit", tests, NULL, NULL);
}

UNIT_GROUP(run_limit_tests)
