/* test_place: placement along one line: PAVA spreading and span lanes. */
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

/* Lanes: first fit in start order. */
static void lanes(void **state)
{
	(void)state;
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
		cmocka_unit_test(spread), cmocka_unit_test(lanes),
	};
	return cmocka_run_group_tests_name("place", tests, NULL, NULL);
}

UNIT_GROUP(run_place_tests)
