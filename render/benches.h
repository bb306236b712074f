/* benches: the Westminster layout: two sides facing across the floor, the
 * speaker at the head, cross benches at the foot, and lines across them. */
#ifndef RENDER_BENCHES_H
#define RENDER_BENCHES_H

#include <glib.h>
#include "seats.h"

/* Where a party sits. With a `bench` column (any party given one): the
 * opposition above the floor, the government below it, the cross benches at
 * the foot, the speaker at the head, and a party given none at the foot past
 * the cross benches, in a block of its own. Without one, the layout names
 * nobody: the parties sit in file order, the first ones above the floor up
 * to where the two sides come nearest to equal in seats, the rest below. */
typedef enum {
	BENCH_UPPER,     /* above the floor */
	BENCH_LOWER,     /* below the floor */
	BENCH_CROSS,     /* at the foot, past an aisle */
	BENCH_HEAD,      /* at the head of the floor: the speaker */
	BENCH_UNSAID,    /* at the foot past the cross benches: given no bench */
	BENCH_PLACES
} BenchPlace;

/* Units of one seat pitch; y points down; a seat is centred in its cell. */
typedef struct BenchSeat {
	double x, y;
	int party;       /* index into the parties given to bench_westminster */
} BenchSeat;

typedef struct Benches {
	int nseats;
	BenchSeat *seats;   /* owned, [nseats] */
	double width, height;
	int floor_y;        /* the floor: between rows floor_y - 1 and floor_y + 2 */
	double wing_x;      /* left edge of the two facing benches */
	double cross_x;     /* left and right edges of the cross benches */
	double cross_end;
	gboolean given;     /* the parties say where they sit (a bench column) */
	int count[BENCH_PLACES];  /* seats in each place */
} Benches;

/* Whether any of parties[n] is given a bench. */
gboolean bench_given(const ParlParty *parties, int n);
/* Where party i of parties[n] sits (as above). */
BenchPlace bench_place(const ParlParty *parties, int n, int i);

/* Places the seats of parties[nparties]. Each block fills column by column
 * from the speaker's end, down one column and up the next, so every party
 * is one block of neighbouring seats. Caller owns: bench_free. */
Benches *bench_westminster(const ParlParty *parties, int nparties);
void bench_free(Benches *b);

/* A line with exactly `left` seats (0..nseats) on its speaker's side: seats
 * by column from the speaker's end, in a column from the top. It runs
 * between columns (in the middle of an aisle) and steps between two seats
 * of a column, from overhang above the highest seat of the columns beside
 * it to overhang below their lowest (so not down an empty floor). Writes
 * up to 4 points (x, y) to xy and returns how many. */
int bench_threshold_line(const Benches *b, int left, double overhang, double xy[8]);

#endif
