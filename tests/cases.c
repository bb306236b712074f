/* cases: runs the data-driven CLI cases of tests/cases/ (format in its
 * README.md) as cmocka tests: one or more command lines, then assertions
 * looked up in the table of case_assert.c (name, arguments, needs a scene?,
 * check) on the exit status, messages, files and the scene JSON. */
#include "case.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

static const char *binary;      /* the render under test */
static const char *tools_dir;   /* folder of the test tools: $TOOLS */
static const char *keep_dir;    /* --keep-scenes: every scene a run writes is
                                   copied here (for the schema check), or NULL */
static GString *failures;       /* of the running case */

typedef struct Case {
	char *name;
	char *dir;
} Case;

void case_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_string_append(failures, "  ");
	g_string_append_vprintf(failures, fmt, ap);
	g_string_append_c(failures, '\n');
	va_end(ap);
}

/* ---- Files ---- */

static char *subst(const char *s, const char *dir, const char *out)
{
	static const char *const vars[] = {"$TOOLS", "$DIR", "$OUT"};
	const char *values[] = {tools_dir, dir, out};
	char *t = g_strdup(s);
	for (int i = 0; i < 3; i++) {
		char **parts = g_strsplit(t, vars[i], -1);
		g_free(t);
		t = g_strjoinv(values[i], parts);
		g_strfreev(parts);
	}
	return t;
}

static void rm_tree(const char *path)
{
	GDir *d = g_dir_open(path, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d))) {
		char *p = g_build_filename(path, name, NULL);
		if (g_file_test(p, G_FILE_TEST_IS_DIR))
			rm_tree(p);
		else
			g_unlink(p);
		g_free(p);
	}
	if (d)
		g_dir_close(d);
	g_rmdir(path);
}

/* ---- Runs ---- */

static void run_clear(gpointer p)
{
	Run *r = p;
	g_free(r->line), g_free(r->out), g_free(r->err);
}

/* Copies the scene a run wrote (--scene FILE) to keep_dir as
 * CASE.RUN.FILE, so make check can validate it against the schema. */
static void keep_scene(const Case *c, int run, char **argv)
{
	for (int i = 0; keep_dir && argv[i]; i++) {
		const char *path = NULL;
		if (!strcmp(argv[i], "--scene") && argv[i + 1])
			path = argv[i + 1];
		else if (g_str_has_prefix(argv[i], "--scene="))
			path = argv[i] + strlen("--scene=");
		char *data = NULL;
		gsize len = 0;
		/* only a regular file: a named pipe would block the runner */
		if (!path || !g_file_test(path, G_FILE_TEST_IS_REGULAR) ||
		    !g_file_get_contents(path, &data, &len, NULL))
			continue;
		char *base = g_path_get_basename(path);
		char *name = g_strdup_printf("%s.%d.%s", c->name, run, base);
		char *to = g_build_filename(keep_dir, name, NULL);
		GError *e = NULL;
		if (!g_file_set_contents(to, data, (gssize)len, &e)) {
			case_fail("cannot keep the scene: %s", e->message);
			g_error_free(e);
		}
		g_free(to), g_free(name), g_free(base), g_free(data);
	}
}

/* A run's standard input and output when its args line ends in "< PATH"
 * and/or "> PATH"; -1 where it does not (stdin is then /dev/null, stdout
 * is kept in Run.out). */
typedef struct Redirect {
	int in, out;
} Redirect;

static void redirect_child(gpointer data)
{
	const Redirect *rd = data;
	if (rd->in >= 0)
		dup2(rd->in, STDIN_FILENO);
	if (rd->out >= 0)
		dup2(rd->out, STDOUT_FILENO);
}

/* Takes trailing "< PATH" and "> PATH" off argv[*argc], opening the files. */
static void take_redirects(const Case *c, char **argv, int *argc, Redirect *rd)
{
	while (*argc >= 2 && (!strcmp(argv[*argc - 2], "<") || !strcmp(argv[*argc - 2], ">"))) {
		gboolean in = argv[*argc - 2][0] == '<';
		const char *path = argv[*argc - 1];
		int fd = in ? open(path, O_RDONLY | O_CLOEXEC)
		            : open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (fd < 0)
			fail_msg("case %s: cannot open %s: %s", c->name, path, g_strerror(errno));
		*(in ? &rd->in : &rd->out) = fd;
		g_free(argv[*argc - 1]);
		g_free(argv[*argc - 2]);
		argv[*argc - 2] = NULL;
		*argc -= 2;
	}
}

