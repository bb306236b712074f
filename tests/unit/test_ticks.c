/* Unit tests of the timeline's measuring-free parts: tick choice and tiers
 * (with a fake measurer) and label placement. */
#include "units.h"
#include "fake_text.h"
#include "date.h"
#include "lang.h"
#include "place.h"
#include "ticks.h"
#include "timescale.h"

#include <math.h>
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

/* PAVA: apart by the gap, order kept, least movement, inside the bounds. */
static void spread(void **state)
{
	(void)state;
	double x[5] = {10, 10, 10, 50, 100}, size[5] = {0}, out[5];
	assert_true(place_spread(x, size, 5, 6, 0, 110, out));
	assert_true(fabs(out[0] - 4) < 1e-9 && fabs(out[1] - 10) < 1e-9 &&
	            fabs(out[2] - 16) < 1e-9);
	assert_true(fabs(out[3] - 50) < 1e-9 && fabs(out[4] - 100) < 1e-9);
	double y[3] = {0, 0, 0};
	assert_true(place_spread(y, size, 3, 6, 0, 110, out));
	assert_true(fabs(out[0]) < 1e-9 && fabs(out[2] - 12) < 1e-9);
	assert_false(place_spread(y, size, 3, 60, 0, 110, out));
	double h[2] = {20, 10}, z[2] = {50, 52};
	assert_true(place_spread(z, h, 2, 2, 0, 110, out));
	assert_true(out[1] - out[0] >= 17 - 1e-9);
}

/* Rows: a stem never crosses a lower box; a box never sits on a stem. */
static void rows(void **state)
{
	(void)state;
	PlaceRows *p = place_rows_new(4, 0, 200, 2);
	double left;
	/* A box that would reach over the next anchor turns left instead... */
	assert_int_equal(place_rows_add(p, 60, 50, 1, 70, &left), 0);
	assert_true(fabs(left - 10) < 1e-9);
	/* ...so the next label still finds row 0. */
	assert_int_equal(place_rows_add(p, 70, 15, 1, G_MAXDOUBLE, &left), 0);
	assert_true(fabs(left - 70) < 1e-9);
	/* Too wide for row 0 on either side of its stem: up a row, centred. */
	assert_int_equal(place_rows_add(p, 95, 150, 1, G_MAXDOUBLE, &left), 1);
	assert_true(fabs(left - 20) < 1e-9);
	place_rows_free(p);
	p = place_rows_new(3, 0, 100, 2);
	assert_int_equal(place_rows_add(p, 50, 40, 1, G_MAXDOUBLE, &left), 0);
	/* A stem at 60 is under the first box: no row is reachable. */
	assert_int_equal(place_rows_add(p, 60, 10, 1, G_MAXDOUBLE, &left), -1);
	/* Told of the next anchor, a box keeps off it: both fit in row 0. */
	PlaceRows *q = place_rows_new(3, 0, 100, 2);
	assert_int_equal(place_rows_add(q, 60, 10, 1, 66, &left), 0);
	assert_true(left + 10 <= 60 + 1e-9);
	assert_int_equal(place_rows_add(q, 66, 30, 1, G_MAXDOUBLE, &left), 0);
	assert_int_equal(place_rows_used(q), 1);
	place_rows_free(q);
	place_rows_free(p);
	PlaceLanes *l = place_lanes_new(2, 1);
	assert_int_equal(place_lanes_add(l, 0, 10), 0);
	assert_int_equal(place_lanes_add(l, 5, 20), 1);
	assert_int_equal(place_lanes_add(l, 12, 30), 0);
	assert_int_equal(place_lanes_add(l, 13, 14), -1);
	assert_int_equal(place_lanes_used(l), 2);
	place_lanes_free(l);
}

/* The seed's shape: one break, beside the crowded February cluster only. */
static void breaks(void **state)
{
	(void)state;
	double oct16 = day(2019, 10, 16), dec1 = day(2019, 12, 1), jan1 = day(2020, 1, 1);
	double dec26 = day(2019, 12, 26), f19 = day(2020, 2, 19), f21 = day(2020, 2, 21);
	double f22 = day(2020, 2, 22);
	double t0[] = {oct16, dec1, dec26, f19, f21, f21, f22};
	double t1[] = {oct16, jan1, dec26, f19, f21, f21, f22};
	double m0[] = {oct16, dec1, dec26, f19, f21, f22};
	double m1[] = {oct16, jan1, dec26, f19, f21, f22};
	TimescaleCut cuts[TIMESCALE_MAX_BREAKS];
	int n = timescale_auto_cuts(t0, t1, 7, m0, m1, 6, oct16, f22, 430, cuts);
	assert_int_equal(n, 1);
	assert_true(cuts[0].a == jan1 && cuts[0].b == f19);
	/* Spread out, the same events need no break. */
	assert_int_equal(timescale_auto_cuts(t0, t1, 7, m0, m1, 6, oct16, f22, 20000, cuts), 0);

	Timescale ts;
	timescale_stretches(&ts, oct16, f22, cuts, n);
	assert_int_equal(ts.n, 2);
	assert_true(ts.s[0].d0 < oct16 && ts.s[0].d1 > jan1 && ts.s[1].d0 < f19);
	assert_true(timescale_gap_days(&ts, 0) > 40 && timescale_gap_days(&ts, 0) < 50);
	double gap[1] = {30};
	assert_true(timescale_place(&ts, gap, m0, 6, 10, 440));
	assert_true(fabs(ts.s[1].p0 - ts.s[0].p1 - 30) < 1e-9);
	assert_true(fabs(ts.s[1].p1 - 440) < 1e-9);
	/* The February stretch gets room for its three markers. */
	assert_true(ts.s[1].p1 - ts.s[1].p0 > 100);
	double prev = -1;
	for (int i = 0; i < 7; i++) {
		double p = timescale_pos(&ts, t0[i]);
		assert_true(p >= prev && p >= 10 && p <= 440);
		prev = p;
	}
	/* Too narrow for two stretches. */
	assert_false(timescale_place(&ts, gap, m0, 6, 10, 100));
	/* An exact cut is not padded. */
	TimescaleCut exact = {day(2020, 1, 10), day(2020, 2, 10), TRUE};
	timescale_stretches(&ts, oct16, f22, &exact, 1);
	assert_true(ts.s[0].d1 == exact.a && ts.s[1].d0 == exact.b);
}

int run_ticks_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(seed_span),   cmocka_unit_test(centuries),
		cmocka_unit_test(one_week),    cmocka_unit_test(narrow),
		cmocka_unit_test(vertical),    cmocka_unit_test(languages),
		cmocka_unit_test(spread),
		cmocka_unit_test(rows),        cmocka_unit_test(breaks),
	};
	return cmocka_run_group_tests_name("ticks", tests, NULL, NULL);
}
