/* test_timescale: automatic axis breaks, the stretches between them and where
 * a day lands. */
#include "units.h"
#include "date.h"
#include "timescale.h"

#include <math.h>

static double day(int y, int m, int d)
{
	Date dt = {.year = y, .month = m, .day = d, .prec = DATE_DAY};
	return (double)date_first_day(&dt);
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
	double omitted = timescale_gap_days(&ts, 0);
	assert_true(timescale_place(&ts, gap, 10, 440));
	assert_true(fabs(ts.s[1].p0 - ts.s[0].p1 - 30) < 1e-9);
	assert_true(fabs(ts.s[0].p0 - 10) < 1e-9 && fabs(ts.s[1].p1 - 440) < 1e-9);
	/* One scale: both stretches run at the same points per day. */
	double k0 = (ts.s[0].p1 - ts.s[0].p0) / (ts.s[0].d1 - ts.s[0].d0);
	double k1 = (ts.s[1].p1 - ts.s[1].p0) / (ts.s[1].d1 - ts.s[1].d0);
	assert_true(fabs(k0 - k1) < 1e-9 * k0 && fabs(timescale_per_day(&ts) - k0) < 1e-9);
	/* The February stretch is widened to 48 pt by empty days, taken from
	 * the break (at most a third of it), so the break says fewer days. */
	assert_true(ts.s[1].p1 - ts.s[1].p0 >= 48 - 1e-6);
	assert_true(ts.s[1].d0 < f19 - 1 && ts.s[1].d1 > f22 + 1);
	assert_true(timescale_gap_days(&ts, 0) < omitted &&
	            timescale_gap_days(&ts, 0) >= omitted * 2 / 3 - 1e-9);
	double prev = -1;
	for (int i = 0; i < 7; i++) {
		double p = timescale_pos(&ts, t0[i]);
		assert_true(p >= prev && p >= 10 && p <= 440);
		prev = p;
	}
	/* Too narrow for two stretches. */
	timescale_stretches(&ts, oct16, f22, cuts, n);
	assert_false(timescale_place(&ts, gap, 10, 100));
	/* An automatic break that would leave a stretch too short even when
	 * widened into a third of the break is refused: at 150 pt the
	 * February stretch could grow to 40 days, about 40 pt. */
	timescale_stretches(&ts, oct16, f22, cuts, n);
	assert_false(timescale_place(&ts, gap, 10, 160));
	TimescaleCut wide = {day(2019, 10, 17), day(2020, 2, 21), TRUE};
	/* An asked-for break is not widened into: no days are taken from it. */
	timescale_stretches(&ts, oct16, f22, &wide, 1);
	assert_true(timescale_place(&ts, gap, 10, 440));
	assert_true(ts.s[0].d1 == wide.a && ts.s[1].d0 == wide.b);
	/* An exact cut is not padded. */
	TimescaleCut exact = {day(2020, 1, 10), day(2020, 2, 10), TRUE};
	timescale_stretches(&ts, oct16, f22, &exact, 1);
	assert_true(ts.s[0].d1 == exact.a && ts.s[1].d0 == exact.b);
}

static int run_timescale_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(breaks),
	};
	return cmocka_run_group_tests_name("timescale", tests, NULL, NULL);
}

UNIT_GROUP(run_timescale_tests)
