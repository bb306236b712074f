/* spread: boxes along a line kept in their order, apart by a gap, each in its
 * own bounds and as near its ideal place as the others let it: label columns. */
#ifndef RENDER_SPREAD_H
#define RENDER_SPREAD_H

#include <glib.h>

typedef struct SpreadItem {
	double ideal;        /* where its start would be */
	double size;         /* its extent along the line, >= 0 */
	double lo, hi;       /* its start must lie in [lo, hi] */
	double weight;       /* > 0: how much its distance from ideal counts */
	double pos;          /* out: its start */
} SpreadItem;

/* Places items[n], in this order along the line: each starts in its
 * [lo, hi] and at least gap after the end of the one before. Items that
 * would touch form a cluster that moves as one, to the weighted mean of
 * its members' ideal places as far as their bounds allow (the weighted
 * least squares for a cluster: heavy items stay, light ones make room).
 * Linear in n. Returns TRUE when every item keeps its bounds; else FALSE
 * with the first cluster that cannot in [*first, *last] (positions are
 * then set, that cluster's clamped). */
gboolean spread_solve(SpreadItem *items, int n, double gap, int *first, int *last);

#endif