/* Runs one args line; leading NAME=VALUE words set the environment of this
 * run only, trailing "< PATH" and "> PATH" its standard input and output. */
static void run_one(const Case *c, int index, const char *line, const char *out,
                    char **env, Run *r)
{
	int argc = 0;
	char **argv = NULL;
	GError *e = NULL;
	if (!g_shell_parse_argv(line, &argc, &argv, &e))
		fail_msg("case %s: args: %s", c->name, e->message);
	Redirect rd = {-1, -1};
	take_redirects(c, argv, &argc, &rd);
	char **run_env = g_strdupv(env);
	int skip = 0;
	while (skip < argc && strchr(argv[skip], '=') && g_ascii_isupper(argv[skip][0])) {
		char *eq = strchr(argv[skip], '=');
		char *name = g_strndup(argv[skip], (gsize)(eq - argv[skip]));
		run_env = g_environ_setenv(run_env, name, eq + 1, TRUE);
		g_free(name);
		skip++;
	}
	char **full = g_new0(char *, (gsize)argc + 2);
	full[0] = (char *)binary;
	for (int i = skip; i < argc; i++)
		full[i + 1 - skip] = argv[i];
	int wait = 0;
	r->line = g_strdup(line);
	/* In $OUT: render must find its fonts from where it is, not from
	 * the folder it is started in. */
	if (!g_spawn_sync(out, full, run_env, G_SPAWN_DEFAULT, redirect_child, &rd, &r->out,
	                  &r->err, &wait, &e))
		fail_msg("case %s: cannot run %s: %s", c->name, binary, e->message);
	if (rd.in >= 0)
		close(rd.in);
	if (rd.out >= 0)
		close(rd.out);
	r->status = WIFEXITED(wait) ? WEXITSTATUS(wait) : 128 + WTERMSIG(wait);
	r->signal = WIFEXITED(wait) ? 0 : WTERMSIG(wait);
	keep_scene(c, index, full + 1);
	g_free(full);
	g_strfreev(run_env);
	g_strfreev(argv);
}

/* ---- Expect files ---- */

static void expect_clear(gpointer p)
{
	Expect *e = p;
	g_free(e->line);
	g_strfreev(e->words);
}

/* Reads an expect file into its assertions; a line that names no assertion
 * or has the wrong number of arguments is a failure of the case. */
static GArray *parse_expect(const char *text, const char *dir, const char *out)
{
	GArray *list = g_array_new(FALSE, TRUE, sizeof(Expect));
	g_array_set_clear_func(list, expect_clear);
	char **lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		Expect e = {.line = subst(*l, dir, out)};
		g_strchomp(e.line);
		if (!*e.line || *e.line == '#') {
			g_free(e.line);
			continue;
		}
		char *name = g_strndup(e.line, strcspn(e.line, " "));
		e.kind = case_assertion(name);
		e.rest = e.line + strlen(name) + (e.line[strlen(name)] ? 1 : 0);
		g_free(name);
		int n = 0;
		if (!g_shell_parse_argv(e.line, &n, &e.words, NULL)) {
			if (e.kind && !(e.kind->flags & A_RAW))
				case_fail("%s: unbalanced quotes", e.line);
			/* messages may hold a lone quote: split them on spaces */
			e.words = g_strsplit(e.line, " ", -1);
			n = (int)g_strv_length(e.words);
		}
		e.argv = e.words + 1;
		e.argc = n - 1;
		if (!e.kind)
			case_fail("unknown assertion: %s", e.line);
		else if (e.argc < e.kind->min_args || e.argc > e.kind->max_args)
			case_fail("%s: expected %s %s", e.line, e.kind->name, e.kind->args);
		else {
			g_array_append_val(list, e);
			continue;
		}
		expect_clear(&e);
	}
	g_strfreev(lines);
	return list;
}

