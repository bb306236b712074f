/* tlspans: a timeline's spans (events with an end) as bars in lanes: under a
 * horizontal axis with their labels, or beside a vertical one. */
#ifndef RENDER_TLSPANS_H
#define RENDER_TLSPANS_H

#include "tllayout.h"

/* Horizontal: the height of a lane whose tallest label is label_h: the
 * label, then its bar under it. */
double tlspans_lane_height(double label_h);
/* Horizontal: where a span's bar runs along the axis (the scale built). */
void tlspans_bar_extent(const TlLayout *L, const TlBlock *b, double *x0, double *x1);
/* Horizontal: the labelled spans (state TLBLOCK_LABEL, lane in b->row, box
 * left edge in b->left) in lanes lane_h[0..nlanes) tall from y down, each
 * label above its bar at the bottom of its lane. Returns the y under them. */
double tlspans_draw_rows(TlLayout *L, double y, const double *lane_h, int nlanes);

/* Vertical: a lane for every span by its days (row -1: none free); returns
 * the width the lanes take left of the axis. */
double tlspans_assign_lanes(TlLayout *L);
/* Vertical: the bars in their lanes left of the axis at axis_x; a
 * labelled one is tied to the axis at its start. */
void tlspans_draw_column(TlLayout *L, double axis_x);

#endif
