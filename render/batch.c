/* batch: the `render batch` command; see batch.h. The figures of the shard
 * become jobs (draw, check, or describe for the review page), run here or in
 * workers; their results come back in name order, so messages, the state
 * file and the page never depend on -j. */
#include "batch.h"
#include "backend.h"
#include "batchjob.h"
#include "batchopt.h"
#include "diag.h"
#include "output.h"
#include "review.h"
#include "stale.h"
#include "workers.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct Batch {
	BatchOptions o;
	char *program;             /* stale_program(), taken first; owned */
	const char *invoked;       /* argv[0]; borrowed */
	FigSet *set;
	char *fonts_dir;           /* where the fonts were found; owned */
	Fonts *fonts;              /* this process's, for jobs run here; owned */
	Stale *stale;              /* with --state; owned */
	OldFiles *old;             /* with --compare; owned */
	char *check_dir;           /* with --check: the temporary folder; owned */
	char *review_dir;          /* with --review: OUT/review; owned */
	BatchJob *jobs;            /* [njobs], in name order */
	char **keys;               /* [njobs]: each job's stale key, or NULL; owned */
	BatchResult **results;     /* [njobs]: kept for the review page; owned */
	int njobs;
	int selected;              /* figures of the shard */
	int done, drawn, failed, differ;
	int status;                /* the worst failure's exit status */
	GPtrArray *failed_names;   /* borrowed names */
	gboolean progress;         /* a progress line on standard error */
} Batch;

gboolean batch_wanted(int argc, char **argv)
{
	return argc > 1 && (!strcmp(argv[1], "batch") ||
	                    (argc > 2 && !strcmp(argv[1], "help") && !strcmp(argv[2], "batch")));
}

static void clear_progress(Batch *b)
{
	if (b->progress)
		fputs("\r\033[K", stderr);
}

static void show_progress(Batch *b, const char *name)
{
	if (b->progress)
		fprintf(stderr, "\r\033[K[%d/%d] %s", b->done, b->njobs, name);
}

/* A job's result, in name order: its messages, the state, the counts. */
static void on_done(int index, GBytes *packed, gpointer data)
{
	Batch *b = data;
	const BatchJob *job = &b->jobs[index];
	BatchResult *r = batchjob_result(packed);
	b->done++;
	clear_progress(b);
	if (b->o.verbose && r->command && job->mode != BATCHJOB_DESCRIBE)
		printf("%s\n", r->command);
	if (r->status) {
		fprintf(stderr, "%s\n", r->message);
		b->failed++;
		b->status = MAX(b->status, r->status);
		g_ptr_array_add(b->failed_names, job->fig->name);
	} else if (job->mode == BATCHJOB_DRAW) {
		b->drawn++;
	}
	for (int i = 0; r->differ && r->differ[i]; i++, b->differ++)
		fprintf(stderr, "%s\n", r->differ[i]);
	if (b->stale && job->mode == BATCHJOB_DRAW)
		stale_record(b->stale, job->fig, r->status ? NULL : b->keys[index], r->files,
		             r->hashes);
	b->results[index] = r;
	show_progress(b, job->fig->name);
	fflush(stderr);
}

static GBytes *on_job(int index, gpointer data)
{
	Batch *b = data;
	return batchjob_run(&b->jobs[index], &b->fonts);
}

static GBytes *on_lost(int index, const char *why, gpointer data)
{
	Batch *b = data;
	return batchjob_lost(b->jobs[index].fig, why);
}

/* What each figure of the shard needs: drawn, checked, described for the
 * page, or nothing (up to date). */
static void plan(Batch *b)
{
	b->jobs = g_new0(BatchJob, MAX(b->set->n, 1));
	b->keys = g_new0(char *, MAX(b->set->n, 1));
	for (int k = 0; k < b->set->n; k++) {
		if (!figset_in_shard(k, b->o.shard_index, b->o.shard_count))
			continue;
		b->selected++;
		const Figure *f = &b->set->figs[k];
		BatchJobMode mode = b->o.check ? BATCHJOB_CHECK : BATCHJOB_DRAW;
		char *key = b->stale && !f->problem ? stale_key(b->stale, f) : NULL;
		char **files = key ? batchjob_files(f) : NULL;
		if (key && stale_current(b->stale, f, key, b->o.out, files))
			mode = BATCHJOB_DESCRIBE;
		g_strfreev(files);
		if (mode == BATCHJOB_DESCRIBE && !b->o.review) {
			g_free(key);
			continue;
		}
		b->keys[b->njobs] = key;
		b->jobs[b->njobs++] = (BatchJob){
			.fig = f, .mode = mode, .palette = b->set->palette, .out = b->o.out,
			.check_dir = b->check_dir, .old = b->old, .review_dir = b->review_dir,
			.fonts_dir = b->o.fonts, .invoked = b->invoked,
		};
	}
	b->results = g_new0(BatchResult *, MAX(b->njobs, 1));
}

