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
	TextSize sz;        /* measured by tlblock_add_line; a callout: its disc's box */
	TextSize ink;       /* a callout: its number's own size */
	gboolean run_on;    /* the next line goes beside this one, on its baseline */
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
	gboolean far;       /* spans, horizontal: the lane lies beyond the labels
	                       below the axis (their stems would cross a near one) */
	double left;        /* horizontal labels and span labels: box left */
	int callout;        /* first callout number */
	int shown;          /* events labelled in the block */
	/* Placement (tlrows, tlcolumn): how the label was measured, and its spot. */
	double wrap;        /* the wrap width of the chosen lines */
	int limit;          /* at most this many events named */
	int spot;           /* id in the placer, -1 none */
	gboolean tried;     /* its label was tried (and the block not counted in another) */
	/* The overview of a dense timeline: one label for a cluster of blocks. */
	int more;           /* events of nearby blocks the label counts */
	int near0, near1;   /* ... those blocks (itself among them), indexes */
	int counted_by;     /* 1 + index of the block whose label counts this one, 0 none */
} TlBlock;

/* The marker blocks of ev (events with equal days share one) and its
 * spans, each by time. The caller frees both with g_array_free(a, TRUE). */
void tlblock_make(const Events *ev, GArray **blocks, GArray **spans);

/* Measures a block's label: its date, then the labels (with details) of
 * at most `limit` events, the most important (in file order), wrapped at
 * `wrap` but never narrower than a word, then "and N more" (with the dates
 * of the nearby blocks an overview label counts). */
void tlblock_measure(TlBlock *b, const TlLayout *L, double wrap, int limit);
/* The label of a one-event block on one line, its date before it ("16 Oct
 * 2019  Party announced"), the detail under both; FALSE (lines unchanged)
 * when that line would be wider than wrap or the block is not one event. */
gboolean tlblock_measure_inline(TlBlock *b, const TlLayout *L, double wrap);
/* The `shown` events a label names: the most important (ties in file
 * order), listed in file order; idx[] gets their indexes into ev->items. */
void tlblock_pick_events(const TlBlock *b, const TlLayout *L, int shown, int *idx);
/* "and 45 more, 1650–1662" for the events of b (and of the nearby blocks an
 * overview label counts) beyond the b->shown named; NULL when none. Caller
 * frees. */
char *tlblock_more_text(const TlBlock *b, const TlLayout *L);
/* The narrowest wrap the block's label takes without breaking a word (a
 * tied number and its word count as one). */
double tlblock_min_wrap(const TlBlock *b, const TlLayout *L);
/* Replaces the lines by callout numbers, one per shown event, each drawn
 * white on a dark disc so it never reads as a note number; the box is wide
 * enough for any number up to 88. */
void tlblock_callout(TlBlock *b, const TlLayout *L);
/* The disc behind a callout number: its radius, for the number's box. */
#define TLBLOCK_DISC_R 4.6
/* Numbers a callout block's lines from `first` on. */
void tlblock_renumber(TlBlock *b, int first, TextMeasurer *tm);
/* Empties the lines (creating them if needed). */
void tlblock_clear_lines(TlBlock *b);
/* Appends line (its text taken over) measured by tm; valid until the next
 * line is added. */
TlBlockLine *tlblock_add_line(TlBlock *b, TlBlockLine line, TextMeasurer *tm);
/* Draws the lines with the box's top-left at (x, y), each aligned in the box;
 * the items of events carry their rows and the block's priority. */
void tlblock_draw(const TlBlock *b, Scene *s, double x, double y, TextAlign align);
/* A callout number white on its dark disc centred at (cx, cy): role
 * "callout" on the chart (the disc "callout-disc"), "callout-key" in the
 * key (the disc "key-disc"). */
void tlblock_draw_disc(Scene *s, const char *role, const char *number, int row,
                       double prio, double cx, double cy, TextMeasurer *tm);

/* The CSV line of the first event a measured block names, 0 for none. */
int tlblock_named_row(const TlBlock *b);

/* Orders pointers to blocks by rank: priority, then bit-reversed time
 * (equal priorities spread over the time range: the first, then the one
 * half-way, then the quarters, ...), then a point before a span. */
gint tlblock_cmp_rank(gconstpointer pa, gconstpointer pb);

#endif
