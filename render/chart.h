/* chart: what every chart command (timeline, seats) gives main: its options,
 * a step that loads the input into a model, and one that lays it out. */
#ifndef RENDER_CHART_H
#define RENDER_CHART_H

#include <glib.h>
#include "lang.h"
#include "palette.h"
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
	Lang lang;
	gboolean strict;        /* any overlap, left-out label or missing glyph is an error */
	const Palette *palette; /* --palette: colours kept across figures, or NULL */
	gconstpointer own;      /* the command's own options (ChartCommand.options_size
	                           bytes, as its entries stored them), or NULL: defaults */
} ChartOptions;

/* What a layout produces; the caller owns both. */
typedef struct Chart {
	Scene *scene;
	char *alt;              /* plain-text description for --alt */
} Chart;

/* One command: main parses the options (common ones and the command's own
 * entries), then runs load -> layout -> check (page_verify under --strict)
 * -> draw. The command's own options live in a struct of options_size bytes
 * that each request owns, so one process can draw many figures. */
typedef struct ChartCommand {
	const char *name;              /* "timeline" */
	const char *summary;           /* one line for the usage text */
	const char *description;       /* shown under --help */
	gsize options_size;            /* the command's own options struct */
	/* The command's own option entries, storing into opts (a zeroed struct of
	 * options_size bytes). The caller frees the array with g_free. */
	GOptionEntry *(*entries)(gpointer opts);
	/* Frees what parsing stored in opts (strings, string arrays), not opts. */
	void (*options_clear)(gpointer opts);
	const char *strict_hint;       /* what to change when --strict finds rows left out */
	/* Checks the command's own options and reads opts->input into its
	 * model, every text checked against the fonts. NULL with *err set
	 * (DIAG_DATA with the input position, DIAG_USAGE for bad options).
	 * The caller frees the model with free_model. */
	gpointer (*load)(const ChartOptions *opts, TextMeasurer *tm, GError **err);
	/* Lays the model out into out (scene and alt text). FALSE with *err set
	 * (DIAG_USAGE when the page cannot hold the chart). */
	gboolean (*layout)(gconstpointer model, const ChartOptions *opts, TextMeasurer *tm,
	                   Chart *out, GError **err);
	void (*free_model)(gpointer model);
} ChartCommand;

extern const ChartCommand timeline_command;
extern const ChartCommand seats_command;

#endif
