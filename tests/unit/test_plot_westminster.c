/* test_plot_westminster: benches as a plot: a bench named (in the chart's
 * language) only where the bench column names it, and each threshold a line
 * across the benches. */
#include "units.h"
#include "seat_fixtures.h"

#include "plot_westminster.h"

#include <string.h>

static void test_named_benches(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats,bench\nGov,84,government\nOpp A,7,opposition\n"
	                            "Opp B,7,opposition\nAppointed,9,cross\n");
	const Parliament *h = &set->houses[0];
	ParlThreshold t;
	assert_true(parl_threshold_parse("2/3", &t, NULL));
	GArray *cuts = seatcut_list(h, TRUE, &t, 1, LANG_EN, NULL);
	SeatPlot p;
	plot_westminster_build(&p, h, cuts, LANG_EN);
	assert_int_equal(p.seats->len, 107);
	/* The majority and 2/3 as lines, with their labels and seats. */
	assert_int_equal(p.lines->len, 2);
	const SeatPlotLine *l = &g_array_index(p.lines, SeatPlotLine, 0);
	assert_int_equal(l->seats, 54);
	assert_string_equal(l->label, "Majority: 54");
	assert_true(l->clear >= 0.5 - 1e-9);
	assert_int_equal(p.nnotes, 3);
	assert_string_equal(p.notes[0].text, "Opposition");
	assert_true(p.notes[0].above && !p.notes[0].right);
	assert_string_equal(p.notes[1].text, "Government");
	assert_false(p.notes[1].above);
	assert_string_equal(p.notes[2].text, "Cross benches");
	assert_true(p.notes[2].right);
	seatplot_clear(&p);
	g_array_free(cuts, TRUE);
	/* No cuts, no lines; names in Russian. */
	cuts = seatcut_list(h, FALSE, NULL, 0, LANG_RU, NULL);
	plot_westminster_build(&p, h, cuts, LANG_RU);
	assert_int_equal(p.lines->len, 0);
	assert_string_equal(p.notes[0].text, lang_word(LANG_RU, LANG_W_OPPOSITION, 1));
	seatplot_clear(&p);
	g_array_free(cuts, TRUE);
	parl_threshold_clear(&t);
	parl_set_free(set);
}

/* The Majlis has no bench column: nobody is named government or
 * opposition (Aq Zhol and the Communists are not the opposition). */
static void test_nothing_named(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	GArray *cuts = seatcut_list(&set->houses[0], TRUE, NULL, 0, LANG_EN, NULL);
	SeatPlot p;
	plot_westminster_build(&p, &set->houses[0], cuts, LANG_EN);
	assert_int_equal(p.nnotes, 0);
	assert_int_equal(p.lines->len, 1);
	seatplot_clear(&p);
	g_array_free(cuts, TRUE);
	parl_set_free(set);
}

static int run_plot_westminster_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_named_benches),
		cmocka_unit_test(test_nothing_named),
	};
	return cmocka_run_group_tests_name("plot_westminster", tests, NULL, NULL);
}

UNIT_GROUP(run_plot_westminster_tests)
