/* hemiorder: the order the parties take an arch's seats in; see hemiorder.h.
 *
 * A band party takes ceil(seats / depth) whole row ends (columns on the
 * page), its seats shared out evenly between them, the fuller ones first;
 * the run's columns are the outer rows' ends (on the left the first party
 * the outermost). The rows inside them, and each column above its party's
 * seats, are left to the parties of the middle, by angle. */
#include "hemiorder.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* How far up a band may reach on the inner row: below this a row's end
 * runs near vertical, so the band's columns stand straight. */
#define BAND_RISE (40.0 * G_PI / 180.0)

static double seat_angle(const HemiSeat *s)
{
	return atan2(s->y, s->x);
}

/* The deepest band: its top seat on the inner row no higher than
 * BAND_RISE. */
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

typedef struct Placed { double angle; int row; } Placed;

/* Left to right; at one angle the outer row first. */
static int by_angle(const void *p, const void *q)
{
	const Placed *a = p, *b = q;
	if (fabs(a->angle - b->angle) > 1e-9)
		return a->angle > b->angle ? -1 : 1;
	return b->row - a->row;
}

/* A run of parties at one end, laid out in a band. */
typedef struct Band {
	int first, span;     /* parties [first, first + span), left to right */
	gboolean right;      /* at the right end */
	int depth;
	int *take;           /* [nrows]: the seats the band takes at that end of each row */
	int *owner;          /* [nrows]: the party whose column that row's end is, or -1 */
} Band;

static int columns_for(int seats, int depth)
{
	return (seats + depth - 1) / depth;
}

/* The run's columns: how many it needs at this depth. */
static int band_columns(const int *party_seats, int first, int span, int depth)
{
	int c = 0;
	for (int p = first; p < first + span; p++)
		c += columns_for(MAX(party_seats[p], 0), depth);
	return c;
}

/* Lays the run out at b->depth: the columns from the arch's end inwards,
 * the parties in turn from that end, each over its columns evenly. */
static void band_lay_out(Band *b, const Hemicycle *h, const int *party_seats)
{
	int n = h->nrows, col = 0;
	for (int r = 0; r < n; r++)
		b->take[r] = 0, b->owner[r] = -1;
	for (int k = 0; k < b->span; k++) {
		int p = b->right ? b->first + b->span - 1 - k : b->first + k;
		int s = MAX(party_seats[p], 0), cols = columns_for(s, b->depth);
		/* The fuller columns toward the arch's end: next to another
		 * band party the band's top stays level, and the step down is
		 * on the middle's side, which fills it. */
		for (int c = 0; c < cols; c++, col++) {
			int r = n - 1 - col;
			b->take[r] = s / cols + (c < s % cols ? 1 : 0);
			b->owner[r] = p;
		}
	}
}

/* The seat of row r's i-th seat from the band's end (0: on the baseline). */
static const HemiSeat *end_seat(const Hemicycle *h, const int *first, int r, int i,
                                gboolean right)
{
	return &h->seats[first[r] + (right ? h->row_seats[r] - 1 - i : i)];
}

static int by_value(const void *p, const void *q)
{
	double x = *(const double *)p, y = *(const double *)q;
	return (x > y) - (x < y);
}

/* Whether each party of the band keeps its order: its middle seat by
 * angle not left of the one before it by more than `slack`. Columns of
 * fewer seats than the depth stand lower, so a band of very unequal
 * parties may not keep it. */
static gboolean band_in_order(const Band *b, const Hemicycle *h, const int *first,
                              double slack)
{
	double prev = G_MAXDOUBLE, *a = g_new(double, MAX(h->nseats, 1));
	gboolean ok = TRUE;
	for (int p = b->first; p < b->first + b->span && ok; p++) {
		int m = 0;
		for (int r = 0; r < h->nrows; r++)
			for (int i = 0; b->owner[r] == p && i < b->take[r]; i++)
				a[m++] = seat_angle(end_seat(h, first, r, i, b->right));
		if (m == 0)
			continue;
		qsort(a, (size_t)m, sizeof *a, by_value);
		ok = a[m / 2] <= prev + slack;
		prev = a[m / 2];
	}
	g_free(a);
	return ok;
}

/* The band at one end: the longest run of parties among [from, to)
 * (counting from `from`, the end, by dir) whose seats are fewer than two
 * a row, in whole columns no deeper than max_depth, in order. It is as deep
 * as its widest party would be as a square, or as its columns need to fit
 * the rows; shallower if that keeps the order. Sets b (span 0: none). */
