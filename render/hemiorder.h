/* hemiorder: the order in which the parties of an arch take its seats, the
 * target hemiparty keeps near: by angle, but small parties at either end side
 * by side in a band along the baseline. */
#ifndef RENDER_HEMIORDER_H
#define RENDER_HEMIORDER_H

#include "hemicycle.h"

typedef struct HemiOrder {
	int *rows;           /* [nseats]: the row of the seat taken at each step (owned) */
	int band_lo;         /* parties [0, band_lo) stand in the left end band */
	int band_hi;         /* parties [band_hi, nparties) in the right one */
	int depth_lo, depth_hi;  /* how many seats deep each band is (0: none) */
} HemiOrder;

/* The order for h's rows (laid out, seats row by row, left to right) and
 * party_seats[nparties] (>= 0, summing to h->nseats). Every row's seats
 * come in it left to right, so the first k steps are a frontier in every
 * row. Taken by angle alone, the first and last parties of fewer seats
 * than two per row would be strips one or two seats high along the
 * baseline, several of them stacked in one corner. Instead a run of such
 * parties at an end fills a band of the rows' end seats, `depth` seats up
 * from the baseline, one row's end (a column on the page) after another:
 * on the left from the outer row inwards, each column upwards; on the
 * right from the inner row outwards, each column downwards. So each is a
 * compact block and they read left to right. The band is as deep as the
 * largest party is wide (a square block), at least as deep as it must be
 * to hold them, and no deeper than its top seat on the inner row stays
 * low (its end of the arch near flat), and no deeper than lets each party's
 * middle seat keep its order by angle; the run is cut short to fit. What
 * is left of a band goes to the party next to it. Without `bands`, the
 * order is the angle's alone. Caller clears it with hemiorder_clear. */
void hemiorder_init(HemiOrder *o, const Hemicycle *h, const int *party_seats, int nparties,
                    gboolean bands);
void hemiorder_clear(HemiOrder *o);

#endif
