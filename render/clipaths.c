/* clipaths: a request's files; see clipaths.h. */
#include "clipaths.h"
#include "diag.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

/* Whether two paths name one file: the same inode if both exist, else the
 * same absolute path. */
static gboolean same_file(const char *a, const char *b)
{
	GStatBuf sa, sb;
	if (g_stat(a, &sa) == 0 && g_stat(b, &sb) == 0)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	char *ca = g_canonicalize_filename(a, NULL), *cb = g_canonicalize_filename(b, NULL);
	gboolean same = strcmp(ca, cb) == 0;
	g_free(ca);
	g_free(cb);
	return same;
}

/* Two paths of the run that must not name one file: e.g. "-o" and its path. */
typedef struct NamedPath {
	const char *what, *path;
} NamedPath;

/* Whether paths[i] and paths[j] (j < i; the first ninputs are inputs) clash:
 * both standard output, or one file. */
static gboolean clash(const NamedPath *a, const NamedPath *b, gboolean b_is_input,
                      GError **err)
{
	if (!a->path || !b->path || (b_is_input && (!strcmp(a->path, "-") ||
	                                            !strcmp(b->path, "-"))))
		return TRUE;
	if (!strcmp(a->path, "-") && !strcmp(b->path, "-"))
		return diag_fail(err, DIAG_USAGE, "%s - and %s - both ask for standard "
		                 "output; give one of them a file name", b->what, a->what);
	/* Two -o name their paths: "-o a.pdf is the same file as -o ./a.pdf". */
	gboolean both_o = !strcmp(a->what, "-o") && !strcmp(b->what, "-o");
	if (strcmp(a->path, "-") && strcmp(b->path, "-") && same_file(a->path, b->path))
		return diag_fail(err, DIAG_USAGE, "%s %s is the same file as %s%s%s; give "
		                 "each output its own name", a->what, a->path, b->what,
		                 both_o ? " " : "", both_o ? b->path : "");
	return TRUE;
}

/* No output may overwrite an input (the CSV, the palette) or another output
 * of the same run; only one output can go to standard output and one input
 * come from standard input ("-", never a file by that name: ./- is one). */
gboolean clipaths_check(const CliRequest *req, GError **err)
{
	enum { INPUTS = 2 };
	if (req->palette && !strcmp(req->co.input, "-") && !strcmp(req->palette, "-"))
		return diag_fail(err, DIAG_USAGE, "the input and --palette - both ask for "
		                 "standard input; give one of them a file name");
	GArray *paths = g_array_new(FALSE, FALSE, sizeof(NamedPath));
	NamedPath fixed[] = {{"the input", req->co.input}, {"--palette", req->palette},
	                     {"--scene", req->scene}, {"--alt", req->alt}};
	g_array_append_vals(paths, fixed, INPUTS);
	for (int i = 0; i < req->noutputs; i++) {
		NamedPath o = {"-o", req->outputs[i].path};
		g_array_append_val(paths, o);
	}
	g_array_append_vals(paths, fixed + INPUTS, G_N_ELEMENTS(fixed) - INPUTS);
	gboolean ok = TRUE;
	const NamedPath *p = (const NamedPath *)(void *)paths->data;
	for (guint i = INPUTS; i < paths->len && ok; i++)
		for (guint j = 0; j < i && ok; j++)
			ok = clash(&p[i], &p[j], j < INPUTS, err);
	g_array_free(paths, TRUE);
	return ok;
}

/* One output's format: -T/--format (named), else its extension; both given,
 * they must agree (a .svg file holding a PNG would mislead every later
 * tool). A PDF or PNG is refused on a terminal. */
static gboolean output_format(CliOutput *o, const Backend *named, const char *format_name,
                              GError **err)
{
	gboolean to_stdout = !strcmp(o->path, "-");
	const Backend *by_name = to_stdout ? NULL : backend_for_path(o->path);
	if (named && by_name && named != by_name)
		return diag_fail(err, DIAG_USAGE, "-o %s ends in %s but --format is %s; "
		                 "make them agree", o->path, strrchr(o->path, '.'), format_name);
	o->format = named ? named : by_name;
	if (!o->format && to_stdout)
		return diag_fail(err, DIAG_USAGE, "-o -: standard output has no file "
		                 "name to pick the format; add -T png (pdf, svg)");
	if (!o->format)
		return diag_fail(err, DIAG_USAGE, "-o %s: unknown format; end the file "
		                 "name in %s, or give the format with -T png (pdf, svg)",
		                 o->path, backend_names());
	/* A PDF or PNG on a terminal is binary noise that can upset the
	 * terminal; an SVG is text, and may be read there. (to_stdout: -T gave
	 * the format.) */
	if (to_stdout && o->format != backend_for_name("svg") && isatty(STDOUT_FILENO)) {
		char *ext = g_ascii_strdown(format_name, -1);
		diag_fail(err, DIAG_USAGE, "standard output is a terminal, and a %s is "
		          "binary: redirect it (> figure.%s) or pipe it", ext, ext);
		g_free(ext);
		return FALSE;
	}
	return TRUE;
}

/* The figure's files: every -o in order, each in the format -T gives or its
 * extension says. Without -o, -T sends the figure to standard output, as
 * dot -Tpng does. */
gboolean clipaths_pick_outputs(CliRequest *req, GError **err)
{
	const Backend *named = NULL;
	if (req->s_format && !(named = backend_for_name(req->s_format)))
		return diag_fail(err, DIAG_USAGE, "--format %s: expected pdf, png or svg",
		                 req->s_format);
	static char *const to_stdout[] = {(char *)"-", NULL};
	char *const *paths = req->s_outputs ? req->s_outputs : named ? to_stdout : NULL;
	if (!paths)
		return diag_fail(err, DIAG_USAGE, "no output file: add -o OUT.pdf, "
		                 "OUT.png or OUT.svg, or -T png (pdf, svg) for standard "
		                 "output");
	req->noutputs = (int)g_strv_length((char **)paths);
	req->outputs = g_new0(CliOutput, req->noutputs);
	for (int i = 0; i < req->noutputs; i++) {
		req->outputs[i].path = paths[i];
		if (!output_format(&req->outputs[i], named, req->s_format, err))
			return FALSE;
	}
	return TRUE;
}
