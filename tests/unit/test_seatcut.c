/* test_seatcut: the threshold lines of a house: the majority first, each
 * count once under its first name, labels per language, and the error for a
 * threshold larger than the house. */
#include "units.h"
#include "seat_fixtures.h"

#include "diag.h"
#include "seatcut.h"

static ParlThreshold *parse_all(const char *const *specs, int n)
{
	ParlThreshold *t = g_new0(ParlThreshold, n);
	for (int i = 0; i < n; i++)
		assert_true(parl_threshold_parse(specs[i], &t[i], NULL));
	return t;
}

static void free_all(ParlThreshold *t, int n)
{
	for (int i = 0; i < n; i++)
		parl_threshold_clear(&t[i]);
	g_free(t);
}

static void expect_cut(GArray *cuts, guint i, int seats, SeatCutKind kind, const char *label)
{
	assert_true(i < cuts->len);
	const SeatCut *c = seatcut_at(cuts, i);
	assert_int_equal(c->seats, seats);
	assert_int_equal(c->kind, kind);
	assert_string_equal(c->label, label);
}

static void test_order_and_labels(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	static const char *const specs[] = {"2/3", "60", "75%"};
	ParlThreshold *t = parse_all(specs, 3);
	GArray *cuts = seatcut_list(&set->houses[0], TRUE, t, 3, LANG_EN, NULL);
	assert_int_equal(cuts->len, 4);
	expect_cut(cuts, 0, 54, SEATCUT_MAJORITY, "Majority: 54");
	expect_cut(cuts, 1, 72, SEATCUT_THRESHOLD, "2/3: 72");
	expect_cut(cuts, 2, 60, SEATCUT_THRESHOLD, "60 seats");
	expect_cut(cuts, 3, 81, SEATCUT_THRESHOLD, "75%: 81");
	g_array_free(cuts, TRUE);
	/* Without the majority, in Russian. */
	cuts = seatcut_list(&set->houses[0], FALSE, t + 1, 1, LANG_RU, NULL);
	assert_int_equal(cuts->len, 1);
	expect_cut(cuts, 0, 60, SEATCUT_THRESHOLD, "60 мест");
	g_array_free(cuts, TRUE);
	cuts = seatcut_list(&set->houses[0], TRUE, NULL, 0, LANG_KK, NULL);
	expect_cut(cuts, 0, 54, SEATCUT_MAJORITY, "Көпшілік: 54");
	g_array_free(cuts, TRUE);
	free_all(t, 3);
	parl_set_free(set);
}

/* 1/2 is the majority's count, 54 and 50% of 107 too: one line each count,
 * named as first given. */
static void test_one_line_a_count(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	static const char *const specs[] = {"1/2", "2/3", "72", "54", "0.5"};
	ParlThreshold *t = parse_all(specs, 5);
	GArray *cuts = seatcut_list(&set->houses[0], TRUE, t, 5, LANG_EN, NULL);
	assert_int_equal(cuts->len, 2);
	expect_cut(cuts, 0, 54, SEATCUT_MAJORITY, "Majority: 54");
	expect_cut(cuts, 1, 72, SEATCUT_THRESHOLD, "2/3: 72");
	g_array_free(cuts, TRUE);
	/* Without the majority, 1/2 is the first line at 54. */
	cuts = seatcut_list(&set->houses[0], FALSE, t, 5, LANG_EN, NULL);
	assert_int_equal(cuts->len, 2);
	expect_cut(cuts, 0, 54, SEATCUT_THRESHOLD, "1/2: 54");
	g_array_free(cuts, TRUE);
	free_all(t, 5);
	parl_set_free(set);
}

static void test_too_large(void **state)
{
	(void)state;
	ParlSet *set = fixture_load(fixture_majlis);
	static const char *const specs[] = {"2/3", "108"};
	ParlThreshold *t = parse_all(specs, 2);
	GError *e = NULL;
	assert_null(seatcut_list(&set->houses[0], TRUE, t, 2, LANG_EN, &e));
	assert_int_equal(e->code, DIAG_USAGE);
	assert_string_equal(e->message, "--threshold 108: 108 seats, more than the 107 seats "
	                    "of the house; expected at most 107");
	g_error_free(e);
	/* All the seats is still a line. */
	parl_threshold_clear(&t[1]);
	assert_true(parl_threshold_parse("107", &t[1], NULL));
	GArray *cuts = seatcut_list(&set->houses[0], TRUE, t, 2, LANG_EN, NULL);
	expect_cut(cuts, 2, 107, SEATCUT_THRESHOLD, "107 seats");
	g_array_free(cuts, TRUE);
	free_all(t, 2);
	parl_set_free(set);
}

/* One or two seats: the majority is every seat, so no line says it; a
 * threshold asked for is still drawn. Three seats have a majority of two. */
static void test_no_majority_of_all(void **state)
{
	(void)state;
	static const char *const csv[] = {"party,seats\nA,1\n", "party,seats\nA,1\nB,1\n",
	                                  "party,seats\nA,2\nB,1\n"};
	static const char *const specs[] = {"2/3"};
	ParlThreshold *t = parse_all(specs, 1);
	for (int i = 0; i < 3; i++) {
		ParlSet *set = fixture_load(csv[i]);
		GArray *cuts = seatcut_list(&set->houses[0], TRUE, NULL, 0, LANG_EN, NULL);
		assert_int_equal(cuts->len, i == 2);
		g_array_free(cuts, TRUE);
		cuts = seatcut_list(&set->houses[0], TRUE, t, 1, LANG_EN, NULL);
		assert_int_equal(cuts->len, 1);
		expect_cut(cuts, 0, i == 2 ? 2 : i + 1, i == 2 ? SEATCUT_MAJORITY : SEATCUT_THRESHOLD,
		           i == 0 ? "2/3: 1" : i == 1 ? "2/3: 2" : "Majority: 2");
		g_array_free(cuts, TRUE);
		parl_set_free(set);
	}
	free_all(t, 1);
}

static void test_roles(void **state)
{
	(void)state;
	assert_string_equal(seatcut_role(SEATCUT_MAJORITY), "majority");
	assert_string_equal(seatcut_role(SEATCUT_THRESHOLD), "threshold");
}

static int run_seatcut_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order_and_labels),
		cmocka_unit_test(test_one_line_a_count),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_no_majority_of_all),
		cmocka_unit_test(test_roles),
	};
	return cmocka_run_group_tests_name("seatcut", tests, NULL, NULL);
}

UNIT_GROUP(run_seatcut_tests)