static void end_band(Band *b, const Hemicycle *h, const int *first, const int *party_seats,
                     int from, int to, int dir, int max_depth, double slack)
{
	int n = h->nrows, longest = 0, with_seats = 0;
	/* Each party with seats needs a column of its own. */
	for (int p = from, k = 1; dir > 0 ? p < to : p >= to; p += dir, k++) {
		if (party_seats[p] >= 2 * n || (party_seats[p] > 0 && ++with_seats > n))
			break;
		longest = k;
	}
	b->right = dir < 0, b->span = 0, b->depth = 0;
	for (int span = longest; span > 0; span--) {
		if (party_seats[from + dir * (span - 1)] <= 0)
			continue;
		int lo = dir > 0 ? from : from - span + 1, widest = 0, need = 0;
		for (int p = lo; p < lo + span; p++)
			widest = MAX(widest, party_seats[p]);
		for (int d = 1; d <= max_depth && !need; d++)
			if (band_columns(party_seats, lo, span, d) <= n)
				need = d;
		if (!need)
			continue;
		b->first = lo, b->span = span;
		int want = MIN(MAX(need, (int)lround(sqrt((double)widest))), max_depth);
		for (b->depth = want; b->depth >= need; b->depth--) {
			band_lay_out(b, h, party_seats);
			if (band_in_order(b, h, first, slack))
				return;
		}
	}
	b->span = 0, b->depth = 0;
	for (int r = 0; r < n; r++)
		b->take[r] = 0, b->owner[r] = -1;
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

/* The two bands: the left one among all parties but the last with seats,
 * the right one among the parties after it, on what the left one leaves
 * of the rows, and shortened until a party with seats stands between. */
static void choose_bands(Band *lo, Band *hi, const Hemicycle *h, const int *first,
                         const int *party_seats, int nparties)
{
	int n = h->nrows, fewest = G_MAXINT, last = nparties - 1;
	for (int r = 0; r < n; r++)
		fewest = MIN(fewest, h->row_seats[r]);
	while (last > 0 && party_seats[last] <= 0)
		last--;
	/* Both bands together take at most half of any row. */
	int max_depth = n < 2 ? 0 : MIN(deepest(h), fewest / 2);
	/* Within half a seat of the inner row: the arch's own order keeps
	 * within a whole one. */
	double slack = 0.5 * h->pitch / h->row_radius[0];
	end_band(lo, h, first, party_seats, 0, last, 1, max_depth, slack);
	int to = lo->span ? lo->first + lo->span : 0;
	int room = MIN(max_depth, fewest / 2 - lo->depth);
	for (int limit = to; limit < nparties; limit++) {
		end_band(hi, h, first, party_seats, nparties - 1, limit, -1, room, slack);
		if (!hi->span || any_seats(party_seats, to, hi->first))
			return;
	}
	hi->span = 0;
}

void hemiorder_init(HemiOrder *o, const Hemicycle *h, const int *party_seats, int nparties,
                    gboolean bands)
{
	int n = h->nrows, step = 0;
	*o = (HemiOrder){.rows = g_new(int, MAX(h->nseats, 1)), .band_hi = nparties};
	int *first = g_new0(int, n);
	for (int r = 1; r < n; r++)
		first[r] = first[r - 1] + h->row_seats[r - 1];
	Band lo = {.take = g_new0(int, n), .owner = g_new(int, n)};
	Band hi = {.take = g_new0(int, n), .owner = g_new(int, n)};
	for (int r = 0; r < n; r++)
		lo.owner[r] = hi.owner[r] = -1;
	if (bands)
		choose_bands(&lo, &hi, h, first, party_seats, nparties);
	o->band_lo = lo.span ? lo.first + lo.span : 0, o->depth_lo = lo.depth;
	o->band_hi = hi.span ? hi.first : nparties, o->depth_hi = hi.depth;
	/* The left band's parties, each its columns' rows. */
	for (int p = 0; p < o->band_lo; p++)
		for (int r = n - 1; r >= 0; r--)
			for (int i = 0; lo.owner[r] == p && i < lo.take[r]; i++)
				o->rows[step++] = r;
	/* The middle by angle. */
	Placed *mid = g_new(Placed, MAX(h->nseats, 1));
	int nmid = 0;
	for (int r = 0; r < n; r++)
		for (int j = lo.take[r]; j < h->row_seats[r] - hi.take[r]; j++)
			mid[nmid++] = (Placed){seat_angle(&h->seats[first[r] + j]), r};
	qsort(mid, (size_t)nmid, sizeof *mid, by_angle);
	for (int i = 0; i < nmid; i++)
		o->rows[step++] = mid[i].row;
	g_free(mid);
	/* The right band's parties. */
	for (int p = o->band_hi; p < nparties; p++)
		for (int r = 0; r < n; r++)
			for (int i = 0; hi.owner[r] == p && i < hi.take[r]; i++)
				o->rows[step++] = r;
	g_assert(step == h->nseats);
	g_free(lo.take), g_free(lo.owner), g_free(hi.take), g_free(hi.owner);
	g_free(first);
}

void hemiorder_clear(HemiOrder *o)
{
	g_free(o->rows);
	o->rows = NULL;
}
