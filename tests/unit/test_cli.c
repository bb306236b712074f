/* test_cli: what the command line decides from where its output goes: a
 * binary figure is not written to a terminal, an SVG may be. */
#include "units.h"
#include "cli.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* cli_parse of args with standard output on fd (a terminal or a file) and
 * standard error silenced; the status it returns. */
static int parse_with_stdout(int fd, const char *format)
{
	char *argv[] = {(char *)"render", (char *)"timeline", (char *)"in.csv",
	                (char *)"-o", (char *)"-", (char *)"-T", (char *)format, NULL};
	fflush(stdout);
	fflush(stderr);
	int saved_out = dup(STDOUT_FILENO), saved_err = dup(STDERR_FILENO);
	int null = open("/dev/null", O_WRONLY);
	assert_true(saved_out >= 0 && saved_err >= 0 && null >= 0);
	dup2(fd, STDOUT_FILENO);
	dup2(null, STDERR_FILENO);
	CliRequest req;
	int status = cli_parse(7, argv, &req);
	cli_clear(&req);
	fflush(stderr);
	dup2(saved_out, STDOUT_FILENO);
	dup2(saved_err, STDERR_FILENO);
	close(saved_out);
	close(saved_err);
	close(null);
	return status;
}

static void binary_figure_not_to_a_terminal(void **state)
{
	(void)state;
	int master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
		skip();   /* no pseudo-terminals here */
	int tty = open(ptsname(master), O_RDWR | O_NOCTTY);
	assert_true(tty >= 0);
	assert_int_equal(parse_with_stdout(tty, "png"), 2);
	assert_int_equal(parse_with_stdout(tty, "pdf"), 2);
	assert_int_equal(parse_with_stdout(tty, "svg"), -1);   /* text may go there */
	close(tty);
	close(master);
	/* not a terminal: every format is ready to run */
	int file = open("/dev/null", O_WRONLY);
	assert_int_equal(parse_with_stdout(file, "png"), -1);
	close(file);
}

/* cli_parse of "render timeline in.csv -o f.svg OPTION VALUE" with standard
 * error silenced; the status it returns (-1: ready to run). */
static int parse_option(const char *option, const char *value)
{
	char *argv[] = {(char *)"render", (char *)"timeline", (char *)"in.csv",
	                (char *)"-o", (char *)"f.svg", (char *)option, (char *)value, NULL};
	fflush(stderr);
	int saved_err = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
	assert_true(saved_err >= 0 && null >= 0);
	dup2(null, STDERR_FILENO);
	CliRequest req;
	int status = cli_parse(7, argv, &req);
	cli_clear(&req);
	fflush(stderr);
	dup2(saved_err, STDERR_FILENO);
	close(saved_err);
	close(null);
	return status;
}

/* An option's text follows a CSV field's rule: a line break (a new line of
 * the title) and a tab are text, any other control character is an error.
 * (A line break cannot be written in a case's args line, hence here.) */
static void option_text_is_text(void **state)
{
	(void)state;
	assert_int_equal(parse_option("--title", "First line\nSecond line"), -1);
	assert_int_equal(parse_option("--subtitle", "a\tb"), -1);
	assert_int_equal(parse_option("--title", "a\x1b]0;pwned\x07"), 2);
	assert_int_equal(parse_option("--caption", "form\ffeed"), 2);
	assert_int_equal(parse_option("--caption", "c1 \xc2\x9b"), 2);
}

static int run_cli_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(binary_figure_not_to_a_terminal),
		cmocka_unit_test(option_text_is_text),
	};
	return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}

UNIT_GROUP(run_cli_tests)
