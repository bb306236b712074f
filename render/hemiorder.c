/* hemiorder: the order the parties take an arch's seats in; see hemiorder.h. */
#include "hemiorder.h"

#include <math.h>
#include <stdlib.h>

/* How far up the band's top seat on the inner row may be: below this a
 * row's end runs near vertical, so the band's columns stand straight and
 * its top is near level. */
#define BAND_RISE (40.0 * G_PI / 180.0)

static double seat_angle(const HemiSeat *s)
{
	return atan2(s->y, s->x);
}

/* The deepest band: its top seat on the inner row (of k seats from
 * first) no higher than BAND_RISE. */
static int deepest(const Hemicycle *h)
{
	int k = h->row_seats[0];
	if (k < 2)
		return 0;
	const HemiSeat *row = h->seats;
	double lift = G_PI - seat_angle(&row[0]);
	double step = (seat_angle(&row[0]) - seat_angle(&row[k - 1])) / (k - 1);
	return MAX(1, 1 + (int)floor((BAND_RISE - lift) / step));
}

/* The seats of a band `depth` deep at the left or right end, in the order
 * they are taken: on the left from the outer row in, each row's end
 * upwards; on the right from the inner row out, each row's end downwards.
 * Writes n * depth seat indices to cells. */
static void band_cells(const Hemicycle *h, int depth, gboolean right, int *cells)
{
	int n = h->nrows, k = 0, *first = g_new(int, n);
	first[0] = 0;
	for (int r = 1; r < n; r++)
		first[r] = first[r - 1] + h->row_seats[r - 1];
	for (int c = 0; c < n; c++) {
		int r = right ? c : n - 1 - c;
		for (int j = 0; j < depth; j++)
			cells[k++] = right ? first[r] + h->row_seats[r] - 1 - (depth - 1 - j)
			                   : first[r] + j;
	}
	g_free(first);
}

static int by_value(const void *p, const void *q)
{
	double x = *(const double *)p, y = *(const double *)q;
	return (x > y) - (x < y);
}

/* Whether the parties of a run keep their order in a band `depth` deep:
 * taking its cells in turn (on the right the last ones), each party's
 * middle seat by angle is not left of the one before it by more than
 * `slack`. Across rows the band's order is not quite the angle's (a row's
 * top end seat is right of the next row's bottom one), so a deep band of
 * parties smaller than its depth may not keep it. */
static gboolean band_in_order(const Hemicycle *h, const int *party_seats, int from,
                              int span, int dir, int depth, double slack)
{
	int n = h->nrows, *cells = g_new(int, n * depth), total = 0;
	band_cells(h, depth, dir < 0, cells);
	for (int k = 0; k < span; k++)
		total += party_seats[from + dir * k];
	/* The run's parties from left to right. */
	int first = dir > 0 ? from : from - span + 1, at = dir > 0 ? 0 : n * depth - total;
	double prev = G_MAXDOUBLE, *a = g_new(double, MAX(total, 1));
	gboolean ok = TRUE;
	for (int p = first; p < first + span && ok; p++) {
		int s = party_seats[p];
		if (s <= 0)
			continue;
		for (int k = 0; k < s; k++)
			a[k] = seat_angle(&h->seats[cells[at + k]]);
		at += s;
		qsort(a, (size_t)s, sizeof *a, by_value);
		double mid = a[s / 2];
		ok = mid <= prev + slack;
		prev = mid;
	}
	g_free(a);
	g_free(cells);
	return ok;
}

/* The band at one end: the longest run of parties among [from, to)
 * (stepping by dir from `from`), each with fewer seats than two a row,
 * that a band at most max_depth deep holds in order. The band is as deep
 * as the run's widest party would be as a square, or as it must be to
 * hold them, or less if that keeps the order. Returns how many parties
 * (with or without seats) it spans from that end, and sets its depth. */
static int end_run(const Hemicycle *h, const int *party_seats, int from, int to, int dir,
                   int max_depth, double slack, int *depth)
{
	int n = h->nrows, span = 0;
	for (int p = from, k = 1; dir > 0 ? p < to : p >= to; p += dir, k++) {
		if (party_seats[p] >= 2 * n)
			break;
		span = k;
	}
	*depth = 0;
	for (; span > 0; span--) {
		int last = from + dir * (span - 1), count = 0, widest = 0;
		if (party_seats[last] <= 0)
			continue;
		for (int k = 0; k < span; k++) {
			count += party_seats[from + dir * k];
			widest = MAX(widest, party_seats[from + dir * k]);
		}
		int need = (count + n - 1) / n, want = (int)lround(sqrt((double)widest));
		for (int d = MIN(MAX(need, want), max_depth); d >= need; d--)
			if (band_in_order(h, party_seats, from, span, dir, d, slack)) {
				*depth = d;
				return span;
			}
	}
	return 0;
}

