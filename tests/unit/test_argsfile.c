/* test_argsfile: a figure's .args read without a shell: quoting, lines,
 * comments, --formats, and an error naming the line for each mistake. */
#include "units.h"
#include "argsfile.h"
#include "cli.h"
#include "diag.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

/* text as a .args file of a timeline (seats with seats TRUE), read; *path
 * is its name (caller frees). */
static ArgsFile *read_as(const char *text, gboolean seats, char **path, GError **err)
{
	int fd = g_file_open_tmp("fig-XXXXXX.args", path, NULL);
	assert_true(fd >= 0);
	close(fd);
	assert_true(g_file_set_contents(*path, text, -1, NULL));
	return argsfile_read(*path, cli_command(seats ? "seats" : "timeline"), err);
}

/* The error text reading gives, with the file's name as PATH. */
static char *error_of(const char *text, gboolean seats)
{
	char *path = NULL;
	GError *err = NULL;
	ArgsFile *a = read_as(text, seats, &path, &err);
	assert_null(a);
	assert_non_null(err);
	assert_int_equal(err->code, DIAG_USAGE);
	GString *msg = g_string_new(err->message);
	g_string_replace(msg, path, "PATH", 0);
	g_unlink(path);
	g_free(path);
	g_error_free(err);
	return g_string_free(msg, FALSE);
}

static void assert_error(const char *text, gboolean seats, const char *want)
{
	char *got = error_of(text, seats);
	if (strcmp(got, want) != 0)
		fail_msg("%s\n  got:  %s\n  want: %s", text, got, want);
	g_free(got);
}

static void lines_quotes_comments(void **state)
{
	(void)state;
	char *path = NULL;
	GError *err = NULL;
	ArgsFile *a = read_as("# the figure of the report\n"
	                      "--title \"Two words\" --subtitle 'it''s'   # a note\n"
	                      "\n"
	                      "  --size 160x100mm\r\n"
	                      "--caption \"$(touch pwned) `id` $HOME\"\n"
	                      "--lang=ru #\n", FALSE, &path, &err);
	assert_non_null(a);
	const char *want[] = {"--title", "Two words", "--subtitle", "its", "--size",
	                      "160x100mm", "--caption", "$(touch pwned) `id` $HOME",
	                      "--lang=ru", NULL};
	const int lines[] = {2, 2, 2, 2, 4, 4, 5, 5, 6};
	assert_int_equal(a->nwords, 9);
	for (int i = 0; want[i]; i++) {
		assert_string_equal(a->words[i], want[i]);
		assert_int_equal(a->lines[i], lines[i]);
	}
	assert_null(a->words[9]);
	assert_int_equal(a->formats, ARGSFILE_ALL_FORMATS);
	argsfile_free(a);
	g_unlink(path);
	g_free(path);
}

static void formats(void **state)
{
	(void)state;
	const struct {
		const char *text;
		guint want;
	} cases[] = {
		{"--formats svg\n", ARGSFILE_SVG},
		{"--formats=png,SVG\n", ARGSFILE_PNG | ARGSFILE_SVG},
		{"--title x\n--formats pdf png\n", ARGSFILE_PDF | ARGSFILE_PNG},
		{"", ARGSFILE_ALL_FORMATS},
	};
	for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
		char *path = NULL;
		ArgsFile *a = read_as(cases[i].text, FALSE, &path, NULL);
		assert_non_null(a);
		assert_int_equal(a->formats, cases[i].want);
		argsfile_free(a);
		g_unlink(path);
		g_free(path);
	}
}