/* Every file any figure of the data folder makes (all shards). An .args
 * left behind by its CSV makes none: deleting a CSV removes its figure even
 * before the stray .args (reported as a failure) is cleaned up. */
static GHashTable *made_files(const Batch *b)
{
	GHashTable *made = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (int k = 0; k < b->set->n; k++) {
		if (!b->set->figs[k].csv)
			continue;
		char **files = batchjob_files(&b->set->figs[k]);
		for (int i = 0; files[i]; i++)
			g_hash_table_add(made, g_strdup(files[i]));
		g_strfreev(files);
	}
	return made;
}

static gboolean is_figure_file(const char *name)
{
	return g_str_has_suffix(name, ".pdf") || g_str_has_suffix(name, ".png") ||
	       g_str_has_suffix(name, ".svg");
}

/* Figure files render drew in the output folder that no CSV makes: removed, or with
 * --check listed (by the first shard, so n machines list each once). */
static void orphans(Batch *b)
{
	if (b->o.check && b->o.shard_index != 1)
		return;
	GHashTable *made = made_files(b);
	GDir *d = g_dir_open(b->o.out, 0, NULL);
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while (d && (name = g_dir_read_name(d)))
		if (is_figure_file(name) && !g_hash_table_contains(made, name))
			g_ptr_array_add(names, g_strdup(name));
	if (d)
		g_dir_close(d);
	g_ptr_array_sort(names, (GCompareFunc)(void (*)(void))g_strcmp0);
	for (guint i = 0; i < names->len; i++) {
		char *path = g_build_filename(b->o.out, names->pdata[i], NULL);
		if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
			g_free(path);
			continue;
		}
		/* Only what render drew: a report's own PDF in the folder stays. */
		if (!backend_made_by_render(path)) {
			printf("render batch: left %s alone: no CSV makes it, and render did "
			       "not draw it\n", path);
			g_free(path);
			continue;
		}
		if (b->o.check) {
			fprintf(stderr, "%s: no figure makes it (no CSV in %s/timeline or %s/seats "
			        "with its name and format)\n", path, b->set->data, b->set->data);
			b->differ++;
		} else if (g_remove(path) == 0) {
			printf("render batch: removed %s: no CSV in %s makes it\n", path, b->set->data);
		} else {
			fprintf(stderr, "%s: cannot remove it: %s\n", path, g_strerror(errno));
			b->status = MAX(b->status, DIAG_IO);
		}
		g_free(path);
	}
	g_ptr_array_free(names, TRUE);
	g_hash_table_destroy(made);
}

/* Removes the files of a flat folder, then the folder. */
static void remove_folder(const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	while (d && (name = g_dir_read_name(d))) {
		char *path = g_build_filename(dir, name, NULL);
		g_remove(path);
		g_free(path);
	}
	if (d)
		g_dir_close(d);
	g_rmdir(dir);
}

/* OUT/review, emptied: the old and difference pictures of this page only. */
static gboolean prepare_review(Batch *b, GError **err)
{
	char *dir = g_build_filename(b->o.out, REVIEW_DIR, NULL);
	if (g_file_test(dir, G_FILE_TEST_IS_DIR))
		remove_folder(dir);
	if (!b->old) {
		g_free(dir);
		return TRUE;
	}
	b->review_dir = dir;
	if (g_mkdir_with_parents(dir, 0777) != 0)
		return diag_fail(err, DIAG_IO, "%s: cannot make the folder: %s", dir,
		                 g_strerror(errno));
	return TRUE;
}

/* Where a figure stands against the old folder, from its files'. */
static ReviewState review_state(const Batch *b, const BatchResult *r)
{
	if (r->status)
		return REVIEW_FAILED;
	if (!b->old)
		return REVIEW_PLAIN;
	int n = (int)g_strv_length(r->files), fresh = 0;
	for (int i = 0; i < n; i++) {
		if (r->states[i] == BATCHJOB_CHANGED)
			return REVIEW_CHANGED;
		fresh += r->states[i] == BATCHJOB_NEW;
	}
	return fresh == n ? REVIEW_NEW : fresh ? REVIEW_CHANGED : REVIEW_UNCHANGED;
}

/* The first file of name in review/ with one of the extensions, or NULL.
 * Caller frees. */
