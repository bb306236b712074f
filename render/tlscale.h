/* tlscale: a timeline's time scale: where each day lands on the axis, the
 * breaks cut out of it (automatic or --break) and what each one leaves out. */
#ifndef RENDER_TLSCALE_H
#define RENDER_TLSCALE_H

#include <glib.h>
#include "events.h"
#include "lang.h"
#include "text.h"
#include "timescale.h"

/* What a scale is built from; everything borrowed. Automatic breaks go
 * beside crowded markers; every stretch has the same points per day. */
typedef struct TlScaleInput {
	const Events *ev;             /* the range, and what no --break may cut */
	const double *mark_t0;        /* the days each of nmarks markers covers, */
	const double *mark_t1;        /* by time */
	int nmarks;
	const char *const *breaks;    /* NULL-terminated "FROM/TO" periods to cut, or NULL */
	gboolean no_breaks;           /* no automatic breaks either */
	gboolean vertical;            /* time runs down the page */
	TextStyle tick;               /* the style of the finest tick texts */
	Lang lang;
	TextMeasurer *tm;
} TlScaleInput;

typedef struct TlScale {
	Timescale ts;                            /* the stretches; ts.n - 1 breaks */
	gboolean vertical;
	TextStyle tick;                          /* finest tick texts */
	TextStyle brk;                           /* the texts of the breaks */
	char *gap_text[TIMESCALE_MAX_BREAKS];    /* owned: "47 days" */
	TextSize gap_box[TIMESCALE_MAX_BREAKS];  /* that text's size */
	double gap_ext[TIMESCALE_MAX_BREAKS];    /* its extent along the axis */
	double gap_size[TIMESCALE_MAX_BREAKS];   /* room the break takes on the axis */
} TlScale;

/* Lays the events' days out from p0 to p1 along the axis: with the cuts of
 * in->breaks, else the automatic ones, dropped when they do not fit. FALSE
 * with a DIAG_USAGE error for a bad --break or one the page has no room
 * for. Free with tlscale_clear (also after a failure). */
gboolean tlscale_build(TlScale *s, const TlScaleInput *in, double p0, double p1,
                       GError **err);
void tlscale_clear(TlScale *s);

/* Where a day lands along the axis. */
double tlscale_pos(const TlScale *s, double day);
/* Points per day along the axis, on every stretch. */
double tlscale_per_day(const TlScale *s);
/* The middle of the i-th break along the axis. */
double tlscale_gap_centre(const TlScale *s, int i);

#endif
