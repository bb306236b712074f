/* test_seatlegend: the key: a table by default (one house: name, seats and
 * share aligned; several: seats and change by election, under their panels
 * when these stand side by side), a list on request or when a table does
 * not fit; each party once (a renamed one in one row, with its earlier name), numbered when asked,
 * Others with the parties it holds; numbers as the language writes them. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatlegend.h"
#include "seatothers.h"

#include <math.h>
#include <string.h>

/* The legend texts (role legend), in order, into out[] (at most max);
 * returns how many. */
static int legend_texts(const Scene *s, const char *role, const SceneItem **out, int max)
{
	int n = 0;
	for (guint i = 0; i < s->items->len && n < max; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind == SCENE_TEXT && !strcmp(it->role, role))
			out[n++] = it;
	}
	return n;
}

static double right(const SceneItem *t)
{
	return t->x + t->w;
}

/* One house: name, seats and share in aligned columns. */
static void test_table_one(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatLegendOpts o = {0};
	double bottom = seatlegend_emit(&f.sp, set, &o, 100);
	const SceneItem *t[16];
	assert_int_equal(legend_texts(f.scene, "legend", t, 16), 12);
	assert_int_equal(fixture_count(f.scene, SCENE_CIRCLE, "swatch"), 4);
	assert_string_equal(t[0]->text, "Communist People's Party of Kazakhstan");
	assert_string_equal(t[1]->text, "7");
	assert_string_equal(t[2]->text, "6.5%");
	assert_string_equal(t[9]->text, "Assembly of the People of Kazakhstan (appointed)");
	for (int r = 0; r < 4; r++) {
		/* Numbers right-aligned in their columns, each row tagged. */
		assert_true(fabs(right(t[3 * r + 1]) - right(t[1])) < 1e-9);
		assert_true(fabs(right(t[3 * r + 2]) - right(t[2])) < 1e-9);
		assert_int_equal(t[3 * r]->row, r + 2);
		assert_int_equal(t[3 * r + 2]->row, r + 2);
		if (r)
			assert_true(t[3 * r]->y > t[3 * r - 3]->y);
	}
	assert_true(t[0]->y == 100);
	assert_true(fabs(bottom - (t[9]->y + t[9]->h)) < 1e-9);
	/* Not numbered unless asked. */
	assert_int_equal(fixture_count(f.scene, SCENE_TEXT, "legend-number"), 0);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Numbers as the language writes them, in every column. */
static void test_numbers(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats,kind\nA,5000,party\nВакантно,10,vacant\n");
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_RU);
	SeatLegendOpts o = {.numbered = TRUE};
	seatlegend_emit(&f.sp, set, &o, 0);
	const SceneItem *t[16];
	assert_int_equal(legend_texts(f.scene, "legend", t, 16), 6);
	assert_string_equal(t[1]->text, "5000");
	assert_string_equal(t[2]->text, "99,8\u00a0%");
	/* The vacant tag is not repeated on a name that says it, in any case. */
	assert_string_equal(t[3]->text, "Вакантно");
	/* Numbered rows, 1 and 2, left of the swatches. */
	assert_int_equal(legend_texts(f.scene, "legend-number", t, 16), 2);
	assert_string_equal(t[0]->text, "1");
	assert_string_equal(t[1]->text, "2");
	fixture_page_clear(&f);
	parl_set_free(set);
	set = fixture_load("party,seats\nA,9990\nB,5\n");
	fixture_page_init(&f, 453.5, LANG_EN);
	o = (SeatLegendOpts){0};
	seatlegend_emit(&f.sp, set, &o, 0);
	assert_int_equal(legend_texts(f.scene, "legend", t, 16), 6);
	assert_string_equal(t[1]->text, "9,990");
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* A list: short entries side by side, as many columns as fit. */
static void test_list(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nA,10\nB,20\nNone,0\nC,30\nD,40\n");
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatLegendOpts o = {.form = SEATLEGEND_LIST};
	seatlegend_emit(&f.sp, set, &o, 50);
	const SceneItem *t[16];
	assert_int_equal(legend_texts(f.scene, "legend", t, 16), 8);
	for (int i = 0; i < 8; i++)
		assert_true(t[i]->y == 50);
	assert_string_equal(t[0]->text, "A");
	assert_string_equal(t[1]->text, "10 (10.0%)");
	assert_string_equal(t[6]->text, "D");
	assert_true(t[2]->x > right(t[1]));
	fixture_page_clear(&f);
	parl_set_free(set);
}

static const char series[] =
	"election,party,seats,previous\n"
	"2016,Nur Otan,84,\n2016,Ak Zhol,7,\n2016,CPPK,7,\n"
	"2021,Nur Otan,76,\n2021,Ak Zhol,12,\n2021,People's Party,10,CPPK\n"
	"2023,Amanat,62,Nur Otan\n2023,Ak Zhol,6,\n2023,Auyl,8,\n";

/* Several elections: a row per party (a renamed one once), seats per
 * election and their change, a dash where a party did not stand. */
static void test_elections(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(series);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatLegendOpts o = {0};
	seatlegend_emit(&f.sp, set, &o, 0);
	const SceneItem *t[40];
	int n = legend_texts(f.scene, "legend", t, 40);
	static const char *const want[] = {
		"2016", "2021", "2023",
		"Amanat (formerly Nur Otan)", "84", "76", "\u20138", "62", "\u201314",
		"Ak Zhol", "7", "12", "+5", "6", "\u20136",
		"People's Party (formerly CPPK)", "7", "10", "+3", "\u2013",
		"Auyl", "\u2013", "\u2013", "8"};
	assert_int_equal(n, (int)G_N_ELEMENTS(want));
	for (int i = 0; i < n; i++)
		assert_string_equal(t[i]->text, want[i]);
	/* Seats right-aligned under their election's head, change after. */
	assert_true(fabs(right(t[4]) - right(t[0])) < 1e-9);
	assert_true(fabs(right(t[5]) - right(t[1])) < 1e-9);
	assert_true(t[6]->x > right(t[5]) && t[1]->x > right(t[4]));
	assert_int_equal(fixture_count(f.scene, SCENE_CIRCLE, "swatch"), 4);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Panels side by side: each election's columns under its own panel. */
static void test_under_panels(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(series);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	double lefts[] = {6, 159, 312};
	SeatLegendOpts o = {.npanels = 3, .panel_left = lefts, .panel_width = 135.5};
	seatlegend_emit(&f.sp, set, &o, 0);
	const SceneItem *t[40];
	legend_texts(f.scene, "legend", t, 40);
	for (int c = 0; c < 3; c++) {
		assert_string_equal(t[c]->text, set->houses[c].election);
		assert_true(t[c]->x >= lefts[c] && right(t[c]) <= lefts[c] + 135.5);
	}
	/* "62" and its change under 2023's panel. */
	assert_true(t[7]->x >= lefts[2] && right(t[8]) <= lefts[2] + 135.5 + 1e-9);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Others names each party it holds, each with its own row. */
static void test_others(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nBig,300\nMid,40\nS1,4\nS2,2\nS3,1\n");
	seatothers_gather(set, 5, LANG_EN);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	SeatLegendOpts o = {0};
	seatlegend_emit(&f.sp, set, &o, 0);
	const SceneItem *t[16];
	assert_int_equal(legend_texts(f.scene, "others", t, 16), 3);
	assert_string_equal(t[0]->text, "S1 4,");
	assert_string_equal(t[2]->text, "S3 1");
	assert_int_equal(t[0]->row, 4);
	assert_int_equal(t[2]->row, 6);
	const SceneItem *l[16];
	int n = legend_texts(f.scene, "legend", l, 16);
	assert_string_equal(l[n - 3]->text, "Others (3)");
	/* Under the Others row. */
	assert_true(t[0]->y >= l[n - 3]->y + l[n - 3]->h);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static int run_seatlegend_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_one),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_elections),
		cmocka_unit_test(test_under_panels),
		cmocka_unit_test(test_others),
	};
	return cmocka_run_group_tests_name("seatlegend", tests, NULL, NULL);
}

UNIT_GROUP(run_seatlegend_tests)
