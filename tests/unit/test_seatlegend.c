/* test_seatlegend: the key: one house as a table with seats and shares
 * aligned, or columns of entries; several houses as a table of seats by
 * election; each party once, parties without seats left out. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatlegend.h"

#include <math.h>
#include <string.h>

/* The legend texts, in order, into out[] (at most max); returns how many. */
static int legend_texts(const Scene *s, const SceneItem **out, int max)
{
	int n = 0;
	for (guint i = 0; i < s->items->len && n < max; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind == SCENE_TEXT && !strcmp(it->role, "legend"))
			out[n++] = it;
	}
	return n;
}

/* One house too wide for two columns: name, seats and share in a table. */
static void test_aligned(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	double bottom = seatlegend_emit(&f.sp, set, 100);
	const SceneItem *t[16];
	assert_int_equal(legend_texts(f.scene, t, 16), 12);
	assert_int_equal(fixture_count(f.scene, SCENE_CIRCLE, "swatch"), 4);
	assert_string_equal(t[0]->text, "Communist People's Party of Kazakhstan");
	assert_string_equal(t[1]->text, "7");
	assert_string_equal(t[2]->text, "6.5%");
	assert_string_equal(t[9]->text, "Assembly of the People of Kazakhstan (appointed)");
	for (int r = 0; r < 4; r++) {
		/* Numbers right-aligned in their columns, each row tagged. */
		assert_true(fabs(t[3 * r + 1]->x + t[3 * r + 1]->w - (t[1]->x + t[1]->w)) < 1e-9);
		assert_true(fabs(t[3 * r + 2]->x + t[3 * r + 2]->w - (t[2]->x + t[2]->w)) < 1e-9);
		assert_int_equal(t[3 * r]->row, r + 2);
		assert_int_equal(t[3 * r + 2]->row, r + 2);
		if (r)
			assert_true(t[3 * r]->y > t[3 * r - 3]->y);
	}
	assert_true(t[0]->y == 100);
	assert_true(fabs(bottom - (t[9]->y + t[9]->h)) < 1e-9);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Short entries side by side, as many columns as fit; no seats, no entry. */
static void test_columns(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nA,10\nB,20\nNone,0\nC,30\nD,40\n");
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	seatlegend_emit(&f.sp, set, 50);
	const SceneItem *t[16];
	assert_int_equal(legend_texts(f.scene, t, 16), 8);
	for (int i = 0; i < 8; i++)
		assert_true(t[i]->y == 50);
	assert_string_equal(t[0]->text, "A");
	assert_string_equal(t[1]->text, "10 (10.0%)");
	assert_string_equal(t[6]->text, "D");
	assert_true(t[2]->x > t[1]->x + t[1]->w);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Several elections: a row per party, a column of seats per election, a
 * dash where a party did not stand. */
static void test_elections(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats\n2016,A,40\n2016,B,37\n"
	                            "2021,A,60\n2021,C,47\n");
	FixturePage f;
	fixture_page_init(&f, 453.5, LANG_EN);
	seatlegend_emit(&f.sp, set, 0);
	const SceneItem *t[16];
	assert_int_equal(legend_texts(f.scene, t, 16), 11);
	assert_string_equal(t[0]->text, "2016");
	assert_string_equal(t[1]->text, "2021");
	static const char *const want[] = {"A", "40", "60", "B", "37", "\u2013",
	                                   "C", "\u2013", "47"};
	for (int i = 0; i < 9; i++)
		assert_string_equal(t[i + 2]->text, want[i]);
	/* Numbers right-aligned under their election. */
	assert_true(fabs(t[3]->x + t[3]->w - (t[0]->x + t[0]->w)) < 1e-9);
	assert_true(fabs(t[10]->x + t[10]->w - (t[1]->x + t[1]->w)) < 1e-9);
	assert_string_equal(t[7]->party, "B");
	fixture_page_clear(&f);
	parl_set_free(set);
}

static int run_seatlegend_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aligned),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_elections),
	};
	return cmocka_run_group_tests_name("seatlegend", tests, NULL, NULL);
}

UNIT_GROUP(run_seatlegend_tests)
