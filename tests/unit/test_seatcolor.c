/* test_seatcolor: party colours: given ones kept, one colour a party in
 * every election, defaults biggest first and unlike the rest of the chart,
 * greys for groups that are not parties. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatcolor.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

static gboolean same(Color a, Color b)
{
	return fabs(a.r - b.r) < 1e-9 && fabs(a.g - b.g) < 1e-9 && fabs(a.b - b.b) < 1e-9;
}

/* A weighted distance that tells colours apart on a legend. */
static double distance(Color a, Color b)
{
	double dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b;
	return 2 * dr * dr + 4 * dg * dg + 3 * db * db;
}

static void test_default_colors(void **state)
{
	(void)state;
	GString *csv = g_string_new("party,seats\n");
	for (int i = 0; i < 14; i++)
		g_string_append_printf(csv, "P%d,%d\n", i, i == 5 ? 500 : 10 + i);
	ParlSet *set = fixture_load(csv->str);
	g_string_free(csv, TRUE);
	const Parliament *h = &set->houses[0];
	/* The biggest party gets the palette's first colour. */
	Color first = color_palette(0), c5 = h->parties[5].color;
	assert_true(fabs(c5.r - first.r) < 1e-9 && fabs(c5.g - first.g) < 1e-9 &&
	            fabs(c5.b - first.b) < 1e-9);
	/* Fourteen parties, fourteen different colours. */
	for (int i = 0; i < 14; i++)
		for (int j = i + 1; j < 14; j++) {
			Color a = h->parties[i].color, b = h->parties[j].color;
			assert_true(fabs(a.r - b.r) + fabs(a.g - b.g) + fabs(a.b - b.b) > 0.05);
		}
	parl_set_free(set);
}

/* A given colour is kept, and no default comes close to it. */
static void test_given(void **state)
{
	(void)state;
	Color blue;
	assert_true(color_parse("#0072b2", &blue));
	ParlSet *set = fixture_load("party,seats,color\nBlue,10,#0072b2\nBig,90,\n");
	const Parliament *h = &set->houses[0];
	assert_true(same(h->parties[0].color, blue));
	assert_true(distance(h->parties[1].color, blue) >= 0.12);
	parl_set_free(set);
}

/* One party, one colour: given in one election, it holds in all. */
static void test_one_colour_a_party(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats,color\n1,A,10,\n1,B,20,\n"
	                            "2,B,25,#c8102e\n2,A,12,\n");
	assert_true(same(set->houses[0].parties[1].color, set->houses[1].parties[0].color));
	assert_true(same(set->houses[0].parties[1].color, color_rgb(0xc8102e)));
	assert_true(same(set->houses[0].parties[0].color, set->houses[1].parties[1].color));
	assert_null(set->warnings);
	parl_set_free(set);
	/* Given twice, differently: the first one counts, and a warning names
	 * the second cell. */
	set = fixture_load("election,party,seats,color\n1,A,10,#0072b2\n2,A,12,#e69f00\n");
	assert_true(same(set->houses[1].parties[0].color, color_rgb(0x0072b2)));
	assert_non_null(set->warnings);
	assert_null(set->warnings[1]);
	char *want = g_strdup_printf("%s:3:8: color #e69f00: party \"A\" was given #0072b2 "
	                             "on line 2", set->path);
	assert_string_equal(set->warnings[0], want);
	g_free(want);
	parl_set_free(set);
	/* Renamed, the party is still one: its new name keeps the colour. */
	set = fixture_load("election,party,seats,color,previous\n1,A,10,#0072b2,\n"
	                   "2,B,12,#e69f00,A\n2,C,3,,\n");
	assert_true(same(set->houses[1].parties[0].color, color_rgb(0x0072b2)));
	assert_non_null(set->warnings);
	assert_non_null(strstr(set->warnings[0], "(as \"A\")"));
	parl_set_free(set);
}

/* Parties that never sit together still share the legend: unlike colours. */
static void test_chart_wide(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats\n1,A,50\n1,B,40\n2,A,50\n2,C,40\n");
	Color b = set->houses[0].parties[1].color, c = set->houses[1].parties[1].color;
	Color a = set->houses[0].parties[0].color;
	assert_true(distance(b, c) >= 0.12);
	assert_true(distance(a, b) >= 0.12 && distance(a, c) >= 0.12);
	parl_set_free(set);
}

/* Appointed, independent and vacant seats: neutral greys, not palette colours. */
static void test_kinds(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats,kind\nA,10,party\nB,5,appointed\n"
	                            "C,3,independent\nD,2,vacant\n");
	const Parliament *h = &set->houses[0];
	assert_true(same(h->parties[1].color, color_rgb(0x8c8c8c)));
	assert_true(same(h->parties[2].color, color_rgb(0xb3b3b3)));
	assert_true(same(h->parties[3].color, color_rgb(0xa6a6a6)));
	assert_true(same(h->parties[0].color, color_palette(0)));
	/* Assigned again, the colours stay. */
	seatcolor_assign(set);
	assert_true(same(h->parties[0].color, color_palette(0)));
	parl_set_free(set);
}

/* A palette wins over the color column; a renamed party takes the colour
 * of its latest name the palette lists; the rest keep theirs. */
static void test_palette(void **state)
{
	(void)state;
	char *path = fixture_csv_file("name,color\nA,#d55e00\nB,#332288\n");
	GError *e = NULL;
	Palette *pal = palette_load(path, &e);
	assert_non_null(pal);
	ParlSet *set = fixture_load("election,party,seats,color,previous\n1,A,10,#0072b2,\n"
	                            "1,C,5,#e69f00,\n2,B,12,,A\n2,C,4,,\n");
	set->palette = pal;
	seatcolor_assign(set);
	assert_true(same(set->houses[0].parties[0].color, color_rgb(0x332288)));
	assert_true(same(set->houses[1].parties[0].color, color_rgb(0x332288)));
	assert_true(same(set->houses[1].parties[1].color, color_rgb(0xe69f00)));
	assert_null(set->warnings);
	parl_set_free(set);
	palette_free(pal);
	g_unlink(path);
	g_free(path);
}

static int run_seatcolor_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_colors),
		cmocka_unit_test(test_given),
		cmocka_unit_test(test_one_colour_a_party),
		cmocka_unit_test(test_chart_wide),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_palette),
	};
	return cmocka_run_group_tests_name("seatcolor", tests, NULL, NULL);
}

UNIT_GROUP(run_seatcolor_tests)
