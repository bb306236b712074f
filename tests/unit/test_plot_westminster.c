/* test_plot_westminster: benches as a plot: each bench named in the chart's
 * language, no lines, the thresholds said in words. */
#include "units.h"
#include "seat_fixtures.h"

#include "plot_westminster.h"

#include <string.h>

static void test_benches_plot(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	const Parliament *h = &set->houses[0];
	ParlThreshold t;
	assert_true(parl_threshold_parse("2/3", &t, NULL));
	GArray *cuts = seatcut_list(h, TRUE, &t, 1, LANG_EN, NULL);
	SeatPlot p;
	plot_westminster_build(&p, h, cuts, LANG_EN);
	assert_int_equal(p.seats->len, 107);
	assert_int_equal(p.lines->len, 0);
	assert_string_equal(p.words, "Majority: 54 · 2/3: 72");
	/* Nur Otan governs, two parties oppose, the appointed sit across. */
	assert_int_equal(p.nnotes, 3);
	assert_string_equal(p.notes[0].text, "Opposition");
	assert_true(p.notes[0].above && !p.notes[0].right);
	assert_string_equal(p.notes[1].text, "Government");
	assert_false(p.notes[1].above);
	assert_string_equal(p.notes[2].text, "Cross benches");
	assert_true(p.notes[2].right);
	seatplot_clear(&p);
	g_array_free(cuts, TRUE);
	/* No cuts, no words; names in Russian. */
	cuts = seatcut_list(h, FALSE, NULL, 0, LANG_RU, NULL);
	plot_westminster_build(&p, h, cuts, LANG_RU);
	assert_null(p.words);
	assert_string_equal(p.notes[0].text, lang_word(LANG_RU, LANG_W_OPPOSITION, 1));
	seatplot_clear(&p);
	g_array_free(cuts, TRUE);
	parl_threshold_clear(&t);
	parl_set_free(set);
}

static int run_plot_westminster_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_benches_plot),
	};
	return cmocka_run_group_tests_name("plot_westminster", tests, NULL, NULL);
}

UNIT_GROUP(run_plot_westminster_tests)
