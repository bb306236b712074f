/* test_spread: boxes along a line: order kept, gaps kept, bounds kept, each
 * cluster at its (weighted) mean, and a cluster that cannot fit reported. */
#include "units.h"

#include "spread.h"

#include <math.h>

static void test_apart(void **state)
{
	(void)state;
	/* Three boxes of 10 that all want to start at 50: spread around it. */
	SpreadItem it[3] = {{50, 10, 0, 100, 1, 0}, {50, 10, 0, 100, 1, 0},
	                    {50, 10, 0, 100, 1, 0}};
	int first = -1, last = -1;
	assert_true(spread_solve(it, 3, 4, &first, &last));
	assert_true(fabs(it[1].pos - it[0].pos - 14) < 1e-9);
	assert_true(fabs(it[2].pos - it[1].pos - 14) < 1e-9);
	assert_true(fabs(it[1].pos - 50) < 1e-9);
	/* Apart already: left alone. */
	SpreadItem far[2] = {{10, 5, 0, 100, 1, 0}, {40, 5, 0, 100, 1, 0}};
	assert_true(spread_solve(far, 2, 4, NULL, NULL));
	assert_true(far[0].pos == 10 && far[1].pos == 40);
}

static void test_bounds_and_weights(void **state)
{
	(void)state;
	/* The first may not start before 45: the cluster moves right. */
	SpreadItem it[2] = {{50, 10, 45, 100, 1, 0}, {50, 10, 0, 100, 1, 0}};
	assert_true(spread_solve(it, 2, 4, NULL, NULL));
	assert_true(fabs(it[0].pos - 45) < 1e-9 && fabs(it[1].pos - 59) < 1e-9);
	/* The heavy one keeps its place, the light one makes room. */
	SpreadItem w[2] = {{50, 10, 0, 100, 1000, 0}, {50, 10, 0, 100, 1, 0}};
	assert_true(spread_solve(w, 2, 4, NULL, NULL));
	assert_true(fabs(w[0].pos - 50) < 0.1 && w[1].pos > 63.9);
	/* A cluster that cannot keep its bounds: reported. */
	SpreadItem bad[3] = {{0, 5, 0, 0, 1, 0}, {50, 10, 0, 20, 1, 0}, {50, 10, 0, 20, 1, 0}};
	int first = -1, last = -1;
	assert_false(spread_solve(bad, 3, 4, &first, &last));
	assert_true(first <= 1 && last == 2);
	for (int i = 0; i + 1 < 3; i++)
		assert_true(bad[i + 1].pos >= bad[i].pos + bad[i].size + 4 - 1e-9);
}

/* Many random boxes: order and gaps always, bounds whenever it says so. */
static void test_random(void **state)
{
	(void)state;
	guint32 s = 7;
	for (int round = 0; round < 200; round++) {
		int n = 1 + (int)(s % 30);
		SpreadItem it[32];
		for (int i = 0; i < n; i++) {
			s = s * 1103515245u + 12345u;
			double ideal = (s >> 8) % 400;
			it[i] = (SpreadItem){ideal, 5 + (s >> 4) % 20, ideal - 60, ideal + 60,
			                     1 + (s >> 12) % 50, 0};
		}
		gboolean ok = spread_solve(it, n, 4, NULL, NULL);
		for (int i = 0; i + 1 < n; i++)
			assert_true(it[i + 1].pos >= it[i].pos + it[i].size + 4 - 1e-6);
		for (int i = 0; i < n && ok; i++)
			assert_true(it[i].pos >= it[i].lo - 1e-6 && it[i].pos <= it[i].hi + 1e-6);
		s = s * 1103515245u + 12345u;
	}
}

static int run_spread_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_apart),
		cmocka_unit_test(test_bounds_and_weights),
		cmocka_unit_test(test_random),
	};
	return cmocka_run_group_tests_name("spread", tests, NULL, NULL);
}

UNIT_GROUP(run_spread_tests)
