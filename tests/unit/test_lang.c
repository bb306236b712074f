/* test_lang: month names, dates, plurals, words and numbers in en, ru, kk. */
#include "units.h"
#include "lang.h"

#include <string.h>

static char *fmt(Lang lang, const char *s)
{
	Date d;
	char *why = NULL;
	int col;
	assert_true(date_parse(s, &d, &why, &col));
	return lang_date(lang, &d);
}

static void expect_fmt(Lang lang, const char *in, const char *want)
{
	char *got = fmt(lang, in);
	if (strcmp(got, want))
		fail_msg("%s %s: got \"%s\", want \"%s\"", lang_code(lang), in, got, want);
	g_free(got);
}

static void month_words(void **state)
{
	(void)state;
	static const char *const kk[12] = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр",
	                                   "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
	                                   "қараша", "желтоқсан"};
	for (int m = 1; m <= 12; m++)
		assert_string_equal(lang_month(LANG_KK, m, LANG_MONTH_IN_DATE), kk[m - 1]);
	assert_string_equal(lang_month(LANG_RU, 10, LANG_MONTH_AXIS), "Октябрь");
	assert_string_equal(lang_month(LANG_RU, 10, LANG_MONTH_IN_DATE), "октября");
	expect_fmt(LANG_EN, "2019-10-16", "16 Oct 2019");
	expect_fmt(LANG_RU, "2019-10-16", "16 октября 2019");
	expect_fmt(LANG_KK, "2019-10-16", "2019 ж. 16 қазан");
	expect_fmt(LANG_EN, "2019-12", "Dec 2019");
	expect_fmt(LANG_RU, "2019-12", "Декабрь 2019");
	expect_fmt(LANG_EN, "1465~", "c. 1465");
	expect_fmt(LANG_EN, "2020-06?", "Jun 2020?");
	expect_fmt(LANG_RU, "2020~?", "ок. 2020?");
	Lang l;
	assert_false(lang_parse("de", &l));
	assert_false(lang_parse(NULL, &l));
	assert_true(lang_parse("kk", &l) && l == LANG_KK);
	assert_true(lang_parse("RU", &l) && l == LANG_RU);
}

static void expect_dur(Lang lang, gint64 days, const char *want)
{
	char *got = lang_duration(lang, days);
	if (strcmp(got, want))
		fail_msg("%s %" G_GINT64_FORMAT ": got \"%s\", want \"%s\"", lang_code(lang), days, got, want);
	g_free(got);
}

static void durations(void **state)
{
	(void)state;
	expect_dur(LANG_EN, 1, "1 day");
	expect_dur(LANG_EN, 44, "44 days");
	expect_dur(LANG_EN, 640, "21 months");
	expect_dur(LANG_EN, 37300, "102 years");
	expect_dur(LANG_RU, 1, "1 день");
	expect_dur(LANG_RU, 3, "3 дня");
	expect_dur(LANG_RU, 11, "11 дней");
	expect_dur(LANG_RU, 21, "21 день");
	expect_dur(LANG_RU, 44, "44 дня");
	expect_dur(LANG_RU, 3653, "10 лет");
	expect_dur(LANG_KK, 44, "44 күн");
}

static void ranges(void **state)
{
	(void)state;
	Date a, b;
	char *why = NULL;
	int col;
	assert_true(date_parse("2020-02-19", &a, &why, &col));
	assert_true(date_parse("2020-02-22", &b, &why, &col));
	char *r = lang_date_range(LANG_EN, &a, &b);
	assert_string_equal(r, "19\u201322 Feb 2020");
	g_free(r);
	r = lang_date_range(LANG_RU, &a, &b);
	assert_string_equal(r, "19\u201322 февраля 2020");
	g_free(r);
	assert_true(date_parse("2017", &a, &why, &col));
	assert_true(date_parse("2020", &b, &why, &col));
	r = lang_date_range(LANG_EN, &a, &b);
	assert_string_equal(r, "2017 \u2013 2020");
	g_free(r);
	r = lang_date_range(LANG_EN, &a, &a);
	assert_string_equal(r, "2017");
	g_free(r);
	/* Months of one year: the year once, the second month lower case in ru. */
	assert_true(date_parse("2016-04", &a, &why, &col));
	assert_true(date_parse("2016-05", &b, &why, &col));
	r = lang_date_range(LANG_EN, &a, &b);
	assert_string_equal(r, "Apr \u2013 May 2016");
	g_free(r);
	r = lang_date_range(LANG_RU, &a, &b);
	assert_string_equal(r, "\u0410\u043f\u0440\u0435\u043b\u044c \u2013 \u043c\u0430\u0439 2016");
	g_free(r);
	r = lang_date_range(LANG_KK, &a, &b);
	assert_string_equal(r, "2016 \u0436. \u0441\u04d9\u0443\u0456\u0440 \u2013 \u043c\u0430\u043c\u044b\u0440");
	g_free(r);
}

