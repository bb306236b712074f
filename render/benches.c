/* benches: Westminster seating; see benches.h. */
#include "benches.h"

#include <math.h>
#include <stdlib.h>

/* Empty rows between the two benches: the floor of the house. */
#define BENCH_FLOOR 2

gboolean bench_given(const ParlParty *parties, int n)
{
	for (int i = 0; i < n; i++)
		if (parties[i].bench != PARL_BENCH_AUTO)
			return TRUE;
	return FALSE;
}

/* Without a bench column: the number of parties (in file order) above the
 * floor, where the two sides come nearest to equal; the first such split. */
static int upper_parties(const ParlParty *parties, int n)
{
	long total = 0, before = 0, best_gap = -1;
	int best = 0;
	for (int i = 0; i < n; i++)
		total += parties[i].seats;
	for (int k = 0; k <= n; k++) {
		long gap = labs(total - 2 * before);
		if (best_gap < 0 || gap < best_gap)
			best_gap = gap, best = k;
		if (k < n)
			before += parties[k].seats;
	}
	return best;
}

BenchPlace bench_place(const ParlParty *parties, int n, int i)
{
	if (!bench_given(parties, n))
		return i < upper_parties(parties, n) ? BENCH_UPPER : BENCH_LOWER;
	switch (parties[i].bench) {
	case PARL_GOVERNMENT: return BENCH_LOWER;
	case PARL_OPPOSITION: return BENCH_UPPER;
	case PARL_CROSS: return BENCH_CROSS;
	case PARL_SPEAKER: return BENCH_HEAD;
	default: return BENCH_UNSAID;
	}
}

/* The seats of every party in `place`, column by column from x0, each
 * column `rows` seats from row y0 on (dir +1 down, -1 up), every other
 * column run backwards so that seats next in turn are always side by side:
 * a party that spills into the next column stays joined to itself. */
static void fill_block(Benches *b, int *next, const ParlParty *parties, int nparties,
                       const BenchPlace *places, BenchPlace place, double x0, double y0,
                       int rows, int dir)
{
	int k = 0;
	for (int i = 0; i < nparties; i++) {
		if (places[i] != place)
			continue;
		for (int s = 0; s < parties[i].seats; s++, k++) {
			int col = k / rows, row = col % 2 == 0 ? k % rows : rows - 1 - k % rows;
			b->seats[(*next)++] = (BenchSeat){x0 + col + 0.5, y0 + dir * row + 0.5, i};
		}
	}
}

/* Columns of a block of `seats` seats `rows` high, and the aisle before it. */
static int block_cols(int seats, int rows)
{
	return seats ? (seats + rows - 1) / rows : 0;
}

/* Rows per bench: the chamber nearest 5:2, the shape of the Commons. */
static int bench_rows(const Benches *b, int floor_rows)
{
	int wing = MAX(MAX(b->count[BENCH_UPPER], b->count[BENCH_LOWER]), 1);
	int best_rows = 1;
	double best = G_MAXDOUBLE;
	for (int rows = 1; rows <= wing; rows++) {
		int cols = block_cols(wing, rows), height = 2 * rows + floor_rows;
		int foot = block_cols(b->count[BENCH_CROSS], height) +
		           block_cols(b->count[BENCH_UNSAID], height);
		int head = block_cols(b->count[BENCH_HEAD], floor_rows);
		double width = cols + foot + (b->count[BENCH_CROSS] > 0) +
		               (b->count[BENCH_UNSAID] > 0) + (head ? head + 1 : 0);
		double bad = fabs(log(width / height / 2.5));
		if (bad < best - 1e-12) {
			best = bad;
			best_rows = rows;
		}
		if (cols == 1)
			break;
	}
	return best_rows;
}

