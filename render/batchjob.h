/* batchjob: one figure of a batch: its request from its CSV, its .args and
 * the palette; drawn into the output folder, or into a temporary one and
 * compared with the output folder, or only laid out for its alt text; and
 * compared with an old version for the review page. Its result is bytes, so
 * it can cross from a worker process. */
#ifndef RENDER_BATCHJOB_H
#define RENDER_BATCHJOB_H

#include <glib.h>
#include "figset.h"
#include "fonts.h"
#include "oldfiles.h"

typedef enum {
	BATCHJOB_DRAW,      /* draw the figure's files into out */
	BATCHJOB_CHECK,     /* draw them into check_dir, compare each with out's */
	BATCHJOB_DESCRIBE,  /* lay out only, for the alt text (files up to date) */
} BatchJobMode;

/* What a job needs; every pointer borrowed, plain data (fork keeps it). */
typedef struct BatchJob {
	const Figure *fig;
	BatchJobMode mode;
	const char *palette;     /* DATA/palette.csv, or NULL */
	const char *out;         /* the output folder */
	const char *check_dir;   /* BATCHJOB_CHECK: the temporary folder */
	const OldFiles *old;     /* --compare: the old folder, or NULL */
	const char *review_dir;  /* with old: where old and difference pictures go */
	const char *fonts_dir;   /* --fonts, or NULL: beside the program */
	const char *invoked;     /* the program as it was run (argv[0]), so the
	                          * echoed command can be copied and run again */
} BatchJob;

/* Whether a figure's file is the same as in the old folder. */
typedef enum {
	BATCHJOB_SAME,
	BATCHJOB_CHANGED,
	BATCHJOB_NEW,            /* the old folder has no such file */
} BatchJobState;

typedef struct BatchResult {
	int status;              /* 0, or the exit status its failure stands for */
	char *message;           /* the failure, starting with the file it is about */
	char *command;           /* the same figure as one command of job->invoked, shell-quoted */
	char *alt;               /* the alt text (draw, describe), or NULL */
	char **files;            /* the figure's file names ("NAME.png") */
	char **hashes;           /* BATCHJOB_DRAW: each file's SHA-256 as written */
	char **differ;           /* BATCHJOB_CHECK: "OUT/NAME.png: how it differs" */
	int *states;             /* with old: a BatchJobState a file, [g_strv_length(files)] */
	char **notes;            /* with old: what changed in each file, or "" */
} BatchResult;               /* every field owned; NULL-terminated string lists */

/* The names of f's files as its .args lists its formats (NAME.pdf, ...),
 * all three when the .args cannot be read. Caller frees (g_strfreev). */
char **batchjob_files(const Figure *f);

/* Runs job; *fonts is opened on first use and kept for the next job of
 * this process (the caller closes it). The result packed, never NULL. */
GBytes *batchjob_run(const BatchJob *job, Fonts **fonts);

/* The packed result of a figure whose job could not finish. */
GBytes *batchjob_lost(const Figure *f, const char *why);

/* A packed result unpacked; free with batchjob_result_free. */
BatchResult *batchjob_result(GBytes *packed);
void batchjob_result_free(BatchResult *r);

#endif