static void errors_name_the_line(void **state)
{
	(void)state;
	assert_error("--title x\n\n--titel y\n", FALSE,
	             "PATH:3: unknown option --titel (did you mean --title?)");
	assert_error("--title \"not closed\n", FALSE,
	             "PATH:1: a quote (\" or ') is not closed on its line; each line holds "
	             "whole options, a quoted value ends on its line");
	assert_error("--title x \\\n--size 1x1\n", FALSE,
	             "PATH:1: the line ends in \\: each line holds whole options, an "
	             "option and its value on one line");
	assert_error("# ok\n--title\n", FALSE, "PATH:2: missing argument for --title");
	assert_error("--title two words\n", FALSE,
	             "PATH:1: \"words\" is not an option; quote a text with spaces, as in "
	             "--title \"Two words\"");
	assert_error("--title x\n$(touch pwned)\n", FALSE,
	             "PATH:2: \"$(touch\" is not an option; no shell reads this file, so "
	             "$(...), `...` and $NAME stay as they are written");
	assert_error("--size 1x1\n", FALSE,
	             "PATH:1: --size 1x1: expected WIDTHxHEIGHT with a unit, e.g. "
	             "160x100mm, 6.3x4in or 450x300pt, or a width alone such as 160mm");
	assert_error("--lang xx\n", FALSE, "PATH:1: --lang xx: expected en, ru or kk");
	assert_error("--labels=no\n", TRUE,
	             "PATH:1: --labels=no: --labels takes no value; give --labels alone to "
	             "turn it on, or leave it out");
	assert_error("--layout arch\n--vertical\n", TRUE,
	             "PATH:2: unknown option --vertical: it is an option of 'render "
	             "timeline'");
	assert_error("-o x.pdf\n", FALSE,
	             "PATH:1: -o: the batch names every figure's files (OUT/NAME.pdf, "
	             ".png, .svg); choose them with --formats pdf,png,svg on a line of its "
	             "own");
	assert_error("--palette p.csv\n", FALSE,
	             "PATH:1: --palette: every figure of a batch gets the data folder's "
	             "palette.csv");
	assert_error("--help\n", FALSE, "PATH:1: --help: it only works on the command line");
	assert_error("--formats gif\n", FALSE,
	             "PATH:1: --formats: \"gif\" is no format; expected pdf, png or svg, "
	             "separated by commas");
	assert_error("--title x --formats svg\n", FALSE,
	             "PATH:1: --formats goes on a line of its own");
	assert_error("--title x\n--title \xff\n", FALSE, "PATH:2: the line is not UTF-8 text");
}

static void nul_byte(void **state)
{
	(void)state;
	char *path = NULL;
	int fd = g_file_open_tmp("fig-XXXXXX.args", &path, NULL);
	assert_true(fd >= 0);
	close(fd);
	assert_true(g_file_set_contents(path, "--title x\n--caption a\0b\n", 24, NULL));
	GError *err = NULL;
	assert_null(argsfile_read(path, cli_command("timeline"), &err));
	char *want = g_strdup_printf("%s:2: a NUL byte: an .args file is text", path);
	assert_string_equal(err->message, want);
	g_free(want);
	g_error_free(err);
	g_unlink(path);
	g_free(path);
}

/* A message about an option points at the last line that gives it. */
static void line_of_option(void **state)
{
	(void)state;
	char *path = NULL;
	ArgsFile *a = read_as("--title a\n--layout waffle\n# x\n--layout=bar --labels\n", TRUE,
	                      &path, NULL);
	assert_non_null(a);
	assert_int_equal(argsfile_line_of(a, "--layout bar: expected arch"), 4);
	assert_int_equal(argsfile_line_of(a, "--title: the text"), 1);
	assert_int_equal(argsfile_line_of(a, "--size: the chart needs"), 0);
	assert_int_equal(argsfile_line_of(a, "data.csv:3:1: date"), 0);
	assert_int_equal(argsfile_line_of(NULL, "--layout x"), 0);
	argsfile_free(a);
	g_unlink(path);
	g_free(path);
}

static int run_argsfile_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lines_quotes_comments),
		cmocka_unit_test(formats),
		cmocka_unit_test(errors_name_the_line),
		cmocka_unit_test(nul_byte),
		cmocka_unit_test(line_of_option),
	};
	return cmocka_run_group_tests_name("argsfile", tests, NULL, NULL);
}

UNIT_GROUP(run_argsfile_tests)
