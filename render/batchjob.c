/* batchjob: one figure of a batch; see batchjob.h. */
#include "batchjob.h"
#include "argsfile.h"
#include "cli.h"
#include "diag.h"
#include "figure.h"
#include "filecmp.h"
#include "output.h"
#include "pngpix.h"
#include "stale.h"

#include <string.h>

/* The packed form of a BatchResult: its type, and the format that passes
 * string lists as strv (^as). */
#define RESULT_TYPE "(isssasasasaias)"
#define RESULT_FORMAT "(isss^as^as^as@ai^as)"

static const ArgsFormat formats[] = {ARGSFILE_PDF, ARGSFILE_PNG, ARGSFILE_SVG};

/* The file names of name in the formats of bits, in the fixed order. */
static char **file_names(const char *name, guint bits)
{
	GPtrArray *files = g_ptr_array_new();
	for (size_t i = 0; i < G_N_ELEMENTS(formats); i++)
		if (bits & formats[i])
			g_ptr_array_add(files, g_strdup_printf("%s.%s", name,
			                                       argsfile_format_name(formats[i])));
	g_ptr_array_add(files, NULL);
	return (char **)g_ptr_array_free(files, FALSE);
}

char **batchjob_files(const Figure *f)
{
	ArgsFile *a = f->args && f->cmd ? argsfile_read(f->args, f->cmd, NULL) : NULL;
	char **files = file_names(f->name, a ? a->formats : ARGSFILE_ALL_FORMATS);
	argsfile_free(a);
	return files;
}

/* A word as a shell reads it back: quoted only when it must be. */
static void append_word(GString *line, const char *word)
{
	gboolean plain = *word != '\0';
	for (const char *p = word; *p && plain; p++)
		plain = g_ascii_isalnum(*p) || strchr("-_./=:,+@%", *p);
	char *quoted = plain ? NULL : g_shell_quote(word);
	g_string_append_printf(line, "%s%s", line->len ? " " : "", quoted ? quoted : word);
	g_free(quoted);
}

/* The words of the figure's request: what follows "render COMMAND". */
static GPtrArray *request_words(const BatchJob *job, const ArgsFile *args, char **files)
{
	GPtrArray *w = g_ptr_array_new_with_free_func(g_free);
	const char *dir = job->mode == BATCHJOB_CHECK ? job->check_dir : job->out;
	g_ptr_array_add(w, g_strdup(job->fig->csv));
	for (int i = 0; files[i]; i++) {
		g_ptr_array_add(w, g_strdup("-o"));
		g_ptr_array_add(w, g_build_filename(dir, files[i], NULL));
	}
	if (job->palette) {
		g_ptr_array_add(w, g_strdup("--palette"));
		g_ptr_array_add(w, g_strdup(job->palette));
	}
	if (job->fonts_dir) {
		g_ptr_array_add(w, g_strdup("--fonts"));
		g_ptr_array_add(w, g_strdup(job->fonts_dir));
	}
	for (int i = 0; args && i < args->nwords; i++)
		g_ptr_array_add(w, g_strdup(args->words[i]));
	return w;
}

static char *command_line(const BatchJob *job, const GPtrArray *words)
{
	GString *line = g_string_new(NULL);
	append_word(line, job->invoked ? job->invoked : "render");
	append_word(line, job->fig->cmd->name);
	for (guint i = 0; i < words->len; i++)
		append_word(line, words->pdata[i]);
	return g_string_free(line, FALSE);
}

/* The failure of the figure as the batch reports it: it starts with the
 * file it is about. An option's error names the .args line giving it. */
static void fail(BatchResult *r, const Figure *f, const ArgsFile *args, const GError *e)
{
	r->status = e->domain == DIAG_ERROR ? e->code : DIAG_IO;
	if (r->status != DIAG_USAGE || g_str_has_prefix(e->message, f->csv ? f->csv : "") ||
	    (f->args && g_str_has_prefix(e->message, f->args)) || f->problem) {
		r->message = g_strdup(e->message);
		return;
	}
	int line = argsfile_line_of(args, e->message);
	if (line > 0)
		r->message = g_strdup_printf("%s:%d: %s", f->args, line, e->message);
	else
		r->message = g_strdup_printf("%s: %s", f->args ? f->args : f->csv, e->message);
}

