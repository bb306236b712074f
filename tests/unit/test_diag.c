/* Unit tests of the messages: escapes (diag), and the positions --strict
 * gives (page_verify). */
#include "units.h"
#include "color.h"
#include "diag.h"
#include "page.h"
#include "scene.h"

#include <string.h>

/* Nothing that is not printable reaches a message raw. */
static void quote_escapes_what_is_not_printable(void **state)
{
	(void)state;
	char *q = diag_quote("a\x1b[2J\tb\nc\x7f \xc2\x9b \xe2\x80\xae \xef\xbb\xbf");
	assert_string_equal(q, "a\\x1b[2J\\tb\\nc\\x7f \\u009b \\u202e \\ufeff");
	g_free(q);
	/* invalid UTF-8 (a path from the command line): byte by byte */
	q = diag_escape("x\xff\xfey");
	assert_string_equal(q, "x\\xff\\xfey");
	g_free(q);
	/* printable text of any script passes as it is */
	q = diag_quote("Нұр Отан, Ελλάδα, 中");
	assert_string_equal(q, "Нұр Отан, Ελλάδα, 中");
	g_free(q);
	/* long texts are cut at 60 characters */
	q = diag_quote("0123456789012345678901234567890123456789012345678901234567890123");
	assert_string_equal(q, "012345678901234567890123456789012345678901234567890123456789\u2026");
	g_free(q);
}

/* diag_at and diag_fail escape the whole message: the path and any text a
 * caller put in without diag_quote. */
static void messages_are_escaped_whole(void **state)
{
	(void)state;
	GError *err = NULL;
	diag_at(&err, "a\x1b.csv", 2, 3, "header \"%s\"", "x\x07y");
	assert_string_equal(err->message, "a\\x1b.csv:2:3: header \"x\\x07y\"");
	g_clear_error(&err);
	diag_fail(&err, DIAG_USAGE, "--size %s", "1\x1b[31m");
	assert_string_equal(err->message, "--size 1\\x1b[31m");
	assert_int_equal(err->code, DIAG_USAGE);
	g_clear_error(&err);
}

/* --strict names the input row of a text that would overlap or leave the
 * page: path:line:1, as every data error. */
static void strict_messages_have_positions(void **state)
{
	(void)state;
	TextStyle st = {.size = 9};
	Scene *s = scene_new(200, 100);
	SceneItem *a = scene_text(s, "label", "first", &st, 10, 10, 50, 12, color_rgb(0));
	a->row = 4;
	SceneItem *b = scene_text(s, "label", "second", &st, 30, 15, 50, 12, color_rgb(0));
	b->row = 7;
	GError *err = NULL;
	assert_false(page_verify(s, "in.csv", "", &err));
	assert_string_equal(err->message, "in.csv:4:1: the texts \"first\" and \"second\" "
	                    "would overlap (--strict); expected a larger --size or "
	                    "shorter texts");
	g_clear_error(&err);
	scene_free(s);

	s = scene_new(200, 100);
	a = scene_text(s, "label", "off", &st, 190, 10, 50, 12, color_rgb(0));
	a->row = 9;
	assert_false(page_verify(s, "in.csv", "", &err));
	assert_true(g_str_has_prefix(err->message, "in.csv:9:1: the text \"off\" would "
	                             "leave the page"));
	g_clear_error(&err);
	scene_free(s);
}

static int run_diag_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quote_escapes_what_is_not_printable),
		cmocka_unit_test(messages_are_escaped_whole),
		cmocka_unit_test(strict_messages_have_positions),
	};
	return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}

UNIT_GROUP(run_diag_tests)