typedef struct Placed { double angle; int row; } Placed;

/* Left to right; at one angle the outer row first. */
static int by_angle(const void *p, const void *q)
{
	const Placed *a = p, *b = q;
	if (fabs(a->angle - b->angle) > 1e-9)
		return a->angle > b->angle ? -1 : 1;
	return b->row - a->row;
}

/* Whether parties [lo, hi) hold a seat: the arch keeps a middle between
 * its bands. */
static gboolean any_seats(const int *party_seats, int lo, int hi)
{
	for (int p = lo; p < hi; p++)
		if (party_seats[p] > 0)
			return TRUE;
	return FALSE;
}

static void choose_bands(HemiOrder *o, const Hemicycle *h, const int *party_seats,
                         int nparties)
{
	o->band_lo = 0, o->band_hi = nparties;
	int n = h->nrows;
	/* Both bands together take at most half of any row. */
	int fewest = G_MAXINT;
	for (int r = 0; r < n; r++)
		fewest = MIN(fewest, h->row_seats[r]);
	int max_depth = n < 2 ? 0 : MIN(deepest(h), fewest / 2);
	if (max_depth < 1)
		return;
	/* Within half a seat of the inner row: the arch's own order keeps
	 * within a whole one. */
	double slack = 0.5 * h->pitch / h->row_radius[0];
	o->band_lo = end_run(h, party_seats, 0, nparties, 1, max_depth, slack, &o->depth_lo);
	int left = fewest / 2 - o->depth_lo;
	int span = end_run(h, party_seats, nparties - 1, o->band_lo, -1, MIN(max_depth, left),
	                   slack, &o->depth_hi);
	o->band_hi = nparties - span;
	/* Something must stand between the bands; else the right one gives
	 * its first party back, then the left its last. */
	while (o->band_hi < nparties && !any_seats(party_seats, o->band_lo, o->band_hi)) {
		int d;
		span = end_run(h, party_seats, nparties - 1, o->band_hi + 1, -1,
		               MIN(max_depth, left), slack, &d);
		o->band_hi = nparties - span;
		o->depth_hi = span ? d : 0;
	}
	while (o->band_lo > 0 && !any_seats(party_seats, o->band_lo, o->band_hi)) {
		int d;
		o->band_lo = end_run(h, party_seats, 0, o->band_lo - 1, 1, max_depth, slack, &d);
		o->depth_lo = o->band_lo ? d : 0;
	}
	if (!o->band_lo)
		o->depth_lo = 0;
	if (o->band_hi == nparties)
		o->depth_hi = 0;
}

void hemiorder_init(HemiOrder *o, const Hemicycle *h, const int *party_seats, int nparties,
                    gboolean bands)
{
	*o = (HemiOrder){.rows = g_new(int, MAX(h->nseats, 1)), .band_hi = nparties};
	if (bands)
		choose_bands(o, h, party_seats, nparties);
	int n = h->nrows, step = 0, first = 0;
	/* The left band: from the outer row in, each row's end upwards. */
	for (int r = n - 1; r >= 0; r--)
		for (int j = 0; j < o->depth_lo; j++)
			o->rows[step++] = r;
	/* The middle by angle. */
	Placed *mid = g_new(Placed, MAX(h->nseats, 1));
	int nmid = 0;
	for (int r = 0; r < n; r++) {
		int k = h->row_seats[r];
		for (int j = o->depth_lo; j < k - o->depth_hi; j++)
			mid[nmid++] = (Placed){seat_angle(&h->seats[first + j]), r};
		first += k;
	}
	qsort(mid, (size_t)nmid, sizeof *mid, by_angle);
	for (int i = 0; i < nmid; i++)
		o->rows[step++] = mid[i].row;
	g_free(mid);
	/* The right band: from the inner row out, each row's end downwards. */
	for (int r = 0; r < n; r++)
		for (int j = 0; j < o->depth_hi; j++)
			o->rows[step++] = r;
	g_assert(step == h->nseats);
}

void hemiorder_clear(HemiOrder *o)
{
	g_free(o->rows);
	o->rows = NULL;
}
