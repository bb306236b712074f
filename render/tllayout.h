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
	int hidden_base;     /* ... of them left out before placement */
	int ncallouts;
	GPtrArray *keys;     /* of owned char*: callout key lines */
	int *note_of;        /* source (1-based) -> note number on the figure, 0 none */
	GPtrArray *notes;    /* of borrowed char*: the cited sources by note number */
	double row_unit;     /* horizontal: height of one label row */
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

/* Numbers the sources of the chosen blocks and spans in time order, so the
 * Sources note lists exactly what the figure cites. */
void tllayout_number_notes(TlLayout *L);

/* Builds L->scale from p0 to p1 along the axis for the tick style (see
 * tlscale_build); FALSE with *err set. */
gboolean tllayout_build_scale(TlLayout *L, double p0, double p1, const TextStyle *tick,
                              GError **err);

#endif
