/* tllayout: one timeline layout in progress, the state its steps share: the
 * scale, the marker blocks and spans, note numbers, callout keys, counts. */
#ifndef RENDER_TLLAYOUT_H
#define RENDER_TLLAYOUT_H

#include <glib.h>
#include "chart.h"
#include "events.h"
#include "timeline.h"
#include "tlblock.h"
#include "tlcolor.h"
#include "tlscale.h"

/* One entry of the callout key under the chart. */
typedef struct TlKey {
	int number;          /* the callout's number */
	int row;             /* CSV line of its event */
	double prio;         /* the priority its marker was placed with */
	char *text;          /* owned: "16 Oct 2019: label¹ — detail" */
} TlKey;

/* Where a figure's labels put their dates: one style for every label. */
typedef enum {
	TLLAYOUT_DATES_STACKED,   /* the date on a line of its own, above */
	TLLAYOUT_DATES_INLINE,    /* "16 Oct 2019  Party announced" */
} TlLayoutDates;

struct TlLayout {
	/* The inputs, borrowed; they stay from tllayout_init on. */
	const Events *ev;
	const TimelineSettings *set;
	const ChartOptions *opts;
	TextMeasurer *tm;
	double lo, hi;       /* usable extent across the page */
	/* One pass, made by tllayout_start, freed by tllayout_clear. */
	Scene *scene;        /* owned until taken */
	TlColors colors;
	TlScale scale;
	GArray *blocks;      /* of TlBlock: point and bracket blocks, by time */
	GArray *spans;       /* of TlBlock: span bars, by time */
	int hidden;          /* events without a label on the figure */
	int counted;         /* ... of them counted in a drawn label ("and 3 more") */
	gboolean overview;   /* dense: one label per cluster of markers */
	gboolean hint_vertical;  /* the note may say --vertical labels more: it was tried */
	gboolean no_callouts;    /* a last pass on a fixed page: no key to grow */
	TlLayoutDates dates;     /* the figure's date style (set before a pass) */
	gboolean near_first;     /* labels near their events weigh more than height
	                            (a page that grows has it anyway) */
	guint chart_item;        /* the scene's first item under the heading */
	guint footer_item;       /* ... and first item of the footer */
	int ncallouts;
	GArray *keys;        /* of TlKey: the callout key, by number */
	int *note_of;        /* source (1-based) -> note number on the figure, 0 none */
	GPtrArray *notes;    /* of borrowed char*: the cited sources by note number */
	double wrap_cap;     /* no label wraps wider than this (to keep a word whole) */
};

/* Sets the inputs; nothing is allocated yet. */
void tllayout_init(TlLayout *L, const Events *ev, const TimelineSettings *set,
                   const ChartOptions *opts, TextMeasurer *tm);
/* Starts a fresh pass (clearing any earlier one): an empty scene, the
 * groups' colours, the marker blocks and spans. */
void tllayout_start(TlLayout *L);
/* Frees the pass, the scene too unless taken (set to NULL); inputs stay. */
void tllayout_clear(TlLayout *L);

static inline const Event *tllayout_event(const TlLayout *L, int i)
{
	return &g_array_index(L->ev->items, Event, i);
}

/* The label of e as drawn, with the note number of its source; its date.
 * Caller frees. */
char *tllayout_label(const TlLayout *L, const Event *e);
char *tllayout_date(const TlLayout *L, const Event *e);

/* Before placement: every source gets a stand-in note number as wide as
 * any real one will be, so labels are measured wide enough. */
void tllayout_placeholder_notes(TlLayout *L);
/* After placement: numbers the sources of the events the drawn labels and
 * callouts name, in time order, so the Sources note lists exactly what the
 * figure cites. */
void tllayout_number_notes(TlLayout *L);
/* Numbers the callout blocks 1.. in time order and writes their key
 * entries (the last of a block also says what its discs do not name). */
void tllayout_number_callouts(TlLayout *L);
/* The key entry's text for event e (date, label with its note, detail).
 * Caller frees. */
char *tllayout_key_text(const TlLayout *L, const Event *e);

/* Builds L->scale from p0 to p1 along the axis for the tick style (see
 * tlscale_build); FALSE with *err set. */
gboolean tllayout_build_scale(TlLayout *L, double p0, double p1, const TextStyle *tick,
                              GError **err);

#endif
