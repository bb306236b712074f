/* tlspans: a timeline's spans (events with an end) as bars in lanes: under a
 * horizontal axis with their labels, or beside a vertical one. */
#ifndef RENDER_TLSPANS_H
#define RENDER_TLSPANS_H

#include "tllayout.h"

/* The fewest days a span needs to be drawn as a bar: a shorter one (a
 * two-week election in an eight-year history) would be a sliver, so it is
 * a mark on the axis like a day's, its label giving the dates. */
double tlspans_shortest(const Events *ev);

/* For label placement: where span e's bar lies along the axis, a0 to a1,
 * and its certain part z0 to z1 (between the ends known only to a month
 * or year, or approximate); a0 <= z0 <= z1 <= a1. */
void tlspans_ends(const TlLayout *L, const Event *e, double *a0, double *z0, double *z1,
                  double *a1);

/* Horizontal: measures span b's label in the figure's date style: "16 Oct
 * – 22 Feb 2020  Label" on one line, or its dates over it (never broken),
 * its detail under either. A stacked label too long for the room right of
 * its bar's start moves left while it still stands over part of its bar;
 * else it wraps in that room, unless the room is too narrow for a few
 * words. Sets b's lines and box (not its place). */
void tlspans_measure_label(TlLayout *L, TlBlock *b);
/* Horizontal: the height of a lane whose tallest label is label_h: the
 * label, then its bar. Lanes (tllanes fills them in rank order; a span's
 * lane in b->row, TLBLOCK_LABEL when labelled, its box left in b->left)
 * sit right under the tick texts, or (b->far) beyond the labels below. */
double tlspans_lane_height(double label_h);
/* Horizontal: adds where the spans placed in near lanes run along the axis,
 * bars and labels, to extents (sorted, merged pairs [a, b], as
 * tlaxis_text_extents gives): no stem going below may cross them. */
void tlspans_add_extents(const TlLayout *L, GArray *extents);
/* Horizontal: the near (far) lanes laid out, from y down. */
void tlspans_draw_rows(TlLayout *L, double y, gboolean far);
/* Horizontal: the far lanes under what scene items from `from` on draw
 * under top (the tick texts, near lanes, labels below and their stems):
 * each lane's bars under everything over them along the axis, its labels
 * on them, rising beside the labels below where those leave room; returns
 * the y under the last bar. */
double tlspans_draw_far(TlLayout *L, guint from, double top);

/* Vertical: a lane for every span by its days (row -1: none free); returns
 * the width the lanes take left of the axis. */
double tlspans_assign_lanes(TlLayout *L);
/* Vertical: the bars in their lanes left of the axis at axis_x; a
 * labelled one is tied to the axis at its start. */
void tlspans_draw_column(TlLayout *L, double axis_x);

#endif
