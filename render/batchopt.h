/* batchopt: the command line of `render batch`: the data folder, the output
 * folder, workers, the shard, the state file, --check and the review page. */
#ifndef RENDER_BATCHOPT_H
#define RENDER_BATCHOPT_H

#include <glib.h>

typedef struct BatchOptions {
	const char *data;            /* the data folder (default "data") */
	const char *out;             /* -o: the output folder (default "out") */
	int jobs;                    /* -j: worker processes; 1 draws in this one */
	int shard_index, shard_count;  /* --shard I/N (1/1: every figure) */
	const char *state;           /* --state FILE, or NULL: draw every figure */
	const char *compare;         /* --compare OLD, or NULL */
	const char *fonts;           /* --fonts DIR, or NULL */
	gboolean check, review, verbose, help;
	/* Storage the options are parsed into; batchopt_clear frees it. */
	char *s_out, *s_shard, *s_state, *s_compare, *s_fonts;
	char **s_rest;
} BatchOptions;

/* Parses argv (argv[1] "batch", or "help batch") into o. Returns -1 when the
 * batch is to run, else the exit status (0 after --help, 2 for an error,
 * which is printed). The caller frees o with batchopt_clear either way. */
int batchopt_parse(int argc, char **argv, BatchOptions *o);
void batchopt_clear(BatchOptions *o);

#endif