/* A run that succeeds prints nothing on stderr, unless the case expects it;
 * every run but the last must succeed, except one a run-signal line expects
 * to be killed; no run may trip a sanitizer. */
static void check_runs(GArray *runs, GArray *expects, gboolean says_stderr,
                       gboolean any_stderr, gboolean says_exit)
{
	for (guint i = 0; i < runs->len; i++) {
		const Run *r = &g_array_index(runs, Run, i);
		gboolean last = i + 1 == runs->len;
		if (strstr(r->err, "runtime error") || strstr(r->err, "Sanitizer"))
			case_fail("sanitizer report from \"%s\":\n%s", r->line, r->err);
		if (case_expected_signal(expects, (int)i + 1))
			continue;   /* run-signal checks it */
		if (r->signal)
			case_fail("run \"%s\" died of signal %d", r->line, r->signal);
		if (!last && r->status != 0)
			case_fail("an earlier run exited %d: %s", r->status, r->err);
		else if (!last && *r->err && !any_stderr)
			case_fail("an earlier run wrote to stderr (stderr-any allows it): %s", r->err);
		else if (last && r->status == 0 && *r->err && !says_stderr)
			case_fail("exit 0 but stderr is not empty (say stderr, stderr-has or "
			          "stderr-any to expect it):\n%s", r->err);
		else if (last && r->status != 0 && !says_exit)
			case_fail("exit %d (no 'exit' line expects it); stderr: %s", r->status, r->err);
	}
}

static char *read_case_file(const Case *c, const char *name)
{
	char *path = g_build_filename(c->dir, name, NULL);
	char *text = NULL;
	if (!g_file_get_contents(path, &text, NULL, NULL))
		fail_msg("case %s needs args and expect files", c->name);
	g_free(path);
	return text;
}

/* Runs every command line of the args file, in order. */
static GArray *run_all(const Case *c, const char *args_text, const char *out, char **env)
{
	GArray *runs = g_array_new(FALSE, TRUE, sizeof(Run));
	g_array_set_clear_func(runs, run_clear);
	char **lines = g_strsplit(args_text, "\n", -1);
	for (char **l = lines; *l; l++) {
		if (!**l || **l == '#')
			continue;
		char *line = subst(*l, c->dir, out);
		Run r = {0};
		run_one(c, (int)runs->len + 1, line, out, env, &r);
		g_array_append_val(runs, r);
		g_free(line);
	}
	g_strfreev(lines);
	if (!runs->len)
		fail_msg("case %s: no command in args", c->name);
	return runs;
}

/* Each assertion in turn, on the last run and the scene loaded last. */
static void check_expects(GArray *expects, const GArray *runs)
{
	SceneData sd = {0};
	int sceneless = 0;
	const Run *last = &g_array_index(runs, Run, runs->len - 1);
	for (guint i = 0; i < expects->len; i++) {
		Ctx x = {&g_array_index(expects, Expect, i), last, runs, &sd};
		if (!x.e->kind->check || (x.e->kind->flags & A_BEFORE))
			continue;
		if ((x.e->kind->flags & A_SCENE) && !sd.items) {
			if (!sceneless++)
				case_fail("%s: no scene loaded (add a 'scene PATH' line before it)",
				          x.e->line);
		} else {
			x.e->kind->check(&x);
		}
	}
	if (sceneless > 1)
		case_fail("... and %d more assertions that need a scene", sceneless - 1);
	scene_data_free(&sd);
}

static gboolean expects_kind(GArray *expects, const char *name, unsigned flags)
{
	for (guint i = 0; i < expects->len; i++) {
		const Assertion *a = g_array_index(expects, Expect, i).kind;
		if ((name && !strcmp(a->name, name)) || (a->flags & flags))
			return TRUE;
	}
	return FALSE;
}

