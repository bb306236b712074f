/* place: collision-free placement along one line, linear in the items
 * (times lanes): PAVA spreading, lanes of intervals. */
#ifndef RENDER_PLACE_H
#define RENDER_PLACE_H

#include <glib.h>

/* Spreads n points x[] (non-decreasing) so neighbours' boxes of extent
 * size[] keep gap apart, all within [lo, hi], moving them as little as
 * possible (least squares, by pool-adjacent-violators). out[] receives the
 * centres. FALSE (out untouched) when they cannot fit at all. */
gboolean place_spread(const double *x, const double *size, int n, double gap,
                      double lo, double hi, double *out);

/* Lanes of intervals (span bars): first-fit in start order, which uses the
 * fewest lanes. Caller frees with place_lanes_free. */
typedef struct PlaceLanes PlaceLanes;
PlaceLanes *place_lanes_new(int max_lanes, double gap);
void place_lanes_free(PlaceLanes *p);
/* The lane for [a, b] (a non-decreasing across calls), or -1 if all
 * max_lanes are taken there. */
int place_lanes_add(PlaceLanes *p, double a, double b);
int place_lanes_used(const PlaceLanes *p);

/* Sorts the pairs [a, b] of doubles in pairs by their starts and merges
 * those that meet or overlap, in place: their union, left to right. */
void place_merge_intervals(GArray *pairs);

#endif
