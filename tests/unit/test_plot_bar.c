/* test_plot_bar: stacked bars: segments as long as their seats at one scale
 * for every house, threshold lines at their seat, counts where they fit. */
#include "units.h"
#include "seat_fixtures.h"

#include "diag.h"
#include "plot_bar.h"

#include <math.h>
#include <string.h>

/* The left and right ends of the bar segments, in order. */
static int segments(const Scene *s, int panel, double *a, double *b)
{
	int n = 0;
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind == SCENE_RECT && !strcmp(it->role, "bar") && it->panel == panel) {
			a[n] = it->x - it->line_width / 2;
			b[n] = it->x + it->w + it->line_width / 2;
			n++;
		}
	}
	return n;
}

static void test_one_bar(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nA,84\nB,7\nC,1\n");
	FixturePage f;
	fixture_page_init(&f, 300, LANG_EN);
	SeatFigOptions o = {.layout = SEATFIG_BAR, .majority = TRUE};
	double y = 20;
	gboolean keyed = FALSE;
	assert_true(plot_bar_emit(&f.sp, set, &o, &y, &keyed, NULL));
	double a[8], b[8];
	assert_int_equal(segments(f.scene, -1, a, b), 3);
	/* The whole usable width, each segment as long as its seats. */
	assert_true(fabs(a[0] - 6) < 1e-9 && fabs(b[2] - 294) < 1e-9);
	static const int seats[] = {84, 7, 1};
	for (int i = 0; i < 3; i++)
		assert_true(fabs(b[i] - a[i] - 288.0 * seats[i] / 92) < 1e-9);
	/* The majority line after 47 seats. */
	assert_int_equal(fixture_count(f.scene, SCENE_LINE, "majority"), 1);
	for (guint i = 0; i < f.scene->items->len; i++) {
		const SceneItem *it = scene_item(f.scene, i);
		if (it->kind == SCENE_LINE && !strcmp(it->role, "majority"))
			assert_true(fabs(it->x1 - (6 + 288.0 * 47 / 92)) < 1e-9);
	}
	/* Counts inside the segments they fit in: not in 3 pt for C's seat. */
	assert_int_equal(fixture_count(f.scene, SCENE_TEXT, "label"), 2);
	assert_int_equal(f.scene->hidden, 1);
	/* Everything starts under y and ends at the new y. */
	assert_true(seatpage_top(&f.sp, 0) >= 20 - 1e-9);
	assert_true(fabs(seatpage_bottom(&f.sp, 0) - y) < 1e-9);
	fixture_page_clear(&f);
	parl_set_free(set);
}

/* Several elections: one scale, each bar in its panel under the last. */
static void test_elections(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats\nOld,A,40\nOld,B,10\n"
	                            "New,A,60\nNew,B,40\n");
	FixturePage f;
	fixture_page_init(&f, 300, LANG_EN);
	SeatFigOptions o = {.layout = SEATFIG_BAR, .majority = FALSE};
	double y = 0;
	gboolean keyed = FALSE;
	assert_true(plot_bar_emit(&f.sp, set, &o, &y, &keyed, NULL));
	double a0[4], b0[4], a1[4], b1[4];
	assert_int_equal(segments(f.scene, 0, a0, b0), 2);
	assert_int_equal(segments(f.scene, 1, a1, b1), 2);
	/* Half the seats, half the length; both start after the names. */
	assert_true(a0[0] > 6 && a0[0] == a1[0]);
	assert_true(fabs((b0[1] - a0[0]) * 2 - (b1[1] - a1[0])) < 1e-9);
	assert_int_equal(fixture_count(f.scene, SCENE_LINE, NULL), 0);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static void test_too_large(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	FixturePage f;
	fixture_page_init(&f, 300, LANG_EN);
	ParlThreshold t;
	assert_true(parl_threshold_parse("200", &t, NULL));
	SeatFigOptions o = {.layout = SEATFIG_BAR, .thresholds = &t, .nthresholds = 1};
	double y = 0;
	gboolean keyed = FALSE;
	GError *e = NULL;
	assert_false(plot_bar_emit(&f.sp, set, &o, &y, &keyed, &e));
	assert_int_equal(e->code, DIAG_USAGE);
	g_error_free(e);
	parl_threshold_clear(&t);
	fixture_page_clear(&f);
	parl_set_free(set);
}

static int run_plot_bar_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_bar),
		cmocka_unit_test(test_elections),
		cmocka_unit_test(test_too_large),
	};
	return cmocka_run_group_tests_name("plot_bar", tests, NULL, NULL);
}

UNIT_GROUP(run_plot_bar_tests)
