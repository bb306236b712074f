/* tlrows: the horizontal timeline: labels in rows above and below the axis
 * on stems that reach them, callout numbers where labels do not fit. */
#ifndef RENDER_TLROWS_H
#define RENDER_TLROWS_H

#include "tllayout.h"

enum { TLROWS_MAX_ROWS = 20 };   /* label rows on each side of the axis */

/* Lays out the time scale across the page, the chosen labels in at most
 * max_rows rows a side, the axis with its markers, and the spans beneath,
 * from y = top down. Returns the y under it all, or -1 with *err set (a bad
 * --break). */
double tlrows_layout(TlLayout *L, double top, int max_rows, GError **err);

#endif