Benches *bench_westminster(const ParlParty *parties, int nparties)
{
	Benches *b = g_new0(Benches, 1);
	b->given = bench_given(parties, nparties);
	BenchPlace *places = g_new(BenchPlace, MAX(nparties, 1));
	int upper = b->given ? 0 : upper_parties(parties, nparties);
	for (int i = 0; i < nparties; i++) {
		places[i] = b->given ? bench_place(parties, nparties, i)
		                     : i < upper ? BENCH_UPPER : BENCH_LOWER;
		b->count[places[i]] += parties[i].seats;
		b->nseats += parties[i].seats;
	}
	int spk = b->count[BENCH_HEAD];
	/* The floor is two rows wide, wider only if the chair is a crowd. */
	int floor_rows = MAX(BENCH_FLOOR, (int)ceil(sqrt((double)spk)));
	int rows = bench_rows(b, floor_rows);
	int wing = MAX(MAX(b->count[BENCH_UPPER], b->count[BENCH_LOWER]), 1);
	int height = 2 * rows + floor_rows;
	b->seats = g_new0(BenchSeat, MAX(b->nseats, 1));
	b->height = height;
	b->floor_y = rows;
	double x = 0;
	int next = 0;
	if (spk) {
		/* The speaker sits at the head of the floor, between the benches. */
		fill_block(b, &next, parties, nparties, places, BENCH_HEAD, 0, rows, floor_rows, 1);
		x = block_cols(spk, floor_rows) + 1;
	}
	b->wing_x = x;
	/* Upper bench above the floor, lower below; both fill from the floor out. */
	fill_block(b, &next, parties, nparties, places, BENCH_UPPER, x, rows - 1, rows, -1);
	fill_block(b, &next, parties, nparties, places, BENCH_LOWER, x, rows + floor_rows, rows, 1);
	x += block_cols(wing, rows);
	b->cross_x = x + 1;
	static const BenchPlace foot[] = {BENCH_CROSS, BENCH_UNSAID};
	for (size_t f = 0; f < G_N_ELEMENTS(foot); f++) {
		if (!b->count[foot[f]])
			continue;
		fill_block(b, &next, parties, nparties, places, foot[f], x + 1, 0, height, 1);
		x += block_cols(b->count[foot[f]], height) + 1;
		if (foot[f] == BENCH_CROSS)
			b->cross_end = x;
	}
	b->width = x;
	g_free(places);
	return b;
}

void bench_free(Benches *b)
{
	if (!b)
		return;
	g_free(b->seats);
	g_free(b);
}

static int by_column(const void *p, const void *q)
{
	const BenchSeat *a = p, *b = q;
	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	return (a->y > b->y) - (a->y < b->y);
}

/* The rows a line at x needs to cross: from overhang above the highest
 * seat of the columns beside it to overhang below the lowest. */
static void beside_extent(const Benches *b, double x, double overhang, double *top,
                          double *bottom)
{
	double y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
	/* Beside: in the next column, or across an aisle one column wide. */
	for (int i = 0; i < b->nseats; i++)
		if (fabs(b->seats[i].x - x) < 1 + 1e-9) {
			y0 = MIN(y0, b->seats[i].y - 0.5);
			y1 = MAX(y1, b->seats[i].y + 0.5);
		}
	if (y0 > y1)
		y0 = 0, y1 = b->height;
	*top = MIN(*top, y0 - overhang);
	*bottom = MAX(*bottom, y1 + overhang);
}

int bench_threshold_line(const Benches *b, int left, double overhang, double xy[8])
{
	if (b->nseats == 0) {
		xy[0] = 0, xy[1] = -overhang, xy[2] = 0, xy[3] = b->height + overhang;
		return 2;
	}
	BenchSeat *s = g_memdup2(b->seats, sizeof(BenchSeat) * (gsize)b->nseats);
	qsort(s, (size_t)b->nseats, sizeof *s, by_column);
	int n = 0;
	/* Only as long as the seats beside it: no line down an empty floor. */
	double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE;
	if (left <= 0 || left >= b->nseats || s[left - 1].x != s[left].x) {
		/* Beside every seat (half a pitch past the first or last column),
		 * between two columns, or down the middle of the aisle between. */
		double x = left <= 0             ? s[0].x - 0.5
		         : left >= b->nseats     ? s[b->nseats - 1].x + 0.5
		                                 : (s[left - 1].x + s[left].x) / 2;
		beside_extent(b, x, overhang, &top, &bottom);
		xy[n++] = x, xy[n++] = top, xy[n++] = x, xy[n++] = bottom;
	} else {
		/* Within a column: the seats above the step are on the left. */
		double x = s[left].x, y = (s[left - 1].y + s[left].y) / 2;
		beside_extent(b, x + 0.5, overhang, &top, &bottom);
		beside_extent(b, x - 0.5, overhang, &top, &bottom);
		xy[n++] = x + 0.5, xy[n++] = top, xy[n++] = x + 0.5, xy[n++] = y;
		xy[n++] = x - 0.5, xy[n++] = y, xy[n++] = x - 0.5, xy[n++] = bottom;
	}
	g_free(s);
	return n / 2;
}
