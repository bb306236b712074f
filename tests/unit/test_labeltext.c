/* test_labeltext: where a timeline label may not break (ties), note numbers,
 * and the dates of events. A tie is a word joiner (U+2060) after a space. */
#include "units.h"
#include "labeltext.h"

#include <string.h>

#define WJ "\u2060"

static void expect_label(const char *label, int note, const char *want)
{
	char *got = labeltext_label(label, note);
	if (strcmp(got, want))
		fail_msg("\"%s\": got \"%s\", want \"%s\"", label, got, want);
	g_free(got);
}

/* The last two words of a longer label stay together when short. */
static void last_words(void **state)
{
	(void)state;
	expect_label("Activists detained at protest number 17", 0,
	             "Activists detained at protest number " WJ "17");
	expect_label("Party announced at a press conference in Almaty", 0,
	             "Party announced at a press conference in " WJ "Almaty");
	/* Three words or fewer are kept as written. */
	expect_label("Founding congress cancelled", 0, "Founding congress cancelled");
	/* Too long together to share a line: each may wrap alone. */
	expect_label("Zhanbolat Mamai detained in neighbouring Kaskelen", 0,
	             "Zhanbolat Mamai detained in neighbouring Kaskelen");
	/* A label with its own line breaks is left to them. */
	expect_label("One two three\nfour five", 0, "One two three\nfour five");
}

/* A number stays with the word after it, once even when also last. */
static void numbers(void **state)
{
	(void)state;
	expect_label("Registration filed with over 1000 signatures", 0,
	             "Registration filed with over 1000 " WJ "signatures");
	expect_label("Petition of 1,000 people", 0, "Petition of 1,000 " WJ "people");
	expect_label("Congress postponed to 22 February", 0,
	             "Congress postponed to 22 " WJ "February");
	/* Not a number: a word ending in digits, or too long a figure. */
	expect_label("Route A7 closed by police today", 0,
	             "Route A7 closed by police " WJ "today");
	expect_label("Budget of 12345678 tenge spent on infrastructure", 0,
	             "Budget of 12345678 tenge spent on infrastructure");
}

/* A short quoted name stays whole; a long one may break. */
static void quoted_names(void **state)
{
	(void)state;
	expect_label("Congress of «Нур Отан» held in Nur-Sultan yesterday", 0,
	             "Congress of «Нур " WJ "Отан» held in Nur-Sultan yesterday");
	expect_label("“Aq Zhol” gathered", 0, "“Aq " WJ "Zhol” gathered");
	expect_label("The «Very long name of some party» was founded yesterday", 0,
	             "The «Very long name of some party» was founded yesterday");
}

/* A note number is a superscript held to the word before it. */
static void notes(void **state)
{
	(void)state;
	expect_label("Reform—", 2, "Reform—" WJ "²");
	expect_label("Party founded", 12, "Party founded" WJ "¹²");
	GString *s = g_string_new("x");
	labeltext_superscript(s, 1234567890);
	assert_string_equal(s->str, "x¹²³⁴⁵⁶⁷⁸⁹⁰");
	g_string_free(s, TRUE);
}

static Event event(const char *date, const char *end)
{
	Event e = {0};
	char *why = NULL;
	int col;
	assert_true(date_parse(date, &e.date, &why, &col));
	e.t0 = (double)date_first_day(&e.date);
	e.t1 = e.date.prec == DATE_DAY ? e.t0 : (double)date_last_day(&e.date) + 1;
	if (end) {
		assert_true(date_parse(end, &e.end, &why, &col));
		e.has_end = TRUE;
		e.t1 = (double)date_last_day(&e.end) + 1;
	}
	return e;
}

/* A span reads as a range, a single date at its precision; a date kept on
 * one line has only no-break spaces and a joiner after its dash. */
static void dates(void **state)
{
	(void)state;
	Event one = event("2019-12", NULL), span = event("2019-10-16", "2020-02-22");
	char *d = labeltext_date(LANG_EN, &one);
	assert_string_equal(d, "Dec 2019");
	g_free(d);
	d = labeltext_date(LANG_EN, &span);
	assert_string_equal(d, "16 Oct 2019 – 22 Feb 2020");
	char *nb = labeltext_nobreak(d);
	assert_string_equal(nb, "16\u00a0Oct\u00a02019\u00a0–" WJ
	                        "\u00a022\u00a0Feb\u00a02020");
	g_free(nb);
	g_free(d);
	d = labeltext_date(LANG_RU, &one);
	assert_string_equal(d, "Декабрь 2019");
	g_free(d);
}

/* A heading is tied as a label, with no note: its last short words and a
 * number with the word after it. */
static void heading(void **state)
{
	(void)state;
	char *h = labeltext_heading("The opposition party, October 2019 to February 2020");
	assert_string_equal(h, "The opposition party, October 2019 " WJ "to February " WJ "2020");
	g_free(h);
	h = labeltext_heading("Seats in 2016");
	assert_string_equal(h, "Seats in 2016");
	g_free(h);
}

static int run_labeltext_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(last_words), cmocka_unit_test(numbers),
		cmocka_unit_test(quoted_names), cmocka_unit_test(notes),
		cmocka_unit_test(dates), cmocka_unit_test(heading),
	};
	return cmocka_run_group_tests_name("labeltext", tests, NULL, NULL);
}

UNIT_GROUP(run_labeltext_tests)
