/* test_seatothers: --others: small parties gathered into one block at the
 * end of each house, each kept for the legend, the rest left alone. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatothers.h"

static void test_gather(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats,kind\nBig,300,party\nMid,40,party\n"
	                            "S1,4,party\nS2,2,independent\nAppointed,3,appointed\n"
	                            "Zero,0,party\nS3,1,party\n");
	seatothers_gather(set, 5, LANG_EN);
	const Parliament *h = &set->houses[0];
	/* Big, Mid, Appointed, Zero (no seats to gather), then Others (3)
	 * holding S1, S2 and S3. */
	assert_int_equal(h->nparties, 5);
	assert_string_equal(h->parties[2].name, "Appointed");
	assert_string_equal(h->parties[3].name, "Zero");
	const ParlParty *o = &h->parties[4];
	assert_string_equal(o->name, "Others (3)");
	assert_int_equal(o->seats, 7);
	assert_int_equal(o->ngathered, 3);
	assert_string_equal(o->gathered[0].name, "S1");
	assert_string_equal(o->gathered[2].name, "S3");
	assert_int_equal(h->total, 350);
	/* Others is a lineage of its own, numbered last in the legend. */
	assert_int_equal(set->lineages[o->lineage].number, 4);
	assert_int_equal(set->lineages[h->parties[0].lineage].number, 1);
	parl_set_free(set);
}

/* One small party alone stays itself; across elections a party big once is
 * never gathered. */
static void test_left_alone(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats\nBig,300\nS1,4\n");
	seatothers_gather(set, 5, LANG_EN);
	assert_int_equal(set->houses[0].nparties, 2);
	assert_int_equal(set->houses[0].parties[1].ngathered, 0);
	parl_set_free(set);
	set = fixture_load("election,party,seats\n1,Big,30\n1,A,9\n1,B,1\n1,C,2\n"
	                   "2,Big,30\n2,A,2\n2,B,1\n2,C,3\n");
	seatothers_gather(set, 5, LANG_RU);
	assert_int_equal(set->houses[1].nparties, 3);
	assert_string_equal(set->houses[1].parties[1].name, "A");
	assert_string_equal(set->houses[1].parties[2].name, "Другие (2)");
	assert_int_equal(set->houses[1].parties[2].seats, 4);
	parl_set_free(set);
}

static int run_seatothers_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gather),
		cmocka_unit_test(test_left_alone),
	};
	return cmocka_run_group_tests_name("seatothers", tests, NULL, NULL);
}

UNIT_GROUP(run_seatothers_tests)
