/* benches: Westminster seating; see benches.h. Each bench fills column by
 * column from the speaker's end, so every party is one block of columns. */
#include "benches.h"

#include <math.h>

/* Empty rows between the two benches: the floor of the house. */
#define BENCH_FLOOR 2

ParlBench bench_of(const ParlParty *parties, int nparties, int i)
{
	const ParlParty *p = &parties[i];
	if (p->bench != PARL_BENCH_AUTO)
		return p->bench;
	if (p->kind != PARL_PARTY)
		return PARL_CROSS;
	gboolean any_gov = FALSE;
	int largest = -1;
	for (int j = 0; j < nparties; j++) {
		any_gov |= parties[j].bench == PARL_GOVERNMENT;
		if (parties[j].kind == PARL_PARTY && parties[j].bench == PARL_BENCH_AUTO &&
		    (largest < 0 || parties[j].seats > parties[largest].seats))
			largest = j;
	}
	return !any_gov && i == largest ? PARL_GOVERNMENT : PARL_OPPOSITION;
}

static void fill_block(Benches *b, int *next, const ParlParty *parties, int nparties,
                       ParlBench which, double x0, double y0, int rows, int dir)
{
	int k = 0;
	for (int i = 0; i < nparties; i++) {
		if (bench_of(parties, nparties, i) != which)
			continue;
		for (int s = 0; s < parties[i].seats; s++, k++) {
			int col = k / rows, row = k % rows;
			b->seats[*next] = (BenchSeat){x0 + col + 0.5, y0 + dir * row + 0.5, i};
			(*next)++;
		}
	}
}

Benches *bench_westminster(const ParlParty *parties, int nparties)
{
	int count[5] = {0};
	for (int i = 0; i < nparties; i++)
		count[bench_of(parties, nparties, i)] += parties[i].seats;
	int gov = count[PARL_GOVERNMENT], opp = count[PARL_OPPOSITION];
	int cross = count[PARL_CROSS] + count[PARL_BENCH_AUTO], spk = count[PARL_SPEAKER];
	int wing = MAX(MAX(gov, opp), 1);
	/* The floor is two rows wide, wider only if the chair is a crowd. */
	int floor_rows = MAX(BENCH_FLOOR, (int)ceil(sqrt((double)spk)));
	/* Rows per bench: the chamber nearest 5:2, the shape of the Commons. */
	int best_rows = 1;
	double best = G_MAXDOUBLE;
	for (int rows = 1; rows <= wing; rows++) {
		int cols = (wing + rows - 1) / rows;
		int height = 2 * rows + floor_rows;
		int xcols = cross ? (cross + height - 1) / height : 0;
		int scols = spk ? (spk + floor_rows - 1) / floor_rows : 0;
		double width = cols + (xcols ? xcols + 1 : 0) + (scols ? scols + 1 : 0);
		double bad = fabs(log(width / height / 2.5));
		if (bad < best - 1e-12) {
			best = bad;
			best_rows = rows;
		}
		if (cols == 1)
			break;
	}
	int rows = best_rows;
	int cols = (wing + rows - 1) / rows;
	int height = 2 * rows + floor_rows;
	int scols = spk ? (spk + floor_rows - 1) / floor_rows : 0;
	int xcols = cross ? (cross + height - 1) / height : 0;
	Benches *b = g_new0(Benches, 1);
	b->nseats = gov + opp + cross + spk;
	b->seats = g_new0(BenchSeat, MAX(b->nseats, 1));
	b->height = height;
	b->floor_y = rows;
	double x = 0;
	int next = 0;
	if (scols) {
		/* The speaker sits at the head of the floor, between the benches. */
		fill_block(b, &next, parties, nparties, PARL_SPEAKER, 0, rows, floor_rows, 1);
		x = scols + 1;
	}
	b->wing_x = x;
	b->government = gov, b->opposition = opp, b->cross = cross;
	/* Opposition above the floor, government below; both fill from the floor out. */
	fill_block(b, &next, parties, nparties, PARL_OPPOSITION, x, rows - 1, rows, -1);
	fill_block(b, &next, parties, nparties, PARL_GOVERNMENT, x, rows + floor_rows, rows, 1);
	x += cols;
	if (xcols) {
		b->cross_x = x + 1;
		fill_block(b, &next, parties, nparties, PARL_CROSS, x + 1, 0, height, 1);
		x += xcols + 1;
	}
	b->width = x;
	return b;
}

void bench_free(Benches *b)
{
	if (!b)
		return;
	g_free(b->seats);
	g_free(b);
}