static char *review_file(const Batch *b, const char *name, const char *const *exts)
{
	for (; *exts; exts++) {
		char *file = g_strdup_printf("%s%s", name, *exts);
		char *path = g_build_filename(b->review_dir, file, NULL);
		gboolean there = g_file_test(path, G_FILE_TEST_IS_REGULAR);
		g_free(path);
		if (there)
			return file;
		g_free(file);
	}
	return NULL;
}

/* Old figure files no figure makes now, copied beside the page. */
static char **removed_files(Batch *b)
{
	GHashTable *made = made_files(b);
	char **old = oldfiles_list(b->old);
	GPtrArray *gone = g_ptr_array_new();
	for (int i = 0; old[i]; i++) {
		if (!is_figure_file(old[i]) || g_hash_table_contains(made, old[i]))
			continue;
		GBytes *bytes = oldfiles_read(b->old, old[i]);
		char *path = g_build_filename(b->review_dir, old[i], NULL);
		gsize len = 0;
		const void *data = bytes ? g_bytes_get_data(bytes, &len) : NULL;
		if (data && output_write(path, data, len, NULL))
			g_ptr_array_add(gone, g_strdup(old[i]));
		g_free(path);
		if (bytes)
			g_bytes_unref(bytes);
	}
	g_strfreev(old);
	g_hash_table_destroy(made);
	g_ptr_array_add(gone, NULL);
	return (char **)g_ptr_array_free(gone, FALSE);
}

/* OUT/index.html from the results. */
static void write_review(Batch *b)
{
	static const char *const old_exts[] = {".old.png", ".old.svg", NULL};
	static const char *const diff_ext[] = {".diff.png", NULL};
	ReviewFigure *figs = g_new0(ReviewFigure, MAX(b->njobs, 1));
	GPtrArray *owned = g_ptr_array_new_with_free_func(g_free);
	for (int i = 0; i < b->njobs; i++) {
		const Figure *f = b->jobs[i].fig;
		const BatchResult *r = b->results[i];
		ReviewFigure *rf = &figs[i];
		*rf = (ReviewFigure){.name = f->name, .kind = f->cmd ? f->cmd->name : "",
		                     .csv = f->csv ? f->csv : f->args, .args = f->args,
		                     .alt = r->alt, .error = r->message, .files = r->files,
		                     .state = review_state(b, r)};
		for (int k = 0; r->notes && r->notes[k]; k++)
			if (*r->notes[k] && (!rf->note || g_str_has_suffix(r->files[k], ".png")))
				rf->note = r->notes[k];
		if (rf->state != REVIEW_CHANGED)
			continue;
		char *diff = review_file(b, f->name, diff_ext);
		rf->has_old_png = diff != NULL;
		g_free(diff);
		char *old = review_file(b, f->name, old_exts);
		rf->old_picture = old;
		g_ptr_array_add(owned, old);
	}
	char **removed = b->old ? removed_files(b) : NULL;
	ReviewPage page = {.data = b->set->data, .old_label = b->old ? oldfiles_label(b->old)
	                                                            : NULL,
	                   .figs = figs, .n = b->njobs, .removed = removed};
	GError *e = NULL;
	if (!review_write(b->o.out, &page, &e)) {
		fprintf(stderr, "%s\n", e->message);
		b->status = MAX(b->status, DIAG_IO);
	}
	g_clear_error(&e);
	g_strfreev(removed);
	g_ptr_array_free(owned, TRUE);
	g_free(figs);
}

/* The state of every figure of the data folder, saved after the run. */
static void save_state(Batch *b)
{
	GPtrArray *names = g_ptr_array_new();
	for (int k = 0; k < b->set->n; k++)
		g_ptr_array_add(names, b->set->figs[k].name);
	g_ptr_array_add(names, NULL);
	stale_keep_only(b->stale, (char *const *)names->pdata);
	g_ptr_array_free(names, TRUE);
	GError *e = NULL;
	if (!stale_save(b->stale, &e)) {
		fprintf(stderr, "%s\n", e->message);
		b->status = MAX(b->status, DIAG_IO);
	}
	g_clear_error(&e);
}

/* One line on standard output, unless a check failed (its lines say it on
 * standard error); the failures last, on standard error. */
