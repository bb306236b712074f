/* test_seatalt: the seat chart in plain text: the kind of chart (English
 * only), every party with seats and share, the thresholds, one line a house. */
#include "units.h"
#include "seat_fixtures.h"

#include "seatalt.h"
#include "seatothers.h"

static void test_alt_text(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	ChartOptions co = {.title = "Majlis", .lang = LANG_EN};
	SeatFigOptions o = {.layout = SEATFIG_ARCH, .majority = TRUE};
	char *alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "Hemicycle seat chart. Majlis, 107 seats: Communist People's "
	                    "Party of Kazakhstan 7 (6.5%), Nur Otan 84 (78.5%), Aq Zhol 7 "
	                    "(6.5%), Assembly of the People of Kazakhstan (appointed) 9 "
	                    "(8.4%); majority 54.\n");
	g_free(alt);
	parl_set_free(set);
}

static void test_alt_elections(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats\n2016,A,40\n2016,B,0\n"
	                            "2021,A,60\n2021,B,47\n");
	ChartOptions co = {.lang = LANG_EN};
	ParlThreshold th;
	assert_true(parl_threshold_parse("2/3", &th, NULL));
	SeatFigOptions o = {.layout = SEATFIG_BAR, .thresholds = &th, .nthresholds = 1};
	char *alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "Stacked-bar seat charts, one per election.\n"
	                    "2016, 40 seats: A 40 (100.0%); 2/3: 27.\n"
	                    "2021, 107 seats: A 60 (56.1%), B 47 (43.9%); 2/3: 72.\n");
	g_free(alt);
	/* Other languages start with the data, in their words and numbers. */
	co.lang = LANG_RU;
	o.layout = SEATFIG_WAFFLE;
	o.majority = TRUE;
	o.nthresholds = 0;
	alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "2016, 40 мест: A 40 (100,0\u00a0%); большинство 21.\n"
	                    "2021, 107 мест: A 60 (56,1\u00a0%), B 47 (43,9\u00a0%); "
	                    "большинство 54.\n");
	g_free(alt);
	parl_threshold_clear(&th);
	parl_set_free(set);
}

/* Thresholds merged as the figure merges them, numbers as the language
 * writes them, a title before the elections, Others' parties named. */
static void test_alt_like_figure(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("election,party,seats\n1,A,6000\n1,B,10\n"
	                            "2,A,5\n2,B,4\n");
	ChartOptions co = {.lang = LANG_KK, .title = "Мәжіліс"};
	ParlThreshold th;
	assert_true(parl_threshold_parse("1/2", &th, NULL));
	SeatFigOptions o = {.layout = SEATFIG_ARCH, .majority = TRUE, .thresholds = &th,
	                    .nthresholds = 1};
	char *alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "Мәжіліс.\n1, 6010 орын: A 6000 (99,8\u00a0%), B 10 "
	                    "(0,2\u00a0%); көпшілік 3006.\n2, 9 орын: A 5 (55,6\u00a0%), "
	                    "B 4 (44,4\u00a0%); көпшілік 5.\n");
	g_free(alt);
	parl_threshold_clear(&th);
	parl_set_free(set);
	set = fixture_load("party,seats\nBig,300\nS1,4\nS2,2\n");
	seatothers_gather(set, 5, LANG_EN);
	co = (ChartOptions){.lang = LANG_EN};
	o = (SeatFigOptions){.layout = SEATFIG_ARCH};
	alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "Hemicycle seat chart. 306 seats: Big 300 (98.0%), "
	                    "Others (2) 6 (2.0%); Others (2): S1 4, S2 2.\n");
	g_free(alt);
	parl_set_free(set);
}

/* Benches are named only from the bench column; without it the text says
 * the sides are in file order and names neither. */
static void test_alt_benches(void **state)
{
	(void)state;
	ParlSet *set = fixture_load("party,seats,bench\nA,5,government\nB,3,opposition\n"
	                            "C,0,opposition\nD,1,cross\n");
	ChartOptions co = {.lang = LANG_EN};
	SeatFigOptions o = {.layout = SEATFIG_WESTMINSTER, .majority = TRUE};
	char *alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "Westminster-style seat chart. 9 seats: A 5 (55.6%), B 3 "
	                    "(33.3%), D 1 (11.1%); majority 5. Government: A. Opposition: B. "
	                    "Cross benches: D.\n");
	g_free(alt);
	parl_set_free(set);
	set = fixture_load("party,seats\nA,5\nB,3\n");
	alt = seatalt_text(set, &o, &co);
	assert_string_equal(alt, "Westminster-style seat chart. The parties sit in file order "
	                    "on two facing benches; neither side is named. 8 seats: A 5 "
	                    "(62.5%), B 3 (37.5%); majority 5.\n");
	g_free(alt);
	parl_set_free(set);
}

static int run_seatalt_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alt_text),
		cmocka_unit_test(test_alt_elections),
		cmocka_unit_test(test_alt_like_figure),
		cmocka_unit_test(test_alt_benches),
	};
	return cmocka_run_group_tests_name("seatalt", tests, NULL, NULL);
}

UNIT_GROUP(run_seatalt_tests)
