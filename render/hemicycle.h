/* hemicycle: where the seats of a parliament sit in a semicircular arch, and
 * which party each seat goes to so that every party is one contiguous wedge. */
#ifndef RENDER_HEMICYCLE_H
#define RENDER_HEMICYCLE_H

#include <glib.h>

/* The unit frame: the arch's outer radius is 1, the centre of its baseline is
 * the origin, y points up. */
typedef struct HemiSeat {
	double x, y;    /* centre */
	int row;        /* 0 = innermost */
	int index;      /* position in its row, 0 = leftmost */
	int party;      /* index into the party counts given to hemi_new */
} HemiSeat;

typedef struct HemiPoint { double x, y; } HemiPoint;

typedef struct Hemicycle {
	int nrows;
	int *row_seats;      /* [nrows] seats in each row (owned) */
	double *row_radius;  /* [nrows] radius of each row's seat centres (owned) */
	double pitch;        /* distance between row radii (2t); seats never come closer */
	double seat_r;       /* radius of every seat; < pitch / 2 */
	double hole;         /* radius of the empty space inside the innermost row */
	int nseats;
	HemiSeat *seats;     /* [nseats] row by row, left to right in each row (owned) */
} Hemicycle;

/* Lays out total seats (1 or more) for nparties parties whose counts (>= 0)
 * sum to total, in left-to-right order. Caller owns the result: hemi_free. */
Hemicycle *hemi_new(int total, const int *party_seats, int nparties);
void hemi_free(Hemicycle *h);

#endif