static void print_summary(Batch *b)
{
	GString *line = g_string_new(b->o.check ? "render batch --check: " : "render batch: ");
	if (b->o.shard_count > 1)
		g_string_append_printf(line, "shard %d/%d, ", b->o.shard_index, b->o.shard_count);
	g_string_append_printf(line, "%d figure%s", b->selected, b->selected == 1 ? "" : "s");
	if (b->o.check)
		g_string_append_printf(line, ": %s is what %s gives", b->o.out, b->set->data);
	else
		g_string_append_printf(line, " in %s: %d drawn, %d up to date", b->o.out, b->drawn,
		                       b->selected - b->drawn - b->failed);
	if (b->failed)
		g_string_append_printf(line, ", %d failed", b->failed);
	if (!b->o.check || (!b->failed && !b->differ))
		printf("%s\n", line->str);
	g_string_free(line, TRUE);
	if (b->failed) {
		g_ptr_array_add(b->failed_names, NULL);
		char *names = g_strjoinv(", ", (char **)b->failed_names->pdata);
		fprintf(stderr, "render batch: %d of %d figures failed: %s\n", b->failed,
		        b->selected, names);
		g_free(names);
	}
	if (b->differ)
		fprintf(stderr, "render batch --check: %d file%s of %s %s not what %s gives; "
		        "run make (or render batch) and commit %s; the figures as %s gives "
		        "them are in %s\n", b->differ, b->differ == 1 ? "" : "s", b->o.out,
		        b->differ == 1 ? "is" : "are", b->set->data, b->o.out, b->set->data,
		        b->check_dir);
}

/* Opens what the run needs: the figures, the fonts, the state, the folders.
 * FALSE with *err. */
static gboolean prepare(Batch *b, GError **err)
{
	if (!(b->set = figset_scan(b->o.data, err)))
		return FALSE;
	/* With workers, pango must not start here: its threads (fontconfig
	 * is loaded in one, GLib pools them) would not be copied by fork, and
	 * a worker would wait for them for ever. Each worker opens the fonts
	 * itself; a folder without fonts stops the batch here, once. */
	if (!(b->fonts_dir = fonts_folder(b->o.fonts, err)))
		return FALSE;
	if (b->o.jobs <= 1 && !(b->fonts = fonts_open(b->o.fonts, err)))
		return FALSE;
	if (b->o.state && !b->o.check &&
	    !(b->stale = stale_open(b->o.state, b->program, b->fonts_dir, b->set->palette,
	                            err)))
		return FALSE;
	if (b->o.check && !(b->check_dir = g_dir_make_tmp("render-check-XXXXXX", NULL)))
		return diag_fail(err, DIAG_IO, "cannot make a temporary folder for --check");
	if (!b->o.check && g_mkdir_with_parents(b->o.out, 0777) != 0)
		return diag_fail(err, DIAG_IO, "%s: cannot make the folder: %s", b->o.out,
		                 g_strerror(errno));
	if (b->o.compare && !(b->old = oldfiles_open(b->o.compare, b->o.out, err)))
		return FALSE;
	if (b->o.review)
		return prepare_review(b, err);
	return TRUE;
}

static void batch_free(Batch *b)
{
	for (int i = 0; i < b->njobs; i++) {
		g_free(b->keys[i]);
		batchjob_result_free(b->results[i]);
	}
	g_free(b->keys);
	g_free(b->results);
	g_free(b->jobs);
	if (b->failed_names)
		g_ptr_array_free(b->failed_names, TRUE);
	stale_free(b->stale);
	oldfiles_free(b->old);
	if (b->fonts)
		fonts_close(b->fonts);
	g_free(b->fonts_dir);
	g_free(b->check_dir);
	g_free(b->review_dir);
	figset_free(b->set);
	batchopt_clear(&b->o);
	g_free(b->program);
}

/* The run after its options: jobs, orphans, state, page, summary. */
static int run(Batch *b)
{
	GError *e = NULL;
	if (!prepare(b, &e)) {
		int status = e->domain == DIAG_ERROR ? e->code : DIAG_IO;
		fprintf(stderr, "render batch: %s\n", e->message);
		g_error_free(e);
		return status;
	}
	plan(b);
	b->failed_names = g_ptr_array_new();
	b->progress = isatty(STDERR_FILENO) && b->njobs > 0;
	WorkersTasks tasks = {on_job, on_done, on_lost, b};
	workers_run(b->njobs, b->o.jobs, &tasks);
	clear_progress(b);
	orphans(b);
	if (b->stale)
		save_state(b);
	if (b->o.review)
		write_review(b);
	print_summary(b);
	if (b->check_dir && !b->differ && !b->failed)
		remove_folder(b->check_dir);
	return b->status ? b->status : b->differ ? BATCH_STALE : 0;
}

int batch_main(int argc, char **argv)
{
	Batch b = {.program = stale_program(), .invoked = argc > 0 ? argv[0] : NULL};
	int status = batchopt_parse(argc, argv, &b.o);
	if (status < 0)
		status = run(&b);
	batch_free(&b);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "render: cannot write to standard output\n");
		return DIAG_IO;
	}
	return status;
}
