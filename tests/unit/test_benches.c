/* test_benches: the Westminster layout: who sits on which bench, seats a pitch
 * apart inside the chamber, government and opposition across the floor. */
#include "units.h"

#include "benches.h"

#include <math.h>

static void test_benches(void **state)
{
	(void)state;
	ParlParty ps[5] = {
		{.name = (char *)"Gov", .seats = 84, .kind = PARL_PARTY},
		{.name = (char *)"Opp A", .seats = 7, .kind = PARL_PARTY},
		{.name = (char *)"Opp B", .seats = 7, .kind = PARL_PARTY},
		{.name = (char *)"Appointed", .seats = 9, .kind = PARL_APPOINTED},
		{.name = (char *)"Chair", .seats = 1, .kind = PARL_PARTY, .bench = PARL_SPEAKER},
	};
	assert_int_equal(bench_of(ps, 5, 0), PARL_GOVERNMENT);
	assert_int_equal(bench_of(ps, 5, 1), PARL_OPPOSITION);
	assert_int_equal(bench_of(ps, 5, 3), PARL_CROSS);
	assert_int_equal(bench_of(ps, 5, 4), PARL_SPEAKER);
	Benches *b = bench_westminster(ps, 5);
	assert_int_equal(b->nseats, 108);
	int got[5] = {0};
	for (int i = 0; i < b->nseats; i++) {
		got[b->seats[i].party]++;
		assert_true(b->seats[i].x > 0 && b->seats[i].x < b->width);
		assert_true(b->seats[i].y > 0 && b->seats[i].y < b->height);
		for (int j = i + 1; j < b->nseats; j++)
			assert_true(hypot(b->seats[i].x - b->seats[j].x,
			                  b->seats[i].y - b->seats[j].y) >= 1 - 1e-9);
	}
	for (int p = 0; p < 5; p++)
		assert_int_equal(got[p], ps[p].seats);
	/* Opposition above the floor, government below. */
	for (int i = 0; i < b->nseats; i++) {
		if (b->seats[i].party == 0)
			assert_true(b->seats[i].y > b->floor_y);
		if (b->seats[i].party == 1)
			assert_true(b->seats[i].y < b->floor_y);
	}
	bench_free(b);
}

static int run_benches_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_benches),
	};
	return cmocka_run_group_tests_name("benches", tests, NULL, NULL);
}

UNIT_GROUP(run_benches_tests)
