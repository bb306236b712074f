/* test_suggest: the edit distance and the "did you mean" choice. */
#include "units.h"
#include "suggest.h"

#include <string.h>

static void distance_counts_each_edit_once(void **state)
{
	(void)state;
	assert_int_equal(suggest_distance("title", "title"), 0);
	assert_int_equal(suggest_distance("Title", "tITLE"), 0);   /* case ignored */
	assert_int_equal(suggest_distance("titel", "title"), 1);   /* a swap is one */
	assert_int_equal(suggest_distance("tile", "title"), 1);
	assert_int_equal(suggest_distance("titles", "title"), 1);
	assert_int_equal(suggest_distance("tytle", "title"), 1);
	assert_int_equal(suggest_distance("", "size"), 4);
	assert_int_equal(suggest_distance("kitten", "sitting"), 3);
}

static void long_words_cost_bounded_work(void **state)
{
	(void)state;
	char big[1000];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	/* cut at 64 characters: still a distance, no overflow */
	assert_true(suggest_distance(big, "title") > 3);
}

static void closest_is_near_enough_or_none(void **state)
{
	(void)state;
	const char *const names[] = {"title", "subtitle", "size", "scene", "strict"};
	assert_string_equal(suggest_closest("titel", names, 5), "title");
	assert_string_equal(suggest_closest("subtitel", names, 5), "subtitle");
	assert_string_equal(suggest_closest("sise", names, 5), "size");
	assert_string_equal(suggest_closest("stric", names, 5), "strict");
	/* too far from everything */
	assert_null(suggest_closest("colour", names, 5));
	assert_null(suggest_closest("x", names, 5));
	/* a start of exactly one name is enough; of several, no guess */
	const char *const more[] = {"vertical", "no-breaks", "break"};
	assert_string_equal(suggest_closest("vert", more, 3), "vertical");
	assert_null(suggest_closest("br", more, 3));
	/* ties go to the earlier name */
	const char *const tie[] = {"bat", "cat"};
	assert_string_equal(suggest_closest("hat", tie, 2), "bat");
}

static int run_suggest_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(distance_counts_each_edit_once),
		cmocka_unit_test(long_words_cost_bounded_work),
		cmocka_unit_test(closest_is_near_enough_or_none),
	};
	return cmocka_run_group_tests_name("suggest", tests, NULL, NULL);
}

UNIT_GROUP(run_suggest_tests)
