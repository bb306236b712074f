/* tlblock: marker blocks, the events that share one marker on a timeline's
 * axis (or one span bar): their label lines and rank (tlmarks draws the marks). */
#ifndef RENDER_TLBLOCK_H
#define RENDER_TLBLOCK_H

#include <glib.h>
#include "events.h"
#include "scene.h"
#include "text.h"
#include "tlscale.h"

enum { TLBLOCK_MAX_EVENTS = 24 };   /* labels shown under one marker */

typedef struct TlLayout TlLayout;   /* tllayout.h */

/* What became of a block's label. */
typedef enum {
	TLBLOCK_UNDRAWN,   /* no label (a marker at most) */
	TLBLOCK_LABEL,     /* its label lines */
	TLBLOCK_CALLOUT,   /* callout numbers, keyed under the chart */
} TlBlockState;

/* Where a horizontal block's label hangs; indexes per-side arrays. */
typedef enum { TLBLOCK_ABOVE, TLBLOCK_BELOW } TlBlockSide;

/* One line of a block's label. */
typedef struct TlBlockLine {
	const char *role;   /* static: "date", "label", "detail", "more", "callout" */
	char *text;         /* owned */
	TextStyle st;
	Color color;
	int row;            /* CSV line of the event it is about, or 0 */
	TextSize sz;        /* measured by tlblock_add_line */
} TlBlockLine;

typedef struct TlBlock {
	int first, n;       /* events ev->items[first .. first+n) */
	double t, t0, t1;   /* anchor day and covered days */
	gboolean bracket;   /* month- or year-only date */
	gboolean span;      /* a bar with an end */
	double prio;
	guint32 key;        /* tie order: spreads equal priorities over time */
	double anchor;      /* along the axis */
	double pos;         /* stem position after spreading; a span's bar end */
	GArray *lines;      /* of TlBlockLine, NULL until measured */
	double w, h;        /* the lines' box */
	gboolean chosen;    /* selected to be labelled (by priority) */
	double lift;        /* bracket: its distance from the axis line */
	gboolean dot;       /* bracket too narrow to draw: a dot instead */
	TlBlockSide side;   /* horizontal only */
	TlBlockState state;
	int row;            /* horizontal: first row; spans: lane (-1: none) */
	double left;        /* horizontal labels and span labels: box left */
	int callout;        /* first callout number */
	int shown;          /* events labelled in the block */
} TlBlock;

/* The marker blocks of ev (events with equal days share one) and its
 * spans, each by time. The caller frees both with g_array_free(a, TRUE). */
void tlblock_make(const Events *ev, GArray **blocks, GArray **spans);

/* Measures a block's label: its date, then the labels (with details) of
 * at most `limit` events, wrapped at `wrap`, then "and N more". */
void tlblock_measure(TlBlock *b, const TlLayout *L, double wrap, int limit);
/* Replaces the lines by callout numbers, one per shown event; the box is
 * wide enough for any number up to 88. */
void tlblock_callout(TlBlock *b, const TlLayout *L);
/* Numbers a callout block's lines from `first` on. */
void tlblock_renumber(TlBlock *b, int first, TextMeasurer *tm);
/* Empties the lines (creating them if needed). */
void tlblock_clear_lines(TlBlock *b);
/* Appends line (its text taken over) measured by tm; valid until the next
 * line is added. */
TlBlockLine *tlblock_add_line(TlBlock *b, TlBlockLine line, TextMeasurer *tm);
/* Draws the lines with the box's top-left at (x, y), each aligned in the box. */
void tlblock_draw(const TlBlock *b, Scene *s, double x, double y, TextAlign align);

/* Orders pointers to blocks by rank: priority, then bit-reversed time. */
gint tlblock_cmp_rank(gconstpointer pa, gconstpointer pb);
/* Marks the best `budget` of blocks (a GArray of TlBlock) as chosen: by
 * priority, and among equal priorities in bit-reversed time order, which
 * spreads them over the axis. */
void tlblock_choose(GArray *blocks, int budget);

#endif