static void run_case(void **state)
{
	const Case *c = *state;
	failures = g_string_new(NULL);
	char *args_text = read_case_file(c, "args");
	char *expect_text = read_case_file(c, "expect");
	char *out = g_dir_make_tmp("render-case-XXXXXX", NULL);
	GArray *expects = parse_expect(expect_text, c->dir, out);

	/* env NAME=VALUE lines hold for every run */
	char **env = g_get_environ();
	for (guint i = 0; i < expects->len; i++) {
		const Expect *e = &g_array_index(expects, Expect, i);
		const char *eq = strchr(e->rest, '=');
		if (!e->kind->check && eq) {
			char *name = g_strndup(e->rest, (gsize)(eq - e->rest));
			env = g_environ_setenv(env, name, eq + 1, TRUE);
			g_free(name);
		}
	}
	/* setup-* lines prepare $OUT */
	for (guint i = 0; i < expects->len; i++) {
		Ctx x = {&g_array_index(expects, Expect, i), NULL, NULL, NULL};
		if (x.e->kind->flags & A_BEFORE)
			x.e->kind->check(&x);
	}
	GArray *runs = run_all(c, args_text, out, env);
	check_runs(runs, expects, expects_kind(expects, NULL, A_STDERR),
	           expects_kind(expects, "stderr-any", 0), expects_kind(expects, "exit", 0));
	check_expects(expects, runs);

	rm_tree(out);
	g_free(out);
	g_array_free(runs, TRUE);
	g_array_free(expects, TRUE);
	g_strfreev(env);
	g_free(args_text), g_free(expect_text);
	if (failures->len) {
		/* not print_error: cmocka cuts its messages short */
		char *msg = g_string_free(failures, FALSE);
		fflush(stdout);
		fprintf(stderr, "%s:\n%s", c->name, msg);
		g_free(msg);
		fail();
	}
	g_string_free(failures, TRUE);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(((const Case *)a)->name, ((const Case *)b)->name);
}

static GArray *find_cases(const char *dir_path, const char *filter)
{
	GDir *d = g_dir_open(dir_path, 0, NULL);
	if (!d)
		return NULL;
	GArray *cases = g_array_new(FALSE, FALSE, sizeof(Case));
	const char *name;
	while ((name = g_dir_read_name(d))) {
		char *dir = g_build_filename(dir_path, name, NULL);
		char *args = g_build_filename(dir, "args", NULL);
		if (g_file_test(args, G_FILE_TEST_EXISTS) && (!filter || strstr(name, filter))) {
			Case c = {g_strdup(name), g_canonicalize_filename(dir, NULL)};
			g_array_append_val(cases, c);
		}
		g_free(args);
		g_free(dir);
	}
	g_dir_close(d);
	g_array_sort(cases, cmp_name);
	return cases;
}

int main(int argc, char **argv)
{
	if (argc > 2 && !strcmp(argv[1], "--keep-scenes")) {
		keep_dir = argv[2];
		argc -= 2, argv += 2;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: test_cases [--keep-scenes DIR] RENDER_BINARY CASES_DIR "
		                "[NAME_SUBSTRING]\n");
		return 2;
	}
	binary = g_canonicalize_filename(argv[1], NULL);   /* runs start in $OUT */
	if (keep_dir && g_mkdir_with_parents(keep_dir, 0777) != 0) {
		fprintf(stderr, "test_cases: cannot create %s\n", keep_dir);
		return 2;
	}
	char *self = g_file_read_link("/proc/self/exe", NULL);
	tools_dir = self ? g_path_get_dirname(self) : ".";
	g_free(self);
	GArray *cases = find_cases(argv[2], argc > 3 ? argv[3] : NULL);
	if (!cases) {
		fprintf(stderr, "test_cases: cannot open %s\n", argv[2]);
		return 2;
	}
	struct CMUnitTest *tests = g_new0(struct CMUnitTest, cases->len + 1);
	for (guint i = 0; i < cases->len; i++) {
		tests[i].name = g_array_index(cases, Case, i).name;
		tests[i].test_func = run_case;
		tests[i].initial_state = &g_array_index(cases, Case, i);
	}
	char *group = g_strdup_printf("cases (%s)", binary);
	int failed = _cmocka_run_group_tests(group, tests, cases->len, NULL, NULL);
	g_free(group);
	g_free(tests);
	return failed ? 1 : 0;
}
