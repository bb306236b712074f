/* ticks: calendar-aligned ticks for one linear stretch of a time axis, chosen
 * from days to millennia by the measured size of their labels, in tiers. */
#ifndef RENDER_TICKS_H
#define RENDER_TICKS_H

#include <glib.h>
#include "lang.h"
#include "text.h"

enum { TICKS_TIERS = 3 };

/* One tick label. The tier says which row (or column, on a vertical axis) it
 * sits in: 0 the finest unit on every tick, 1 and 2 coarser units printed on
 * the first tick and wherever they change. */
typedef struct TicksLabel {
	char *text;      /* owned by the Ticks */
	int tier;
	double pos;      /* centre along the axis in points, kept inside the bounds */
	TextSize size;
} TicksLabel;

typedef struct Ticks {
	GArray *marks;       /* of double: tick positions along the axis, increasing */
	GArray *labels;      /* of TicksLabel, tier by tier, each tier increasing */
	int ntiers;          /* tiers in use, 0..3 */
	const char *role[TICKS_TIERS];   /* scene role per tier: "tick", "tick-month", "tick-year" */
	TextStyle style[TICKS_TIERS];    /* the style each tier was measured with */
	double depth[TICKS_TIERS];       /* largest size of a tier across the axis:
	                                    heights (horizontal), widths (vertical) */
	const char *unit;    /* "1 day", "14 days", "3 months", "10 years", ...; static */
	gboolean short_months;   /* month names abbreviated ("Feb") to fit */
} Ticks;

/* The ticks for days day0..day1 (day numbers as in date.h; fractions allowed)
 * drawn linearly from px0 to px1 along the axis. Labels keep to [lo, hi]
 * along the axis; vertical: the axis runs down and labels are measured by
 * their height. The finest candidate whose labels all fit with room to spare
 * wins; when none fits, the stretch gets only its year if that fits. The
 * year always appears in some tier when anything is labelled.
 * base is the style of the fine tier. Caller frees with ticks_free. */
Ticks *ticks_choose(double day0, double day1, double px0, double px1, double lo,
                    double hi, gboolean vertical, Lang lang,
                    TextMeasurer *tm, const TextStyle *base);
/* The same, month names abbreviated from the start when short_months: the
 * stretches of one axis name months one way. */
Ticks *ticks_choose_form(double day0, double day1, double px0, double px1, double lo,
                         double hi, gboolean vertical, Lang lang, TextMeasurer *tm,
                         const TextStyle *base, gboolean short_months);
void ticks_free(Ticks *t);

#endif
