/* Unit tests of date parsing, day numbers and ordering. */
#include "units.h"
#include "date.h"

#include <string.h>

static Date ok(const char *s)
{
	Date d;
	char *why = NULL;
	int col = -1;
	if (!date_parse(s, &d, &why, &col))
		fail_msg("\"%s\" rejected at %d: %s", s, col, why);
	assert_null(why);
	return d;
}

/* The reason and the byte offset of a rejected date, both exact. */
static void bad(const char *s, int want_col, const char *want_why)
{
	Date d;
	char *why = NULL;
	int col = -1;
	if (date_parse(s, &d, &why, &col))
		fail_msg("\"%s\" accepted", s);
	assert_non_null(why);
	if (strcmp(why, want_why) != 0 || col != want_col)
		fail_msg("\"%s\": got %d \"%s\", want %d \"%s\"", s, col, why,
		         want_col, want_why);
	g_free(why);
}

static void precisions(void **state)
{
	(void)state;
	Date d = ok("1465");
	assert_int_equal(d.year, 1465);
	assert_int_equal(d.month, 0);
	assert_int_equal(d.day, 0);
	assert_int_equal(d.prec, DATE_YEAR);
	assert_int_equal(d.qual, 0);

	d = ok("2019-07");
	assert_int_equal(d.year, 2019);
	assert_int_equal(d.month, 7);
	assert_int_equal(d.day, 0);
	assert_int_equal(d.prec, DATE_MONTH);

	d = ok("2019-12-31");
	assert_int_equal(d.year, 2019);
	assert_int_equal(d.month, 12);
	assert_int_equal(d.day, 31);
	assert_int_equal(d.prec, DATE_DAY);

	d = ok("0001-01-01");
	assert_int_equal(d.year, 1);
	d = ok("9999-12-31");
	assert_int_equal(d.year, 9999);
	assert_int_equal(d.day, 31);
}

static void qualifiers(void **state)
{
	(void)state;
	assert_int_equal(ok("1465~").qual, DATE_APPROX);
	assert_int_equal(ok("1465?").qual, DATE_UNCERTAIN);
	assert_int_equal(ok("1465~?").qual, DATE_APPROX | DATE_UNCERTAIN);
	Date d = ok("2019-03-04?~");
	assert_int_equal(d.qual, DATE_APPROX | DATE_UNCERTAIN);
	assert_int_equal(d.day, 4);
	assert_int_equal(ok("2019-03~").prec, DATE_MONTH);
	bad("1465~~", 5, "\"~\" given twice: write it once");
	bad("1465?~?", 6, "\"?\" given twice: write it once");
	bad("1465~x", 5, "unexpected \"x\" after the qualifier: only ~ and ? "
	    "may follow the date");
}

static void leap_years(void **state)
{
	(void)state;
	assert_int_equal(ok("2020-02-29").day, 29);
	assert_int_equal(ok("2000-02-29").day, 29);
	assert_int_equal(ok("1600-02-29").day, 29);
	bad("2019-02-29", 8, "February 2019 has 28 days");
	bad("1900-02-29", 8, "February 1900 has 28 days");
	bad("2019-02-30", 8, "February 2019 has 28 days");
	bad("2020-02-30", 8, "February 2020 has 29 days");
	bad("2019-04-31", 8, "April 2019 has 30 days");
	bad("2019-01-32", 8, "January 2019 has 31 days");
	assert_int_equal(date_days_in_month(2020, 2), 29);
	assert_int_equal(date_days_in_month(2100, 2), 28);
	assert_int_equal(date_days_in_month(2019, 12), 31);
	assert_int_equal(date_days_in_month(2019, 13), 0);
	assert_int_equal(date_days_in_month(0, 1), 0);
}

