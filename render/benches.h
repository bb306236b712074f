/* benches: the Westminster layout: government and opposition benches facing
 * across the floor, the speaker at the head and the cross benches at the foot. */
#ifndef RENDER_BENCHES_H
#define RENDER_BENCHES_H

#include <glib.h>
#include "seats.h"

/* Units of one seat pitch; y points down; a seat is centred in its cell. */
typedef struct BenchSeat {
	double x, y;
	int party;       /* index into the parties given to bench_westminster */
} BenchSeat;

typedef struct Benches {
	int nseats;
	BenchSeat *seats;   /* owned, [nseats] */
	double width, height;
	int floor_y;        /* the aisle: between rows floor_y - 1 and floor_y + 2 */
	double wing_x;      /* left edge of the two facing benches */
	double cross_x;     /* left edge of the cross benches */
	int government, opposition, cross;  /* seats on each */
} Benches;

/* Places the seats of parties[nparties] (with their benches; AUTO: the largest
 * party governs, appointed, independent and vacant seats sit on the cross
 * benches, the other parties in opposition). Caller owns: bench_free. */
Benches *bench_westminster(const ParlParty *parties, int nparties);
void bench_free(Benches *b);

/* The bench each party ends up on, as bench_westminster decides it. */
ParlBench bench_of(const ParlParty *parties, int nparties, int i);

#endif
