/* test_place: placement along one line: PAVA spreading, stem-aware label
 * rows and span lanes. */
#include "units.h"
#include "place.h"

#include <math.h>

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

static int run_place_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spread), cmocka_unit_test(rows),
	};
	return cmocka_run_group_tests_name("place", tests, NULL, NULL);
}

UNIT_GROUP(run_place_tests)