static GBytes *read_file(const char *path)
{
	char *text = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &text, &len, NULL))
		return NULL;
	return g_bytes_new_take(text, len);
}

/* BATCHJOB_CHECK: each file drawn against the output folder's. */
static void check_files(const BatchJob *job, const FigureOutputs *made, BatchResult *r)
{
	GPtrArray *differ = g_ptr_array_new();
	for (int i = 0; r->files[i]; i++) {
		char *path = g_build_filename(job->out, r->files[i], NULL);
		GBytes *have = read_file(path);
		char *why = NULL;
		if (!have)
			g_ptr_array_add(differ, g_strdup_printf("%s: missing; %s makes it", path,
			                                        job->fig->csv));
		else if (!filecmp_same(r->files[i], made->figures[i], have, &why))
			g_ptr_array_add(differ, g_strdup_printf("%s: not what %s gives: %s", path,
			                                        job->fig->csv, why));
		g_free(why);
		if (have)
			g_bytes_unref(have);
		g_free(path);
	}
	g_ptr_array_add(differ, NULL);
	r->differ = (char **)g_ptr_array_free(differ, FALSE);
}

/* A picture for the review page, into its folder; failures leave it out. */
static void write_review(const BatchJob *job, const char *name, GBytes *bytes)
{
	char *path = g_build_filename(job->review_dir, name, NULL);
	gsize len = 0;
	const void *data = g_bytes_get_data(bytes, &len);
	output_write(path, data, len, NULL);
	g_free(path);
}

/* One file against the old folder's: its state, and for a change the old
 * file (and for a PNG the difference) beside the review page. */
static BatchJobState compare_one(const BatchJob *job, const char *file, char **note)
{
	char *path = g_build_filename(job->out, file, NULL);
	GBytes *now = read_file(path), *then = oldfiles_read(job->old, file);
	g_free(path);
	BatchJobState state = !then ? BATCHJOB_NEW : BATCHJOB_SAME;
	char *why = NULL;
	if (then && now && !filecmp_same(file, then, now, &why)) {
		state = BATCHJOB_CHANGED;
		char *old_name = g_strdup_printf("%s.old%s", job->fig->name, strrchr(file, '.'));
		write_review(job, old_name, then);
		g_free(old_name);
		PngPix *a = g_str_has_suffix(file, ".png") ? pngpix_read(then) : NULL;
		PngPix *b = a ? pngpix_read(now) : NULL;
		GBytes *diff = b ? pngpix_diff_image(a, b) : NULL;
		if (diff) {
			char *diff_name = g_strdup_printf("%s.diff.png", job->fig->name);
			write_review(job, diff_name, diff);
			g_free(diff_name);
			g_bytes_unref(diff);
		}
		pngpix_free(a);
		pngpix_free(b);
	}
	*note = why ? why : g_strdup("");
	if (now)
		g_bytes_unref(now);
	if (then)
		g_bytes_unref(then);
	return state;
}

static void compare_files(const BatchJob *job, BatchResult *r)
{
	int n = (int)g_strv_length(r->files);
	r->states = g_new0(int, MAX(n, 1));
	r->notes = g_new0(char *, n + 1);
	for (int i = 0; i < n; i++)
		r->states[i] = compare_one(job, r->files[i], &r->notes[i]);
}

/* Draws, checks or describes the figure of req, filling r. */
static gboolean make(const BatchJob *job, const CliRequest *req, Fonts *fonts,
                     BatchResult *r, GError **err)
{
	if (job->mode == BATCHJOB_DESCRIBE)
		return (r->alt = figure_describe(req, fonts, err)) != NULL;
	FigureOutputs made;
	if (!figure_make(req, fonts, &made, err) || !figure_write(req, &made, err)) {
		figure_clear(&made);
		return FALSE;
	}
	r->alt = g_strdup(made.alt_text);
	if (job->mode == BATCHJOB_CHECK)
		check_files(job, &made, r);
	r->hashes = g_new0(char *, made.nfigures + 1);
	for (int i = 0; i < made.nfigures; i++)
		r->hashes[i] = stale_hash_bytes(made.figures[i]);
	figure_clear(&made);
	return TRUE;
}

