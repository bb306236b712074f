/* tlaxis: a timeline's axis, measured first (how deep its tick texts go and
 * where they lie, for the layout to plan around), then drawn. */
#ifndef RENDER_TLAXIS_H
#define RENDER_TLAXIS_H

#include <glib.h>
#include "scene.h"
#include "ticks.h"
#include "tlscale.h"

/* The measured axis of one scale. */
typedef struct TlAxis {
	const TlScale *scale;                         /* borrowed; must outlive the axis */
	Ticks *ticks[TIMESCALE_MAX_BREAKS + 1];       /* owned: one per stretch */
	int row_of[TIMESCALE_MAX_BREAKS + 1][TICKS_TIERS];  /* a stretch's tier -> row */
	double depth[TICKS_TIERS];                    /* of each row of texts: heights, or
	                                                 widths on a vertical axis */
	double total;                                 /* room the texts take beside the axis */
} TlAxis;

/* Chooses the ticks of every stretch of s, their texts kept to [lo, hi]
 * along the axis and clear of the break texts. Free with tlaxis_clear. */
void tlaxis_measure(TlAxis *a, const TlScale *s, double lo, double hi, Lang lang,
                    TextMeasurer *tm);
void tlaxis_clear(TlAxis *a);

/* Where the tick and break texts lie along the axis: sorted, disjoint
 * intervals, as pairs of doubles [a, b]. Caller frees. */
GArray *tlaxis_text_extents(const TlAxis *a);

/* Draws the axis line at `cross` (its y, or its x when vertical), the tick
 * marks, the break marks and the texts: in rows under a horizontal axis,
 * in columns ending left of label_cross beside a vertical one. */
void tlaxis_draw(const TlAxis *a, Scene *s, double cross, double label_cross);

#endif
