/* test_plot_arch: the hemicycle as a plot: y turned down, the arch's whole
 * extent, a line for each cut ending outside the arch, the hole for the total. */
#include "units.h"
#include "seat_fixtures.h"

#include "plot_arch.h"

#include <math.h>

static void test_arch_plot(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	const Parliament *h = &set->houses[0];
	static const char *const spec = "2/3";
	ParlThreshold t;
	assert_true(parl_threshold_parse(spec, &t, NULL));
	GArray *cuts = seatcut_list(h, TRUE, &t, 1, LANG_EN, NULL);
	SeatPlot p;
	plot_arch_build(&p, h, cuts);
	assert_int_equal(p.seats->len, 107);
	assert_true(p.arch && p.hole > 0.3);
	assert_true(p.x0 == -1 && p.x1 == 1 && p.y0 == -1 && p.y1 >= 0);
	int per_party[4] = {0};
	for (guint i = 0; i < p.seats->len; i++) {
		const SeatPlotSeat *s = &g_array_index(p.seats, SeatPlotSeat, i);
		per_party[s->party]++;
		assert_true(s->y < 0);   /* above the baseline, y down */
	}
	assert_int_equal(per_party[1], 84);
	/* The labels are the plot's now; each line ends outside the arch. */
	assert_int_equal(p.lines->len, 2);
	assert_null(seatcut_at(cuts, 0)->label);
	for (guint i = 0; i < p.lines->len; i++) {
		const SeatPlotLine *l = &g_array_index(p.lines, SeatPlotLine, i);
		assert_true(hypot(l->anchor.x, l->anchor.y) >= 1 - 1e-9);
		assert_true(l->anchor.y <= 0);
		assert_true(fabs(atan2(-l->anchor.y, l->anchor.x) - l->dir) < 1e-6);
		/* From inside the arch out to the anchor, above the baseline. */
		assert_true(hypot(l->pts[0].x, l->pts[0].y) < p.hole + 1e-9);
		for (int k = 0; k < l->n; k++)
			assert_true(l->pts[k].y <= 1e-9);
		assert_true(hypot(l->pts[l->n - 1].x - l->anchor.x,
		                  l->pts[l->n - 1].y - l->anchor.y) < 1e-9);
	}
	const SeatPlotLine *maj = &g_array_index(p.lines, SeatPlotLine, 0);
	assert_int_equal(maj->seats, 54);
	assert_string_equal(maj->label, "Majority: 54");
	/* Half the seats on its left: the majority line stands near the middle. */
	assert_true(fabs(maj->anchor.x) < 0.25);
	seatplot_clear(&p);
	g_array_free(cuts, TRUE);
	parl_threshold_clear(&t);
	parl_set_free(set);
}

static int run_plot_arch_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arch_plot),
	};
	return cmocka_run_group_tests_name("plot_arch", tests, NULL, NULL);
}

UNIT_GROUP(run_plot_arch_tests)
