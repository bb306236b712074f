/* test_dialect: the separator a header row shows, and where it first is. */
#include "units.h"
#include "dialect.h"

#include <string.h>

static void separator_is(const char *text, char want, gsize want_at)
{
	gsize at = 99;
	char sep = dialect_separator(text, strlen(text), &at);
	if (sep != want || at != want_at)
		fail_msg("\"%s\": got '%c' at %zu, want '%c' at %zu", text, sep, at, want,
		         want_at);
}

static void the_header_decides(void **state)
{
	(void)state;
	separator_is("date,label\n2019;a\n", ',', 4);
	separator_is("date;label\n2019,a\n", ';', 4);
	separator_is("date\tlabel\n", '\t', 4);
	/* a comma anywhere outside quotes wins */
	separator_is("a;b;c,d\n", ',', 5);
	separator_is("\"a,b\";c\n", ';', 5);
	/* blank lines and spaces before the header are skipped */
	separator_is("\r\n  \n  date;label", ';', 11);
	/* as many semicolons as tabs: semicolons; more tabs: tabs */
	separator_is("a;b\tc\n", ';', 1);
	separator_is("a;b\tc\td\n", '\t', 3);
	/* nothing to tell by: commas; a quote left open runs to the end */
	separator_is("date\n", ',', 0);
	separator_is("", ',', 0);
	separator_is("\"date;label\n2019;x\n", ',', 0);
	/* only the first line counts */
	separator_is("date\n2019;x\n", ',', 0);
	assert_string_equal(dialect_separator_name(';'), "semicolons");
	assert_string_equal(dialect_separator_name('\t'), "tabs");
	assert_string_equal(dialect_separator_name(','), "commas");
}

static int run_dialect_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_header_decides),
	};
	return cmocka_run_group_tests_name("dialect", tests, NULL, NULL);
}

UNIT_GROUP(run_dialect_tests)
