/* layout_timeline: the timeline chart command: reads events, builds the time
 * scale (with axis breaks), places every label and lays the figure out. */
#ifndef RENDER_LAYOUT_TIMELINE_H
#define RENDER_LAYOUT_TIMELINE_H

#include "chart.h"

/* Settings of one timeline layout beyond the shared ChartOptions; strings
 * borrowed. */
typedef struct TimelineSettings {
	gboolean vertical;          /* time runs down the page */
	gboolean no_breaks;         /* never break the axis on its own */
	const char *const *breaks;  /* NULL-terminated "FROM/TO" periods to cut out, or NULL */
} TimelineSettings;

/* Lays out the CSV at opts->input as a timeline. On error FALSE with *err
 * set (DIAG_DATA with the input position, DIAG_USAGE for bad settings).
 * The caller owns out->scene and out->alt. timeline_command (chart.h) calls
 * this with the settings of its command-line options. */
gboolean timeline_build(const ChartOptions *opts, const TimelineSettings *set,
                        TextMeasurer *tm, Chart *out, GError **err);

#endif
