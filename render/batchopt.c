/* batchopt: `render batch` options; see batchopt.h. */
#include "batchopt.h"
#include "batch.h"
#include "cli.h"
#include "diag.h"
#include "figset.h"

#include <stdio.h>
#include <string.h>

#define MAX_JOBS 256

static const char summary[] =
	"Draws every figure of a data folder: DATA/timeline/NAME.csv and\n"
	"DATA/seats/NAME.csv, each with the options of its NAME.args, and\n"
	"DATA/palette.csv for all, into OUT/NAME.pdf, .png and .svg.";

static const char description[] =
	"NAME.args holds render options in shell quoting, one or more a line; # starts\n"
	"a comment. No shell reads it: $(...), `...` and $NAME stay as written. A\n"
	"line --formats pdf,png,svg (any of them) picks the figure's files. Each\n"
	"figure is drawn as 'render COMMAND' draws it alone, to the same bytes.\n\n"
	"A figure that fails is named and the others are still drawn. Figures\n"
	"render drew in OUT that no CSV makes are removed; other files are left\n"
	"alone. With --state only figures whose CSV, .args, palette, fonts or\n"
	"program changed, or whose files changed, are drawn again. A summary goes\n"
	"to standard output; on a terminal a progress line shows on standard\n"
	"error.\n\n"
	"Exit status: 0 every figure drawn (or, with --check, OUT is current); 1 a\n"
	"figure's data is wrong; 2 the command line or a figure's .args is wrong;\n"
	"3 a file could not be read or written, or the fonts are missing; 4 with\n"
	"--check, a file of OUT is not what DATA gives. Several failures: the\n"
	"highest.";

static GOptionEntry *entries_for(BatchOptions *o, int *jobs)
{
	const GOptionEntry entries[] = {
		{"output", 'o', 0, G_OPTION_ARG_FILENAME, &o->s_out,
		 "The folder of the figures (default: out)", "OUT"},
		{"jobs", 'j', 0, G_OPTION_ARG_INT, jobs,
		 "Draw N figures at a time, each worker a process of its own that loads "
		 "the fonts once; 0: one a processor (default 1)", "N"},
		{"shard", 0, 0, G_OPTION_ARG_STRING, &o->s_shard,
		 "Draw only share I of N: every N-th figure in name order from the I-th, "
		 "so N machines together draw each figure once", "I/N"},
		{"state", 0, 0, G_OPTION_ARG_FILENAME, &o->s_state,
		 "Remember in FILE what each figure was drawn from, and draw again only "
		 "figures whose inputs or files changed", "FILE"},
		{"check", 0, 0, G_OPTION_ARG_NONE, &o->check,
		 "Draw into a temporary folder and compare with OUT (PDF and SVG by "
		 "content, PNG by pixels): list each file that differs, is missing or "
		 "that no CSV makes, and exit 4 if any", NULL},
		{"review", 0, 0, G_OPTION_ARG_NONE, &o->review,
		 "Also write OUT/index.html, a page with every figure, its data file "
		 "and its alt text", NULL},
		{"compare", 0, 0, G_OPTION_ARG_FILENAME, &o->s_compare,
		 "With the review page (implied): compare with OLD, a folder or a git "
		 "revision (HEAD, main): changed figures old, new and their difference "
		 "side by side, unchanged ones folded away", "OLD"},
		{"verbose", 'v', 0, G_OPTION_ARG_NONE, &o->verbose,
		 "Print each figure drawn as the render command that draws it alone", NULL},
		{"fonts", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &o->s_fonts,
		 "Folder of the bundled fonts", "DIR"},
		{"help", 'h', 0, G_OPTION_ARG_NONE, &o->help, "Print this help", NULL},
		{G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->s_rest, NULL,
		 "[DATA]"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	return g_memdup2(entries, sizeof entries);
}

/* The parsed options checked and turned into o's fields. */
static gboolean check_options(BatchOptions *o, int jobs, GError **err)
{
	guint nrest = o->s_rest ? g_strv_length(o->s_rest) : 0;
	if (nrest > 1)
		return diag_fail(err, DIAG_USAGE, "%u data folders: give one (default: data)",
		                 nrest);
	o->data = nrest ? o->s_rest[0] : "data";
	o->out = o->s_out ? o->s_out : "out";
	if (jobs < 0 || jobs > MAX_JOBS)
		return diag_fail(err, DIAG_USAGE, "-j %d: expected 0 (one a processor) to %d",
		                 jobs, MAX_JOBS);
	o->jobs = jobs ? jobs : (int)g_get_num_processors();
	o->shard_index = o->shard_count = 1;
	if (o->s_shard && !figset_parse_shard(o->s_shard, &o->shard_index, &o->shard_count,
	                                      err))
		return FALSE;
	o->state = o->s_state;
	o->compare = o->s_compare;
	o->fonts = o->s_fonts;
	o->review |= o->compare != NULL;
	if (o->check && o->review)
		return diag_fail(err, DIAG_USAGE, "--check and %s do not go together: check "
		                 "first, then make the page", o->compare ? "--compare" : "--review");
	return TRUE;
}

int batchopt_parse(int argc, char **argv, BatchOptions *o)
{
	*o = (BatchOptions){0};
	int jobs = 1;
	gboolean asked_help = !strcmp(argv[1], "help");
	g_set_prgname("render batch");
	GOptionEntry *entries = entries_for(o, &jobs);
	GOptionContext *ctx = g_option_context_new(NULL);
	g_option_context_set_help_enabled(ctx, FALSE);
	g_option_context_set_summary(ctx, summary);
	g_option_context_set_description(ctx, description);
	g_option_context_add_main_entries(ctx, entries, NULL);
	GError *err = NULL;
	int status = -1;
	if (!asked_help && !cli_parse_entries(ctx, entries, argc - 2, argv + 2, &err)) {
		fprintf(stderr, "render batch: %s; see 'render batch --help'\n", err->message);
		status = DIAG_USAGE;
	} else if (asked_help || o->help) {
		cli_print_help(ctx, "render batch [DATA] [-o OUT] [-j N] [OPTION...]");
		status = 0;
	} else if (!check_options(o, jobs, &err)) {
		fprintf(stderr, "render batch: %s; see 'render batch --help'\n", err->message);
		status = DIAG_USAGE;
	}
	g_clear_error(&err);
	g_option_context_free(ctx);
	g_free(entries);
	return status;
}

void batchopt_clear(BatchOptions *o)
{
	g_free(o->s_out);
	g_free(o->s_shard);
	g_free(o->s_state);
	g_free(o->s_compare);
	g_free(o->s_fonts);
	g_strfreev(o->s_rest);
	*o = (BatchOptions){0};
}
