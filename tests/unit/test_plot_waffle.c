/* test_plot_waffle: the grid as a plot: seats in the middle of their cells,
 * threshold staircases standing out past the top and bottom of the grid. */
#include "units.h"
#include "seat_fixtures.h"

#include "plot_waffle.h"

#include <math.h>

static void test_waffle_plot(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	const Parliament *h = &set->houses[0];
	GArray *cuts = seatcut_list(h, TRUE, NULL, 0, LANG_EN, NULL);
	SeatPlot p;
	plot_waffle_build(&p, h, cuts);
	assert_int_equal(p.seats->len, 107);
	assert_false(p.arch);
	for (guint i = 0; i < p.seats->len; i++) {
		const SeatPlotSeat *s = &g_array_index(p.seats, SeatPlotSeat, i);
		assert_true(fabs(s->x - floor(s->x) - 0.5) < 1e-9);
		assert_true(fabs(s->y - floor(s->y) - 0.5) < 1e-9);
	}
	/* About three times as wide as tall. */
	double w = p.x1 - p.x0, ht = p.y1 - p.y0;
	assert_true(w / ht > 2 && w / ht < 4.5);
	assert_int_equal(p.lines->len, 1);
	const SeatPlotLine *l = &g_array_index(p.lines, SeatPlotLine, 0);
	assert_int_equal(l->seats, 54);
	/* Out past the grid's edges (a seat's edge is 0.1 inside its cell's). */
	assert_true(l->pts[0].y <= p.y0 - 0.1 - 0.3);
	assert_true(l->pts[l->n - 1].y >= p.y1 + 0.1 + 0.3);
	assert_true(l->pts[0].x == l->pts[1].x);
	/* Its label starts at the top end and moves up. */
	assert_true(l->anchor.x == l->pts[0].x && l->anchor.y == l->pts[0].y);
	assert_true(fabs(l->dir - G_PI / 2) < 1e-12);
	seatplot_clear(&p);
	g_array_free(cuts, TRUE);
	parl_set_free(set);
}

static int run_plot_waffle_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_waffle_plot),
	};
	return cmocka_run_group_tests_name("plot_waffle", tests, NULL, NULL);
}

UNIT_GROUP(run_plot_waffle_tests)
