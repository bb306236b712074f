/* timeline: the timeline figure: lays loaded events out as a time axis with
 * breaks, labels in rows or a column, spans, legend and notes. */
#ifndef RENDER_TIMELINE_H
#define RENDER_TIMELINE_H

#include "chart.h"
#include "events.h"

/* Settings of one timeline layout beyond the shared ChartOptions; strings
 * borrowed. */
typedef struct TimelineSettings {
	gboolean vertical;          /* time runs down the page */
	gboolean no_breaks;         /* never break the axis on its own */
	const char *const *breaks;  /* NULL-terminated "FROM/TO" periods to cut out, or NULL */
} TimelineSettings;

/* Lays ev out as a timeline on the page of opts. On error FALSE with *err
 * set (DIAG_USAGE for bad settings or a page too small). The caller owns
 * out->scene and out->alt. */
gboolean timeline_layout(const Events *ev, const TimelineSettings *set,
                         const ChartOptions *opts, TextMeasurer *tm, Chart *out,
                         GError **err);

#endif
