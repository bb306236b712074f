/* test_palette: colours kept across figures: the palette file, colours
 * chosen from names (stable, distinct, readable on white), and fixed ones. */
#include "units.h"
#include "diag.h"
#include "palette.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

static gboolean same(Color a, Color b)
{
	return fabs(a.r - b.r) < 1e-9 && fabs(a.g - b.g) < 1e-9 && fabs(a.b - b.b) < 1e-9;
}

/* A palette read from text, or NULL with *err. */
static Palette *load_text(const char *text, GError **err)
{
	char *path = NULL;
	int fd = g_file_open_tmp("palette-XXXXXX.csv", &path, NULL);
	assert_true(fd >= 0);
	close(fd);
	assert_true(g_file_set_contents(path, text, -1, NULL));
	Palette *p = palette_load(path, err);
	g_unlink(path);
	g_free(path);
	return p;
}

static void file_read(void **state)
{
	(void)state;
	GError *err = NULL;
	Palette *p = load_text("group,color\nParty,#0072b2\n\"Courts, high\",#abc\n", &err);
	assert_non_null(p);
	Color c;
	assert_true(palette_lookup(p, "Party", &c));
	assert_true(same(c, color_rgb(0x0072b2)));
	assert_true(palette_lookup(p, "Courts, high", &c));
	assert_true(same(c, color_rgb(0xaabbcc)));
	assert_false(palette_lookup(p, "party", &c));
	assert_false(palette_lookup(NULL, "Party", &c));
	palette_free(p);
}

/* Errors name the cell: a bad colour, a name twice, no name column. */
static void file_errors(void **state)
{
	(void)state;
	static const struct { const char *text, *want; } cases[] = {
		{"name,color\nParty,bleu\n", ":2:7: color \"bleu\": no such colour name; did you mean blue?"},
		{"name,color\nParty,#12\n", ":2:7: color \"#12\": expected #rgb, #rrggbb or a CSS colour name"},
		{"name,color\nParty,#123\nParty,#456\n", ":3:1: \"Party\" is listed twice"},
		{"name,color\n,#123\n", ":2:1: name is empty"},
		{"who,color\nParty,#123\n", ":1:1: no column name, group or party"},
	};
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		GError *err = NULL;
		assert_null(load_text(cases[i].text, &err));
		assert_non_null(err);
		assert_int_equal(err->code, DIAG_DATA);
		if (!strstr(err->message, cases[i].want))
			fail_msg("%s: got \"%s\", expected \"%s\"", cases[i].text, err->message,
			         cases[i].want);
		g_error_free(err);
	}
}

/* Every colour to choose from reads on white at 3:1. */
static void named_readable(void **state)
{
	(void)state;
	for (int i = 0; i < PALETTE_NAMED; i++)
		assert_true(palette_contrast(palette_named(i)) >= 3);
	/* The Okabe-Ito orange does not, so it is darkened. */
	Color orange = color_rgb(0xE69F00);
	assert_true(palette_contrast(orange) < 3);
	Color d = palette_readable(orange, 3);
	assert_true(palette_contrast(d) >= 3 && palette_contrast(d) < 3.1);
	assert_true(same(palette_readable(color_rgb(0x0072b2), 3), color_rgb(0x0072b2)));
}

/* A name's colour does not depend on the other names' order, and each
 * name of a figure gets its own colour. */
static void by_name_not_position(void **state)
{
	(void)state;
	const char *a[] = {"Party", "Detentions", "Courts", "Context"};
	const char *b[] = {"Context", "Courts", "Detentions", "Party"};
	Color ca[4], cb[4];
	palette_assign(a, NULL, NULL, 4, ca);
	palette_assign(b, NULL, NULL, 4, cb);
	for (int i = 0; i < 4; i++) {
		assert_true(same(ca[i], cb[3 - i]));
		for (int j = 0; j < i; j++)
			assert_false(same(ca[i], ca[j]));
	}
	/* Two names that prefer one colour: which one gets it depends on the
	 * names, not on which came first. */
	const char *c1[] = {"Context", "Aq Zhol"}, *c2[] = {"Aq Zhol", "Context"};
	assert_int_equal(palette_preferred("Context"), palette_preferred("Aq Zhol"));
	palette_assign(c1, NULL, NULL, 2, ca);
	palette_assign(c2, NULL, NULL, 2, cb);
	assert_true(same(ca[0], cb[1]) && same(ca[1], cb[0]) && !same(ca[0], ca[1]));
	/* A name alone gets the colour its hash prefers. */
	Color one;
	palette_assign(&a[0], NULL, NULL, 1, &one);
	assert_true(same(one, palette_named(palette_preferred("Party"))));
}

/* Fixed colours are kept, and no chosen colour is close to one. */
static void fixed_kept(void **state)
{
	(void)state;
	const char *names[] = {"A", "B", "C"};
	int pa = palette_preferred("A");
	Color fixed[3] = {COLOR_NONE, palette_named(pa), COLOR_NONE};
	Color out[3];
	palette_assign(names, NULL, fixed, 3, out);
	assert_true(same(out[1], palette_named(pa)));
	assert_false(same(out[0], out[1]));
	assert_false(same(out[2], out[1]));
	assert_false(same(out[0], out[2]));
}

/* More names than colours: the heaviest keep one, the rest get none. */
static void heaviest_keep(void **state)
{
	(void)state;
	enum { N = PALETTE_NAMED + 3 };
	const char *names[N];
	double weight[N];
	char buf[N][8];
	for (int i = 0; i < N; i++) {
		g_snprintf(buf[i], sizeof buf[i], "g%d", i);
		names[i] = buf[i];
		weight[i] = i;
	}
	Color out[N];
	palette_assign(names, weight, NULL, N, out);
	for (int i = 0; i < N; i++)
		assert_int_equal(out[i].a == 0, i < 3);
}

static int run_palette_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(file_read), cmocka_unit_test(file_errors),
		cmocka_unit_test(named_readable), cmocka_unit_test(by_name_not_position),
		cmocka_unit_test(fixed_kept), cmocka_unit_test(heaviest_keep),
	};
	return cmocka_run_group_tests_name("palette", tests, NULL, NULL);
}

UNIT_GROUP(run_palette_tests)
