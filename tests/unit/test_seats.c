/* test_seats: the parliament model: loading compositions from CSV,
 * thresholds, majorities and shares as each language writes them. */
#include "units.h"
#include "seat_fixtures.h"

#include "diag.h"
#include "seats.h"

#include <glib/gstdio.h>
#include <math.h>

static void test_thresholds(void **state)
{
	(void)state;
	ParlThreshold t;
	assert_true(parl_threshold_parse("2/3", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 72);
	assert_int_equal(parl_threshold_seats(&t, 600), 400);
	assert_int_equal(parl_threshold_seats(&t, 3), 2);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("1/2", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 54);
	assert_int_equal(parl_threshold_seats(&t, 100), 51);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("60%", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 65);
	assert_int_equal(parl_threshold_seats(&t, 100), 60);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("0.75", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 81);
	parl_threshold_clear(&t);
	assert_true(parl_threshold_parse("72", &t, NULL));
	assert_int_equal(parl_threshold_seats(&t, 107), 72);
	parl_threshold_clear(&t);
	static const char *const bad[] = {"", "0", "-1", "half", "3/2", "0/3", "2/0",
	                                  "120%", "%", "60 %", "1.5", "12a", "1e3", "2//3"};
	for (size_t i = 0; i < G_N_ELEMENTS(bad); i++) {
		GError *e = NULL;
		assert_false(parl_threshold_parse(bad[i], &t, &e));
		assert_non_null(e);
		assert_int_equal(e->code, DIAG_USAGE);
		g_error_free(e);
	}
	assert_int_equal(parl_majority(1), 1);
	assert_int_equal(parl_majority(2), 2);
	assert_int_equal(parl_majority(107), 54);
	assert_int_equal(parl_majority(650), 326);
}

static void test_share_text(void **state)
{
	(void)state;
	char *s = parl_share_text(LANG_EN, 84, 107);
	assert_string_equal(s, "84 (78.5%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 9, 107);
	assert_string_equal(s, "9 (8.4%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 1, 3);
	assert_string_equal(s, "1 (33.3%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 2, 3);
	assert_string_equal(s, "2 (66.7%)");
	g_free(s);
	s = parl_share_text(LANG_EN, 5000, 5000);
	assert_string_equal(s, "5,000 (100.0%)");
	g_free(s);
	s = parl_share_text(LANG_RU, 84, 107);
	assert_string_equal(s, "84 (78,5\u00a0%)");
	g_free(s);
}

static void test_load(void **state)
{
	(void)state;
	char *path = fixture_csv_file("election,party,seats,color,kind,short\n"
	                      "2016,Nur Otan,84,#1f78b4,,NO\n"
	                      "2016,Aq Zhol,7,,party,\n"
	                      "2016,Assembly,9,,appointed,APK\n"
	                      "2012,Nur Otan,83,,,\n"
	                      "2012,Aq Zhol,8,,,\n");
	GError *e = NULL;
	ParlSet *set = parl_load(path, NULL, &e);
	assert_null(e);
	assert_int_equal(set->n, 2);
	assert_string_equal(set->houses[0].election, "2016");
	assert_int_equal(set->houses[0].total, 100);
	assert_int_equal(set->houses[1].total, 91);
	assert_int_equal(set->houses[0].parties[2].kind, PARL_APPOINTED);
	assert_string_equal(set->houses[0].parties[0].short_name, "NO");
	assert_null(set->houses[0].parties[1].short_name);
	assert_int_equal(set->houses[0].parties[2].ref, 2);
	/* One party keeps one colour across elections, given or not. */
	Color a = set->houses[0].parties[0].color, b = set->houses[1].parties[0].color;
	assert_true(a.r == b.r && a.g == b.g && a.b == b.b);
	a = set->houses[0].parties[1].color, b = set->houses[1].parties[1].color;
	assert_true(a.r == b.r && a.g == b.g && a.b == b.b);
	parl_set_free(set);
	g_unlink(path);
	g_free(path);
}

static void test_seat_counts(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	int *c = parl_seat_counts(&set->houses[0]);
	assert_int_equal(c[0], 7);
	assert_int_equal(c[1], 84);
	assert_int_equal(c[2], 7);
	assert_int_equal(c[3], 9);
	g_free(c);
	parl_set_free(set);
}

static int run_seats_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_thresholds),
		cmocka_unit_test(test_share_text),
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_seat_counts),
	};
	return cmocka_run_group_tests_name("seats", tests, NULL, NULL);
}

UNIT_GROUP(run_seats_tests)
