/* chart: what every chart command (timeline, seats) gives main: its options and
 * a build step that reads the input and lays it out as a scene. */
#ifndef RENDER_CHART_H
#define RENDER_CHART_H

#include <glib.h>
#include "scene.h"
#include "text.h"

/* Options every command shares, filled in by main. Strings are borrowed. */
typedef struct ChartOptions {
	const char *input;      /* CSV path */
	const char *title;      /* NULL: none */
	const char *subtitle;   /* NULL: none */
	const char *caption;    /* NULL: none */
	double width;           /* page width in points */
	double height;          /* page height in points; 0: as the layout needs */
	const char *lang;       /* "en", "ru" or "kk" */
	gboolean strict;        /* any overlap, left-out label or missing glyph is an error */
} ChartOptions;

/* What a build produces; the caller owns both. */
typedef struct Chart {
	Scene *scene;
	char *alt;              /* plain-text description for --alt */
} Chart;

typedef struct ChartCommand {
	const char *name;              /* "timeline" */
	const char *summary;           /* one line for the usage text */
	const char *description;       /* shown under --help */
	const GOptionEntry *entries;   /* the command's own options; static storage */
	/* Reads opts->input and lays it out. On error returns FALSE with *err set
	 * (DIAG_DATA with the input position, DIAG_USAGE for bad options). */
	gboolean (*build)(const ChartOptions *opts, TextMeasurer *tm, Chart *out,
	                  GError **err);
} ChartCommand;

extern const ChartCommand timeline_command;
extern const ChartCommand seats_command;

#endif
