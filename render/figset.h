/* figset: the figures of a data folder: DATA/timeline/NAME.csv and
 * DATA/seats/NAME.csv, each with its optional NAME.args, in name order, and
 * the share of them one of n machines draws. */
#ifndef RENDER_FIGSET_H
#define RENDER_FIGSET_H

#include <glib.h>
#include "chart.h"

typedef struct Figure {
	char *name;                 /* NAME: its files are OUT/NAME.pdf, .png, .svg */
	const ChartCommand *cmd;    /* timeline or seats, from the folder; static */
	char *csv;                  /* DATA/KIND/NAME.csv, or NULL for an .args alone */
	char *args;                 /* DATA/KIND/NAME.args, or NULL when there is none */
	char *problem;              /* why it cannot be drawn (its name, a twin), or NULL */
} Figure;

typedef struct FigSet {
	char *data;                 /* the data folder */
	char *palette;              /* DATA/palette.csv, or NULL when there is none */
	Figure *figs;               /* [n], sorted by name (bytes), all owned */
	int n;
} FigSet;

/* The figures of data. Problems of one figure (a name make or a web page
 * cannot hold, the same NAME in timeline/ and seats/, an .args without its
 * CSV) are left in its problem, so the others can still be drawn. NULL with
 * *err (DIAG_USAGE) when data is no folder or has neither timeline/ nor
 * seats/. The caller frees the set with figset_free. */
FigSet *figset_scan(const char *data, GError **err);
void figset_free(FigSet *set);

/* Parses "I/N" (1 <= I <= N <= 1000) for --shard. FALSE with *err (DIAG_USAGE). */
gboolean figset_parse_shard(const char *spec, int *index, int *count, GError **err);

/* Whether figure k (its place in name order) belongs to shard index of
 * count: every count-th figure from the index-th, so the shards partition
 * the set, differ in size by one at most, and every machine that sees the
 * same data folder picks the same share. */
gboolean figset_in_shard(int k, int index, int count);

#endif
