/* tlframe: what a timeline has around its chart: the title and the legend of
 * groups above it; callout keys, notes, sources and the caption below. */
#ifndef RENDER_TLFRAME_H
#define RENDER_TLFRAME_H

#include "tllayout.h"

/* The title, subtitle and the legend of groups from y down; returns the y
 * where the chart starts. */
double tlframe_heading(TlLayout *L, double y);
/* The callout keys, the note on unlabelled events, the cited sources and
 * the caption from y down; returns the y under them. */
double tlframe_footer(TlLayout *L, double y);

#endif
