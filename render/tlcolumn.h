/* tlcolumn: the vertical timeline: time runs down the page, the labels in a
 * column beside the axis, each on a leader to its marker or span. */
#ifndef RENDER_TLCOLUMN_H
#define RENDER_TLCOLUMN_H

#include "tllayout.h"

#define TLCOLUMN_MAX_AXIS 680.0   /* longest axis of a page that grows, points */

/* Lays out the axis, as long as the labels need (up to TLCOLUMN_MAX_AXIS),
 * or filling `room` on a page of fixed height (G_MAXDOUBLE: none), the
 * label column, callouts, and the span lanes, from y = top down. Returns
 * the y under it all, or -1 with *err set (a bad --break, or a page too
 * narrow or too short for the axis and its column). */
double tlcolumn_layout(TlLayout *L, double top, double room, GError **err);

#endif
