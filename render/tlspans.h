/* tlspans: a timeline's spans (events with an end) as bars in lanes: under a
 * horizontal axis with their labels, or beside a vertical one. */
#ifndef RENDER_TLSPANS_H
#define RENDER_TLSPANS_H

#include "tllayout.h"

/* Horizontal: marks as chosen the spans that rank high enough to have a
 * chance in the lanes a page of max_rows label rows gets. */
void tlspans_choose(TlLayout *L, int max_rows);
/* Horizontal: the chosen spans in lanes from y down, each label above its
 * bar; the ones without room count as hidden. Returns the y under them. */
double tlspans_draw_rows(TlLayout *L, double y, int max_rows);

/* Vertical: a lane for every span by its days (row -1: none free); returns
 * the width the lanes take left of the axis. */
double tlspans_assign_lanes(TlLayout *L);
/* Vertical: the bars in their lanes left of the axis at axis_x; a
 * labelled one is tied to the axis at its start. */
void tlspans_draw_column(TlLayout *L, double axis_x);

#endif
