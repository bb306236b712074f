/* test_waffle: the seat grid: every seat once, in fill order cell after cell,
 * and a threshold staircase with exactly its seats on the left. */
#include "units.h"
#include "seat_fixtures.h"

#include "waffle.h"

#include <stdlib.h>

static void test_waffle(void **state)
{
	(void)state;
	guint32 s = 7;
	for (int i = 0; i < 200; i++) {
		int total = 1 + (int)(fixture_rng(&s) % 3000u);
		int np = 1 + (int)(fixture_rng(&s) % 10u);
		int *c = fixture_split(&s, total, np);
		Waffle *w = waffle_new(total, c, np, 3.0);
		assert_true(w->rows * w->cols >= total);
		assert_true(w->rows * (w->cols - 1) < total);
		int *got = g_new0(int, np);
		for (int k = 0; k < total; k++) {
			got[w->seats[k].party]++;
			/* Next in fill order is the next cell: parties stay joined. */
			if (k > 0)
				assert_int_equal(abs(w->seats[k].col - w->seats[k - 1].col) +
				                 abs(w->seats[k].row - w->seats[k - 1].row), 1);
		}
		for (int p = 0; p < np; p++)
			assert_int_equal(got[p], c[p]);
		/* The threshold staircase leaves exactly `left` cells on its left. */
		int left = total / 2 + 1;
		double pts[12];
		int n = waffle_threshold_line(w, left, pts);
		assert_true(n >= 2);
		int count = 0;
		for (int k = 0; k < total; k++) {
			double cx = w->seats[k].col + 0.5, cy = w->seats[k].row + 0.5;
			/* The line is vertical at this cell's height: the piece spanning cy. */
			for (int j = 0; j + 1 < n; j++)
				if (pts[2 * j] == pts[2 * j + 2] &&
				    cy > MIN(pts[2 * j + 1], pts[2 * j + 3]) &&
				    cy < MAX(pts[2 * j + 1], pts[2 * j + 3]))
					count += cx < pts[2 * j];
		}
		assert_int_equal(count, left);
		g_free(got);
		g_free(c);
		waffle_free(w);
	}
}

static int run_waffle_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_waffle),
	};
	return cmocka_run_group_tests_name("waffle", tests, NULL, NULL);
}

UNIT_GROUP(run_waffle_tests)