/* Russian has three plural forms, English two, Kazakh one. */
static void plurals(void **state)
{
	(void)state;
	static const int ru[][2] = {{1, 0}, {2, 1}, {4, 1}, {5, 2}, {11, 2}, {12, 2},
	                            {14, 2}, {21, 0}, {22, 1}, {25, 2}, {101, 0},
	                            {111, 2}, {0, 2}};
	for (size_t i = 0; i < G_N_ELEMENTS(ru); i++)
		assert_int_equal(lang_plural(LANG_RU, ru[i][0]), ru[i][1]);
	assert_int_equal(lang_plural(LANG_EN, 1), 0);
	assert_int_equal(lang_plural(LANG_EN, 0), 2);
	assert_int_equal(lang_plural(LANG_EN, 2), 2);
	assert_int_equal(lang_plural(LANG_KK, 5), 0);
	assert_string_equal(lang_word(LANG_RU, LANG_W_SEATS, 107), "мест");
	assert_string_equal(lang_word(LANG_RU, LANG_W_SEATS, 3), "места");
	assert_string_equal(lang_word(LANG_RU, LANG_W_SEATS, 21), "место");
	assert_string_equal(lang_word(LANG_EN, LANG_W_SEATS, 1), "seat");
	assert_string_equal(lang_word(LANG_EN, LANG_W_SEATS, 107), "seats");
	assert_string_equal(lang_word(LANG_KK, LANG_W_SEATS, 107), "орын");
}

static void expect_str(char *got, const char *want)
{
	if (strcmp(got, want))
		fail_msg("got \"%s\", want \"%s\"", got, want);
	g_free(got);
}

/* Numbers as each language writes them, whatever the C locale. */
static void numbers(void **state)
{
	(void)state;
	expect_str(lang_integer(LANG_EN, 107), "107");
	expect_str(lang_integer(LANG_EN, 2977), "2,977");
	expect_str(lang_integer(LANG_EN, 1234567), "1,234,567");
	expect_str(lang_integer(LANG_EN, -1000), "\u20131,000");
	expect_str(lang_integer(LANG_RU, 2977), "2977");
	expect_str(lang_integer(LANG_RU, 10000), "10\u202f000");
	expect_str(lang_integer(LANG_KK, 1234567), "1\u202f234\u202f567");
	expect_str(lang_percent(LANG_EN, 78.5, 1), "78.5%");
	expect_str(lang_percent(LANG_RU, 78.5, 1), "78,5\u00a0%");
	expect_str(lang_percent(LANG_KK, 8.4, 1), "8,4\u00a0%");
	expect_str(lang_percent(LANG_EN, 100, 0), "100%");
	expect_str(lang_phrase(LANG_EN, LANG_P_AND_MORE, 3, 0), "and 3 more");
	expect_str(lang_phrase(LANG_RU, LANG_P_OTHER_GROUPS, 4, 0), "другие группы (4)");
	expect_str(lang_phrase(LANG_EN, LANG_P_NOT_LABELLED, 1200, 40000),
	           "1,200 of 40,000 events are not labelled: there is no room for them "
	           "at this size (higher priority kept).");
	/* One event left out is one: "is", "it". */
	expect_str(lang_phrase(LANG_EN, LANG_P_NOT_LABELLED, 1, 11),
	           "1 of 11 events is not labelled: there is no room for it at this size "
	           "(higher priority kept).");
	/* The alt text's phrases take the plural forms of their count. */
	expect_str(lang_phrase(LANG_EN, LANG_P_ALT_TIMELINE, 1, 0), "Timeline of 1 event");
	expect_str(lang_phrase(LANG_RU, LANG_P_ALT_TIMELINE, 3, 0), "Хронология: 3 события");
	expect_str(lang_phrase(LANG_RU, LANG_P_ALT_MORE, 21, 0), "... и ещё 21 событие.");
	expect_str(lang_phrase(LANG_KK, LANG_P_ALT_MORE, 5, 0), "... тағы 5 оқиға.");
}

static int run_lang_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(month_words), cmocka_unit_test(durations),
		cmocka_unit_test(ranges),      cmocka_unit_test(plurals),
		cmocka_unit_test(numbers),
	};
	return cmocka_run_group_tests_name("lang", tests, NULL, NULL);
}

UNIT_GROUP(run_lang_tests)
