/* waffle: seats on a square grid, filled column by column from the left (down,
 * then up), so every party is one joined block, in row order. */
#ifndef RENDER_WAFFLE_H
#define RENDER_WAFFLE_H

#include <glib.h>

/* Cell (col, row) spans [col, col + 1] x [row, row + 1]; row 0 is the top. */
typedef struct WaffleSeat {
	int col, row;
	int party;      /* index into the counts given to waffle_new */
} WaffleSeat;

typedef struct Waffle {
	int cols, rows;
	int nseats;
	WaffleSeat *seats;  /* owned, [nseats], in fill order */
} Waffle;

/* Grid for total (>= 1) seats split as party_seats[nparties] (summing to
 * total), about `aspect` times as wide as tall. Caller owns: waffle_free. */
Waffle *waffle_new(int total, const int *party_seats, int nparties, double aspect);
void waffle_free(Waffle *w);

/* A staircase between cells with the first `left` seats of the fill order on
 * its left, from the top edge to the bottom edge, in grid units: writes up to
 * 6 points (x, y) to pts and returns how many. */
int waffle_threshold_line(const Waffle *w, int left, double pts[12]);

#endif
