/* tlcolumn: the vertical timeline: time runs down the page, the labels in a
 * column beside the axis, each on a leader to its marker or span. */
#ifndef RENDER_TLCOLUMN_H
#define RENDER_TLCOLUMN_H

#include "tllayout.h"

#define TLCOLUMN_MAX_AXIS 1100.0   /* longest axis, points */

/* Lays out the axis (at most max_axis long, longer only when the chosen
 * labels need it), the label column and the span lanes from y = top down.
 * Returns the y under it all, or -1 with *err set (a bad --break, or a page
 * too narrow for the column). */
double tlcolumn_layout(TlLayout *L, double top, double max_axis, GError **err);

#endif
