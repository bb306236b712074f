/* test_datefix: the advice for dates in common other forms, and none for
 * what is no date or names no real day. */
#include "units.h"
#include "datefix.h"

#include <string.h>

/* The advice for s is want (NULL: none), about byte want_at. */
static void advice(const char *s, const char *want, int want_at)
{
	int at = -1;
	char *got = datefix_advice(s, &at);
	if (!want && got)
		fail_msg("\"%s\": got advice \"%s\"", s, got);
	if (want && (!got || strcmp(got, want) != 0 || at != want_at))
		fail_msg("\"%s\": got %d \"%s\", want %d \"%s\"", s, at, got ? got : "(none)",
		         want_at, want);
	g_free(got);
}

static void numbers_in_other_orders(void **state)
{
	(void)state;
	advice("21/02/2020", "write 2020-02-21", 0);
	advice("02/21/2020", "write 2020-02-21", 0);
	advice("2/21/2020", "write 2020-02-21", 0);
	advice("21-02-2020", "write 2020-02-21", 0);
	advice("21.02.2020", "write 2020-02-21", 0);
	advice("02.03.2020", "write 2020-03-02", 0);   /* dots: the day first */
	advice("03/03/2020", "write 2020-03-03", 0);   /* either way the same */
	advice("02/03/2020", "day and month can be read either way: write 2020-03-02 "
	       "(2 March) or 2020-02-03 (3 February)", 0);
	advice("2020/02/21", "write 2020-02-21", 0);
	advice("2020.02.21", "write 2020-02-21", 0);
	advice("2020-2-1", "write 2020-02-01", 0);
	advice("2020/02", "write 2020-02", 0);
	advice("02/2020", "write 2020-02", 0);
	advice("21/02/20", "write the year in full: 2020-02-21 or 1920-02-21", 0);
	/* no real date, or too little to tell */
	advice("31/02/2020", NULL, 0);
	advice("13/13/2020", NULL, 0);
	advice("1/2/3", NULL, 0);
	advice("02/03/20", NULL, 0);
	advice("21/02-2020", NULL, 0);   /* mixed separators */
	advice("1/2/3/4/5", NULL, 0);
	advice("1234567/02/2020", NULL, 0);
}

static void month_names(void **state)
{
	(void)state;
	advice("Feb 21, 2020", "write 2020-02-21", 0);
	advice("February 21 2020", "write 2020-02-21", 0);
	advice("21 feb 2020", "write 2020-02-21", 0);
	advice("21 Sept. 2019", "write 2019-09-21", 0);
	advice("2020 Feb 21", "write 2020-02-21", 0);
	advice("February 2020", "write 2020-02", 0);
	advice("21 февраля 2020 г.", "write 2020-02-21", 0);
	advice("Февраль 2020", "write 2020-02", 0);
	advice("2019 ж. 16 қазан", "write 2019-10-16", 0);
	advice("30 Feb 2020", NULL, 0);
	advice("Foo 2020", NULL, 0);
	advice("Feb March 2020", NULL, 0);
	advice("Ma 2020", NULL, 0);   /* too short to be a start of a name */
}

static void time_dashes_day_numbers_qualifiers(void **state)
{
	(void)state;
	advice("2020-02-21 10:00:00", "a timeline date has no time of day: write 2020-02-21", 10);
	advice("2020-02-21T10:00Z", "a timeline date has no time of day: write 2020-02-21", 10);
	advice("2020-02-21 noon", NULL, 0);
	advice("2020-02-30 10:00", NULL, 0);
	advice("2020\u201302\u201321", "these are dashes, not hyphens (-): write 2020-02-21", 4);
	advice("2020\u221202", "these are dashes, not hyphens (-): write 2020-02", 4);
	advice("43882", "if this is a spreadsheet's day number, write 2020-02-21 (format "
	       "the column as dates before saving)", 0);
	advice("2020 г.", "write 2020", 0);
	advice("123456", NULL, 0);
	/* ~ and ? stay with the date */
	advice("21/02/2020~", "write 2020-02-21~", 0);
	advice("Feb 2020?~", "write 2020-02?~", 0);
	advice("", NULL, 0);
	advice("~", NULL, 0);
	advice("\xff\xfe 2020", NULL, 0);
}

static int run_datefix_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(numbers_in_other_orders),
		cmocka_unit_test(month_names),
		cmocka_unit_test(time_dashes_day_numbers_qualifiers),
	};
	return cmocka_run_group_tests_name("datefix", tests, NULL, NULL);
}

UNIT_GROUP(run_datefix_tests)
