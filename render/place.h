/* place: collision-free placement along one line, linear in the items
 * (times rows or lanes): stem-aware label rows, PAVA spreading, lanes. */
#ifndef RENDER_PLACE_H
#define RENDER_PLACE_H

#include <glib.h>

/* Spreads n points x[] (non-decreasing) so neighbours' boxes of extent
 * size[] keep gap apart, all within [lo, hi], moving them as little as
 * possible (least squares, by pool-adjacent-violators). out[] receives the
 * centres. FALSE (out untouched) when they cannot fit at all. */
gboolean place_spread(const double *x, const double *size, int n, double gap,
                      double lo, double hi, double *out);

/* Rows of labels beside an axis, each hanging on a stem at its anchor. A box
 * spanning rows r..r+k-1 may not touch another box of those rows; its stem
 * crosses rows 0..r-1 and may not touch a box there; nor may a box be
 * touched by the stem of a higher label. Anchors must come in non-decreasing
 * order and more than gap apart. Each row is summarised by two numbers, so
 * an attempt costs O(max_rows). */
typedef struct PlaceRows PlaceRows;

/* Caller frees with place_rows_free. Boxes keep to [lo, hi]. */
PlaceRows *place_rows_new(int max_rows, double lo, double hi, double gap);
void place_rows_free(PlaceRows *p);
/* Finds where a box of width w, k rows tall, on a stem at x would go:
 * lowest row first, and at each row the box to the right of the stem, then
 * to the left, then centred. upcoming[0..nup) are the anchors still to
 * come (increasing, all >= x). A box reaching over some of them would block
 * their stems, so it is taken only when no other place is free, and then
 * first at a row high enough (m covered anchors times k rows) to leave them
 * a staircase beneath it. Returns the row (and the box's left edge in
 * *left), or -1 when no row up to max_rows takes it. Records nothing:
 * place_rows_put does. */
int place_rows_find(const PlaceRows *p, double x, double w, int k,
                    const double *upcoming, int nup, double *left);
/* Records the box at a row and left edge place_rows_find returned. */
void place_rows_put(PlaceRows *p, double x, double w, int k, int row, double left);
/* place_rows_find with one upcoming anchor (G_MAXDOUBLE: none), then
 * place_rows_put when found. */
int place_rows_add(PlaceRows *p, double x, double w, int k, double next,
                   double *left);
/* Rows in use so far. */
int place_rows_used(const PlaceRows *p);
/* How many rows the staircase leaves under a box per anchor it covers:
 * 0 (the default) the box's own height k, else this many. A lower stair
 * suits labels that mostly take one or two rows. */
void place_rows_set_stair(PlaceRows *p, int rows_per_anchor);

/* Lanes of intervals (span bars): first-fit in start order, which uses the
 * fewest lanes. Caller frees with place_lanes_free. */
typedef struct PlaceLanes PlaceLanes;
PlaceLanes *place_lanes_new(int max_lanes, double gap);
void place_lanes_free(PlaceLanes *p);
/* The lane for [a, b] (a non-decreasing across calls), or -1 if all
 * max_lanes are taken there. */
int place_lanes_add(PlaceLanes *p, double a, double b);
int place_lanes_used(const PlaceLanes *p);

#endif
