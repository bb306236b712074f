/* test_ticks: tick choice and tiers for one stretch of a time axis, measured
 * with the shared fake measurer. */
#include "units.h"
#include "fake_text.h"
#include "date.h"
#include "lang.h"
#include "ticks.h"

#include <string.h>

static const TextStyle tick_style = {6.5, FALSE, FALSE, 0, TEXT_CENTER};

static double day(int y, int m, int d)
{
	Date dt = {.year = y, .month = m, .day = d, .prec = DATE_DAY};
	return (double)date_first_day(&dt);
}

/* Every tier in order, inside the bounds, with room between neighbours. */
static void check_tiers(const Ticks *t, double lo, double hi, gboolean vertical)
{
	for (guint i = 1; i < t->marks->len; i++)
		assert_true(g_array_index(t->marks, double, i) >
		            g_array_index(t->marks, double, i - 1));
	for (int tier = 0; tier < t->ntiers; tier++) {
		double prev_end = -1e9;
		for (guint i = 0; i < t->labels->len; i++) {
			TicksLabel *l = &g_array_index(t->labels, TicksLabel, i);
			if (l->tier != tier)
				continue;
			double ext = vertical ? l->size.h : l->size.w;
			assert_true(l->pos - ext / 2 >= lo - 1e-6);
			assert_true(l->pos + ext / 2 <= hi + 1e-6);
			assert_true(l->pos - ext / 2 > prev_end);
			prev_end = l->pos + ext / 2;
		}
	}
}

static gboolean has_label(const Ticks *t, const char *text)
{
	for (guint i = 0; i < t->labels->len; i++)
		if (!strcmp(g_array_index(t->labels, TicksLabel, i).text, text))
			return TRUE;
	return FALSE;
}

/* The seed's 129 days at report width: calendar days, months and both years. */
static void seed_span(void **state)
{
	(void)state;
	Ticks *t = ticks_choose(day(2019, 10, 12), day(2020, 2, 26), 10, 440, 6, 447,
	                        FALSE, LANG_EN, fake_text(), &tick_style);
	assert_true(t->marks->len >= 3);
	assert_int_equal(t->ntiers, 3);
	assert_true(has_label(t, "2019"));
	assert_true(has_label(t, "2020"));
	assert_true(has_label(t, "December") || has_label(t, "Dec"));
	assert_string_equal(t->role[0], "tick");
	assert_string_equal(t->role[1], "tick-month");
	assert_string_equal(t->role[2], "tick-year");
	check_tiers(t, 6, 447, FALSE);
	ticks_free(t);
}

/* Five and a half centuries: year ticks at round multiples. */
static void centuries(void **state)
{
	(void)state;
	Ticks *t = ticks_choose(day(1448, 1, 1), day(2039, 1, 1), 10, 440, 6, 447, FALSE,
	                        LANG_EN, fake_text(), &tick_style);
	assert_int_equal(t->ntiers, 1);
	assert_true(t->marks->len >= 3 && t->marks->len <= 14);
	for (guint i = 0; i < t->labels->len; i++) {
		int y = atoi(g_array_index(t->labels, TicksLabel, i).text);
		assert_true(y >= 1448 && y <= 2039);
		assert_int_equal(y % 50, 0);
	}
	check_tiers(t, 6, 447, FALSE);
	ticks_free(t);
}

/* A week around one event: daily ticks; the year still shows. */
static void one_week(void **state)
{
	(void)state;
	Ticks *t = ticks_choose(day(2019, 10, 12), day(2019, 10, 20), 10, 440, 6, 447,
	                        FALSE, LANG_EN, fake_text(), &tick_style);
	assert_string_equal(t->unit, "1 day");
	assert_true(has_label(t, "2019"));
	assert_true(has_label(t, "October"));
	check_tiers(t, 6, 447, FALSE);
	ticks_free(t);
}

/* Too narrow for any tick: the year alone, or nothing that could collide. */
static void narrow(void **state)
{
	(void)state;
	Ticks *t = ticks_choose(day(2019, 1, 1), day(2021, 1, 1), 100, 112, 100, 112,
	                        FALSE, LANG_EN, fake_text(), &tick_style);
	check_tiers(t, 100, 112, FALSE);
	ticks_free(t);
	t = ticks_choose(day(2019, 3, 3), day(2019, 3, 4), 100, 130, 95, 135, FALSE, LANG_EN,
	                 fake_text(), &tick_style);
	check_tiers(t, 95, 135, FALSE);
	assert_true(has_label(t, "2019"));
	ticks_free(t);
}

/* Vertical axes measure labels by their height: finer ticks fit. */
static void vertical(void **state)
{
	(void)state;
	Ticks *h = ticks_choose(day(2019, 10, 12), day(2020, 2, 26), 0, 200, 0, 200, FALSE,
	                        LANG_EN, fake_text(), &tick_style);
	Ticks *v = ticks_choose(day(2019, 10, 12), day(2020, 2, 26), 0, 200, 0, 200, TRUE,
	                        LANG_EN, fake_text(), &tick_style);
	assert_true(v->marks->len >= h->marks->len);
	check_tiers(v, 0, 200, TRUE);
	ticks_free(h);
	ticks_free(v);
}

/* Russian axes use the nominative, Kazakh its own months. */
static void languages(void **state)
{
	(void)state;
	Ticks *t = ticks_choose(day(2019, 9, 20), day(2020, 3, 10), 10, 440, 6, 447, FALSE,
	                        LANG_RU, fake_text(), &tick_style);
	assert_true(has_label(t, "Октябрь") || has_label(t, "Окт."));
	ticks_free(t);
	t = ticks_choose(day(2019, 9, 20), day(2020, 3, 10), 10, 440, 6, 447, FALSE, LANG_KK,
	                 fake_text(), &tick_style);
	assert_true(has_label(t, "Қазан") || has_label(t, "Қаз."));
	ticks_free(t);
}

static int run_ticks_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(seed_span),   cmocka_unit_test(centuries),
		cmocka_unit_test(one_week),    cmocka_unit_test(narrow),
		cmocka_unit_test(vertical),    cmocka_unit_test(languages),
	};
	return cmocka_run_group_tests_name("ticks", tests, NULL, NULL);
}

UNIT_GROUP(run_ticks_tests)