static GBytes *pack(const BatchResult *r)
{
	static char *const none[] = {NULL};
	int n = (int)g_strv_length(r->files);
	gint32 *states = g_new0(gint32, MAX(n, 1));
	for (int i = 0; r->states && i < n; i++)
		states[i] = r->states[i];
	GVariant *ai = g_variant_new_fixed_array(G_VARIANT_TYPE_INT32, states,
	                                         r->states ? (gsize)n : 0, sizeof(gint32));
	g_free(states);
	GVariant *v = g_variant_new(RESULT_FORMAT, r->status, r->message ? r->message : "",
	                            r->command ? r->command : "", r->alt ? r->alt : "",
	                            r->files, r->hashes ? r->hashes : none,
	                            r->differ ? r->differ : none, ai,
	                            r->notes ? r->notes : none);
	g_variant_ref_sink(v);
	GBytes *b = g_variant_get_data_as_bytes(v);
	g_variant_unref(v);
	return b;
}

GBytes *batchjob_run(const BatchJob *job, Fonts **fonts)
{
	const Figure *f = job->fig;
	BatchResult r = {0};
	GError *e = NULL;
	ArgsFile *args = NULL;
	if (f->problem) {
		r.files = file_names(f->name, ARGSFILE_ALL_FORMATS);
		diag_fail(&e, DIAG_USAGE, "%s", f->problem);
	} else if (f->args && !(args = argsfile_read(f->args, f->cmd, &e))) {
		r.files = file_names(f->name, ARGSFILE_ALL_FORMATS);
	} else {
		r.files = file_names(f->name, args ? args->formats : ARGSFILE_ALL_FORMATS);
		GPtrArray *words = request_words(job, args, r.files);
		r.command = command_line(job, words);
		CliRequest req;
		gboolean ok = cli_parse_words(f->cmd, (int)words->len, (char **)words->pdata,
		                              &req, &e);
		if (ok && !*fonts)
			*fonts = fonts_open(job->fonts_dir, &e);
		ok = ok && *fonts && make(job, &req, *fonts, &r, &e);
		cli_clear(&req);
		g_ptr_array_free(words, TRUE);
		if (ok && job->old)
			compare_files(job, &r);
	}
	if (e)
		fail(&r, f, args, e);
	g_clear_error(&e);
	argsfile_free(args);
	GBytes *packed = pack(&r);
	g_free(r.message);
	g_free(r.command);
	g_free(r.alt);
	g_strfreev(r.files);
	g_strfreev(r.hashes);
	g_strfreev(r.differ);
	g_free(r.states);
	g_strfreev(r.notes);
	return packed;
}

GBytes *batchjob_lost(const Figure *f, const char *why)
{
	char **files = file_names(f->name, ARGSFILE_ALL_FORMATS);
	BatchResult r = {.status = DIAG_IO, .files = files};
	r.message = g_strdup_printf("%s: %s", f->csv ? f->csv : f->args, why);
	GBytes *packed = pack(&r);
	g_free(r.message);
	g_strfreev(files);
	return packed;
}

BatchResult *batchjob_result(GBytes *packed)
{
	GVariant *v = g_variant_new_from_bytes(G_VARIANT_TYPE(RESULT_TYPE), packed, FALSE);
	g_variant_ref_sink(v);
	BatchResult *r = g_new0(BatchResult, 1);
	GVariant *states = NULL;
	g_variant_get(v, RESULT_FORMAT, &r->status, &r->message, &r->command, &r->alt,
	              &r->files, &r->hashes, &r->differ, &states, &r->notes);
	gsize n = 0;
	const gint32 *s = g_variant_get_fixed_array(states, &n, sizeof(gint32));
	r->states = g_new0(int, n + 1);
	for (gsize i = 0; i < n; i++)
		r->states[i] = s[i];
	g_variant_unref(states);
	g_variant_unref(v);
	/* Empty strings stand for none in the packed form. */
	const char **texts[] = {(const char **)&r->message, (const char **)&r->command,
	                        (const char **)&r->alt};
	for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
		if (!**texts[i])
			g_clear_pointer((char **)texts[i], g_free);
	return r;
}

void batchjob_result_free(BatchResult *r)
{
	if (!r)
		return;
	g_free(r->message);
	g_free(r->command);
	g_free(r->alt);
	g_strfreev(r->files);
	g_strfreev(r->hashes);
	g_strfreev(r->differ);
	g_free(r->states);
	g_strfreev(r->notes);
	g_free(r);
}