static void bad_forms(void **state)
{
	(void)state;
	bad("", 0, "the date is empty");
	bad("March 2019", 0, "it does not start with a 4-digit year");
	bad("19", 0, "year \"19\": years have 4 digits, 0001 to 9999");
	bad("20190", 0, "year \"20190\": years have 4 digits, 0001 to 9999");
	bad("0000", 0, "year 0000: years run 0001 to 9999");
	bad("-044", 0, "years before 0001 are not supported: years run 0001 "
	    "to 9999");
	bad("20190704", 0, "write it with dashes, as 2019-07-04");
	bad("04/07/2019", 0, "write the year first, as YYYY-MM-DD");
	bad("2019-13", 5, "month 13: months run 01 to 12");
	bad("2019-00-01", 5, "month 00: months run 01 to 12");
	bad("2019-1", 5, "month \"1\": months have 2 digits, 01 to 12");
	bad("2019-123", 5, "month \"123\": months have 2 digits, 01 to 12");
	bad("2019-", 5, "the month is missing after \"-\"");
	bad("2019-ab", 5, "\"a\" where the month should be (YYYY-MM)");
	bad("2019-01-00", 8, "day 00: days start at 01");
	bad("2019-01-5", 8, "day \"5\": days have 2 digits, 01 to 31");
	bad("2019-01-", 8, "the day is missing after \"-\"");
	bad("2019/01/02", 4, "unexpected \"/\": expected -MM, ~, ? or the end");
	bad("2019-01-02T10:00", 10, "unexpected \"T\": expected ~, ? or the end");
	bad("2019-01-02-03", 10, "unexpected \"-\": expected ~, ? or the end");
	bad("2019-01x", 7, "unexpected \"x\": expected -DD, ~, ? or the end");
	bad("2019 -01", 4, "space inside the date: write it without spaces");
	bad("2019-01-02 ~", 10, "space inside the date: write it without "
	    "spaces");
	bad("2019\xC3\xA9", 4, "unexpected \"\xC3\xA9\": expected -MM, ~, ? or "
	    "the end");
	bad("2019\xFF", 4, "unexpected byte 0xFF: expected -MM, ~, ? or the end");
	bad("2019\x01", 4, "unexpected byte 0x01: expected -MM, ~, ? or the end");
	/* Outputs are optional. */
	assert_false(date_parse("2019-02-29", NULL, NULL, NULL));
	assert_true(date_parse("2019", NULL, NULL, NULL));
}

static void day_numbers(void **state)
{
	(void)state;
	Date d = ok("0001-01-01");
	assert_int_equal(date_first_day(&d), 1);
	d = ok("0001");
	assert_int_equal(date_first_day(&d), 1);
	assert_int_equal(date_last_day(&d), 365);
	d = ok("2020-02");
	assert_int_equal(date_last_day(&d) - date_first_day(&d), 28);
	d = ok("2020");
	assert_int_equal(date_last_day(&d) - date_first_day(&d), 365);
	Date a = ok("2019-12-31"), b = ok("2020-01-01");
	assert_int_equal(date_first_day(&b) - date_first_day(&a), 1);
	assert_int_equal(date_first_day(&a), date_last_day(&a));

	int y, m, md;
	date_from_day(date_first_day(&b), &y, &m, &md);
	assert_int_equal(y, 2020);
	assert_int_equal(m, 1);
	assert_int_equal(md, 1);
	d = ok("2020-02-29");
	date_from_day(date_first_day(&d), &y, &m, &md);
	assert_int_equal(y * 10000 + m * 100 + md, 20200229);
	d = ok("9999");
	date_from_day(date_last_day(&d), &y, &m, &md);
	assert_int_equal(y * 10000 + m * 100 + md, 99991231);
	/* A Date date_parse never made has no day number. */
	Date z = { 0 };
	assert_int_equal(date_first_day(&z), 0);
	Date feb30 = { .year = 2019, .month = 2, .day = 30, .prec = DATE_DAY };
	assert_int_equal(date_last_day(&feb30), 0);
	/* Out of range days clamp to the first and last supported day. */
	date_from_day(0, &y, &m, &md);
	assert_int_equal(y * 10000 + m * 100 + md, 10101);
	date_from_day(date_last_day(&d) + 400, &y, &m, &md);
	assert_int_equal(y * 10000 + m * 100 + md, 99991231);
}

static void ordering(void **state)
{
	(void)state;
	Date y = ok("2019"), m = ok("2019-01"), d = ok("2019-01-01");
	Date d2 = ok("2019-01-02"), q = ok("2019~");
	/* Same first day: the shorter span first. */
	assert_true(date_compare(&d, &m) < 0);
	assert_true(date_compare(&m, &y) < 0);
	assert_true(date_compare(&d, &y) < 0);
	assert_true(date_compare(&y, &d) > 0);
	assert_true(date_compare(&d2, &m) > 0);
	assert_true(date_compare(&d, &d2) < 0);
	assert_int_equal(date_compare(&d, &d), 0);
	Date y2 = ok("2019");
	assert_int_equal(date_compare(&y, &y2), 0);
	/* Qualifiers only break ties, so sorting is a total order. */
	assert_true(date_compare(&y, &q) < 0);
	assert_true(date_compare(&q, &y) > 0);
	Date early = ok("1465"), late = ok("9999-12");
	assert_true(date_compare(&early, &late) < 0);
}

static int run_date_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(precisions),
		cmocka_unit_test(qualifiers),
		cmocka_unit_test(leap_years),
		cmocka_unit_test(bad_forms),
		cmocka_unit_test(day_numbers),
		cmocka_unit_test(ordering),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}

UNIT_GROUP(run_date_tests)
