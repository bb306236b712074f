/* hemiparty: parties on the arch; see hemiparty.h.
 *
 * The plain sweep (every seat by angle, the parties taking consecutive runs)
 * gives wedges whose edges are as radial as the rows allow, but a party with
 * fewer seats than rows gets seats of rows far apart, and a one-seat party
 * lands inside its neighbours. Here the parties are placed one at a time,
 * each choosing where it ends in every row (its frontier; a row's seats go
 * left to right, so each row lists the parties in order), by dynamic
 * programming over the rows: as near the sweep's frontier as possible and
 * with few seats left of the previous party's middle, such that the party
 * is one group of neighbouring seats and so are the seats left for the
 * parties after it (their border joined where it can be). A one-seat party
 * next to large ones goes to an edge. Cost: per party, rows x window x
 * (window x rows) states: 3 000 seats in 30 parties take about 15 ms,
 * 3 000 one-seat parties 0.15 s. */
#include "hemiparty.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Costs, in (squared) seats that a frontier strays from the sweep's, of a
 * one-seat party that touches only the inner row, or no edge at all (a
 * lone dot inside its neighbours). Larger parties go where the sweep puts
 * them, and so does a one-seat party in a long run of small ones: there the
 * sweep's columns keep the order, where a band along the edge would not. */
#define COST_INNER_ONLY 1.0
#define COST_INSIDE 8.0
/* Cost of leaving two rows' first free seats apart: the parties after
 * would have to reach round, and near the arch's end may not be able to. */
#define COST_BROKEN_BORDER 2.0
/* Cost of each seat of a party left of the previous party's middle, per
 * seat width it is over: the order of the parties from left to right. */
#define COST_BEHIND 1.0
/* The largest DP table tried (cells); a wider window is not tried beyond. */
#define MAX_CELLS 8000000

/* How far (seats) a frontier may stray from the sweep's in a row, tried in
 * turn until the party and what is left can both be one block. */
static const int windows[] = {2, 4, 8, 16};

/* Where the party is as the rows go out: not yet; in it, since the inner
 * row or since a later one; past it, after either. Each also as
 * P_AT_END + phase once the party holds a row's end seat (on the baseline,
 * at an edge of the arch like the outer row). */
typedef enum { P_BEFORE, P_IN_INNER, P_IN, P_AFTER_INNER, P_AFTER, P_AT_END } Phase;

enum { PHASES = 2 * P_AT_END, FREE_PHASES = 3 };
/* The seats left over, as the rows go out: not yet, in them, past them. */
typedef enum { F_BEFORE, F_IN, F_AFTER } FreePhase;

typedef struct Arch {
	const Hemicycle *h;
	int n;
	int *first;          /* [n] index of each row's first seat */
	int *near_lo;        /* [nseats] a seat's neighbours in the next row out: */
	int *near_hi;        /*   positions [near_lo, near_hi) of that row */
	int *prev;           /* [n] frontier before the party: its first seat per row */
	int *sweep;          /* [n] the sweep's frontier after the party */
	int *next;           /* [n] the frontier chosen */
	int seats;           /* the party's */
	gboolean edge;       /* whether it should touch an edge (see COST_INSIDE) */
	double *angle;       /* [nseats] of each seat */
	double *unit;        /* [n] a seat's width in the row, as the outer row's */
	double *behind;      /* per row [row_seats + 1]: how far the row's first
	                        seats are left of the previous party's middle */
	int *behind_first;   /* [n] where each row's sums start in behind */
	double prev_middle;  /* the previous party's middle angle */
	double slack;        /* the angle of a seat of the inner row */
	gboolean strict;     /* a one-seat party may not be left of that */
} Arch;

static double dist2(const HemiSeat *a, const HemiSeat *b)
{
	return (a->x - b->x) * (a->x - b->x) + (a->y - b->y) * (a->y - b->y);
}

/* For each seat, the run of seats of the next row out within reach: both
 * rows run left to right, so the runs move right as the seat does. */
static void find_neighbours(Arch *a)
{
	const Hemicycle *h = a->h;
	double reach = HEMIPARTY_NEIGHBOUR * h->pitch, reach2 = reach * reach;
	for (int r = 0; r + 1 < a->n; r++) {
		const HemiSeat *row = &h->seats[a->first[r]], *out = &h->seats[a->first[r + 1]];
		int k2 = h->row_seats[r + 1], lo = 0;
		for (int j = 0; j < h->row_seats[r]; j++) {
			double angle = atan2(row[j].y, row[j].x);
			while (lo < k2 && atan2(out[lo].y, out[lo].x) > angle &&
			       dist2(&row[j], &out[lo]) >= reach2)
				lo++;
			int hi = lo;
			while (hi < k2 && dist2(&row[j], &out[hi]) < reach2)
				hi++;
			a->near_lo[a->first[r] + j] = lo;
			a->near_hi[a->first[r] + j] = hi;
		}
	}
}

/* Whether positions [x0, x1) of row r and [y0, y1) of row r + 1 (both not
 * empty) hold two neighbours. */
static gboolean linked(const Arch *a, int r, int x0, int x1, int y0, int y1)
{
	for (int j = x0; j < x1; j++) {
		int i = a->first[r] + j;
		if (a->near_lo[i] >= y1)
			break;
		if (a->near_hi[i] > y0 && a->near_lo[i] < a->near_hi[i])
			return TRUE;
	}
	return FALSE;
}

/* The DP over rows for one party: in row r the frontier is lo[r] + x for
 * x in [0, width[r]), and the frontiers' offsets sum to target. */
typedef struct Dp {
	int w;               /* the widest row window */
	int target;
	int *lo, *width;     /* [n] */
	double *cost;        /* [n][target + 1][w][PHASES][FREE_PHASES], INFINITY: none */
	int *from;           /* the same: the state of the row before, packed */
} Dp;

static size_t cell(const Dp *d, int r, int s, int x, int ph, int fr)
{
	return ((((size_t)r * (size_t)(d->target + 1) + (size_t)s) * (size_t)d->w + (size_t)x) *
	            PHASES + (size_t)ph) * FREE_PHASES + (size_t)fr;
}

/* The party's phase in row r after phase ph, or -1 if it cannot go on:
 * its run in row r must touch its run in the row before. */
static int phase_step(const Arch *a, int r, int ph, int f_before, int f, gboolean in)
{
	if (!in)
		return ph == P_IN_INNER ? P_AFTER_INNER : ph == P_IN ? P_AFTER : ph;
	if (ph == P_BEFORE)
		return r == 0 ? P_IN_INNER : P_IN;
	if (ph == P_AFTER_INNER || ph == P_AFTER)
		return -1;
	return linked(a, r - 1, a->prev[r - 1], f_before, a->prev[r], f) ? ph : -1;
}

/* phase_step, remembering whether the party holds the end seat of a row. */
static int party_step(const Arch *a, int r, int ph, int f_before, int f)
{
	int end = ph >= P_AT_END ? P_AT_END : 0;
	ph -= end;
	gboolean in = f > a->prev[r];
	if (in && (a->prev[r] == 0 || f == a->h->row_seats[r]))
		end = P_AT_END;
	int next = phase_step(a, r, ph, f_before, f, in);
	return next < 0 ? -1 : next + end;
}

/* The same for the seats left over, right of the frontier. */
static int free_step(const Arch *a, int r, int fr, int f_before, int f)
{
	int k = a->h->row_seats[r];
	if (f >= k)
		return fr == F_IN ? F_AFTER : fr;
	if (fr == F_BEFORE)
		return F_IN;
	if (fr == F_AFTER)
		return -1;
	return linked(a, r - 1, f_before, a->h->row_seats[r - 1], f, k) ? F_IN : -1;
}

/* What a frontier at f in row r costs: how far it strays from the sweep's,
 * and how far the party's seats there are left of the previous party. */
static double row_cost(const Arch *a, int r, int f)
{
	/* A one-seat party's seat is its middle: left of the previous party's
	 * by more than a seat of the inner row, it would read out of order. */
	if (a->strict && a->seats == 1 && f > a->prev[r] &&
	    a->angle[a->first[r] + a->prev[r]] > a->prev_middle + a->slack)
		return INFINITY;
	const double *b = &a->behind[a->behind_first[r]];
	double stray = abs(f - a->sweep[r]) * a->unit[r];
	return stray * stray + COST_BEHIND * (b[f] - b[a->prev[r]]);
}

/* Sums, row by row, of how far each seat is left of the previous party's
 * middle, in outer-row seat widths. */
static void sum_behind(Arch *a, double outer_step)
{
	for (int r = 0; r < a->n; r++) {
		double *b = &a->behind[a->behind_first[r]];
		b[0] = 0;
		for (int j = 0; j < a->h->row_seats[r]; j++)
			b[j + 1] = b[j] + MAX(0.0, a->angle[a->first[r] + j] - a->prev_middle) / outer_step;
	}
}

static int by_value(const void *p, const void *q)
{
	double x = *(const double *)p, y = *(const double *)q;
	return (x > y) - (x < y);
}

/* The middle angle of the seats between a->prev and a->next. */
static double middle_angle(const Arch *a)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(double));
	for (int r = 0; r < a->n; r++)
		for (int j = a->prev[r]; j < a->next[r]; j++)
			g_array_append_val(v, a->angle[a->first[r] + j]);
	g_array_sort(v, by_value);
	double m = v->len ? g_array_index(v, double, v->len / 2) : a->prev_middle;
	g_array_free(v, TRUE);
	return m;
}

/* Whether the first free seats of rows r - 1 and r (at f_before and f)
 * are neighbours: the next party can then take them together. */
static gboolean border_joined(const Arch *a, int r, int f_before, int f)
{
	int i = a->first[r - 1] + f_before;
	return a->near_lo[i] <= f && f < a->near_hi[i];
}

static void relax(Dp *d, size_t to, double c, int from)
{
	if (c < d->cost[to] - 1e-12) {
		d->cost[to] = c;
		d->from[to] = from;
	}
}

/* Fills row r of the table from row r - 1. */
static void dp_row(const Arch *a, Dp *d, int r)
{
	for (int s0 = 0; s0 <= d->target; s0++)
		for (int x0 = 0; x0 < d->width[r - 1]; x0++)
			for (int ph0 = 0; ph0 < PHASES; ph0++)
				for (int fr0 = 0; fr0 < FREE_PHASES; fr0++) {
					size_t c0 = cell(d, r - 1, s0, x0, ph0, fr0);
					if (!isfinite(d->cost[c0]))
						continue;
					int f0 = d->lo[r - 1] + x0;
					for (int x = 0; x < d->width[r] && s0 + x <= d->target; x++) {
						int f = d->lo[r] + x;
						int ph = party_step(a, r, ph0, f0, f);
						int fr = ph < 0 ? -1 : free_step(a, r, fr0, f0, f);
						if (fr < 0)
							continue;
						double c = d->cost[c0] + row_cost(a, r, f);
						if (fr == F_IN && fr0 == F_IN && !border_joined(a, r, f0, f))
							c += COST_BROKEN_BORDER;
						relax(d, cell(d, r, s0 + x, x, ph, fr), c, (int)c0);
					}
				}
}

static double end_cost(int ph, gboolean edge)
{
	if (ph >= P_AT_END)
		return ph == P_AT_END ? INFINITY : 0;
	switch (ph) {
	case P_IN_INNER: case P_IN: return 0;
	case P_AFTER_INNER: case P_AFTER: if (!edge) return 0; break;
	default: return INFINITY;
	}
	switch (ph) {
	case P_AFTER_INNER: return COST_INNER_ONLY;
	case P_AFTER: return COST_INSIDE;
	default: return INFINITY;   /* no seat at all */
	}
}

/* The party's frontier within `reach` seats of the sweep's (never before
 * the previous one, never past a row's end): the cheapest that keeps the
 * party and the seats left over whole, into a->next. FALSE if none does
 * (or the table would be too large). */
static gboolean choose_frontier(Arch *a, int reach, int want_total)
{
	int n = a->n, total = 0, w = 0;
	Dp d = {.lo = g_new(int, n), .width = g_new(int, n)};
	for (int r = 0; r < n; r++) {
		int k = a->h->row_seats[r];
		int base = CLAMP(a->sweep[r], a->prev[r], k);
		d.lo[r] = MAX(a->prev[r], base - reach);
		d.width[r] = MIN(k, base + reach) - d.lo[r] + 1;
		total += d.lo[r];
		w = MAX(w, d.width[r]);
	}
	d.w = w;
	d.target = want_total - total;
	gboolean ok = FALSE;
	size_t cells = (size_t)n * (size_t)(MAX(d.target, 0) + 1) * (size_t)w * PHASES * FREE_PHASES;
	if (d.target >= 0 && cells <= MAX_CELLS) {
		d.cost = g_new(double, cells);
		d.from = g_new(int, cells);
		for (size_t i = 0; i < cells; i++)
			d.cost[i] = INFINITY;
		for (int x = 0; x < d.width[0] && x <= d.target; x++) {
			int f = d.lo[0] + x;
			int ph = party_step(a, 0, P_BEFORE, 0, f);
			int fr = f < a->h->row_seats[0] ? F_IN : F_BEFORE;
			relax(&d, cell(&d, 0, x, x, ph, fr), row_cost(a, 0, f), -1);
		}
		for (int r = 1; r < n; r++)
			dp_row(a, &d, r);
		size_t best = 0;
		double best_cost = INFINITY;
		for (int x = 0; x < d.width[n - 1]; x++)
			for (int ph = 0; ph < PHASES; ph++)
				for (int fr = 0; fr < FREE_PHASES; fr++) {
					size_t c = cell(&d, n - 1, d.target, x, ph, fr);
					double cost = d.cost[c] + end_cost(ph, a->edge);
					if (cost < best_cost - 1e-12)
						best_cost = cost, best = c;
				}
		ok = isfinite(best_cost);
		/* Back through the rows: a cell's x is its frontier's offset. */
		for (int r = n - 1; ok && r >= 0; r--) {
			size_t x = (best / (PHASES * FREE_PHASES)) % (size_t)d.w;
			a->next[r] = d.lo[r] + (int)x;
			best = (size_t)d.from[best];
		}
		g_free(d.cost);
		g_free(d.from);
	}
	g_free(d.lo);
	g_free(d.width);
	return ok;
}

/* When no frontier keeps the party whole: the sweep's, moved only as far
 * as the previous frontier and the seat count demand. */
static void plain_frontier(Arch *a, int want_total)
{
	int sum = 0;
	for (int r = 0; r < a->n; r++) {
		a->next[r] = CLAMP(a->sweep[r], a->prev[r], a->h->row_seats[r]);
		sum += a->next[r];
	}
	for (int r = a->n - 1; r >= 0 && sum < want_total; r--)
		while (sum < want_total && a->next[r] < a->h->row_seats[r])
			a->next[r]++, sum++;
	for (int r = 0; r < a->n && sum > want_total; r++)
		while (sum > want_total && a->next[r] > a->prev[r])
			a->next[r]--, sum--;
}

/* The angle from one seat of row r to the next (a whole half turn for a
 * row of one). */
static double row_step(const Arch *a, int r)
{
	int k = a->h->row_seats[r];
	if (k < 2)
		return G_PI;
	return (a->angle[a->first[r]] - a->angle[a->first[r] + k - 1]) / (k - 1);
}

/* Whether party p is one seat to put on an edge: at most BAND_MAX one-seat
 * parties in a row do that, each moving the edge row's frontier a seat
 * ahead of the others, and only when the next party after them is wide
 * enough for every row and for that slack, so it takes the slack up. More
 * would stand out of order; they go where the sweep puts them. */
#define BAND_MAX 2
static gboolean wants_edge(const int *party_seats, int nparties, int p, int rows)
{
	if (party_seats[p] != 1)
		return FALSE;
	int between = 0;
	for (int q = p + 1; q < nparties; q++) {
		if (party_seats[q] >= rows + between + 1)
			return between < BAND_MAX;
		between += party_seats[q];
	}
	return FALSE;
}

typedef struct ByAngle { double angle; int row; } ByAngle;

/* Left to right; at one angle the outer row first. */
static int by_angle(const void *p, const void *q)
{
	const ByAngle *a = p, *b = q;
	if (fabs(a->angle - b->angle) > 1e-9)
		return a->angle > b->angle ? -1 : 1;
	return b->row - a->row;
}

int hemiparty_assign(Hemicycle *h, const int *party_seats, int nparties)
{
	int n = h->nrows, broken = 0;
	Arch a = {.h = h, .n = n, .first = g_new0(int, n), .near_lo = g_new0(int, h->nseats),
	          .near_hi = g_new0(int, h->nseats), .prev = g_new0(int, n),
	          .sweep = g_new0(int, n), .next = g_new0(int, n)};
	for (int r = 1; r < n; r++)
		a.first[r] = a.first[r - 1] + h->row_seats[r - 1];
	find_neighbours(&a);
	a.angle = g_new(double, h->nseats);
	a.unit = g_new(double, n);
	a.behind = g_new(double, h->nseats + n);
	a.behind_first = g_new(int, n);
	for (int i = 0; i < h->nseats; i++)
		a.angle[i] = atan2(h->seats[i].y, h->seats[i].x);
	double outer_step = row_step(&a, n - 1);
	for (int r = 0; r < n; r++) {
		a.unit[r] = row_step(&a, r) / outer_step;
		a.behind_first[r] = a.first[r] + r;
	}
	a.prev_middle = G_MAXDOUBLE;
	a.slack = h->pitch / h->row_radius[0];
	ByAngle *order = g_new(ByAngle, h->nseats);
	for (int i = 0; i < h->nseats; i++)
		order[i] = (ByAngle){atan2(h->seats[i].y, h->seats[i].x), h->seats[i].row};
	qsort(order, (size_t)h->nseats, sizeof *order, by_angle);
	int done = 0;
	for (int p = 0; p < nparties; p++) {
		if (party_seats[p] <= 0)
			continue;
		for (int s = done; s < done + party_seats[p]; s++)
			a.sweep[order[s].row]++;
		sum_behind(&a, outer_step);
		done += party_seats[p];
		a.seats = party_seats[p];
		a.edge = wants_edge(party_seats, nparties, p, n);
		gboolean ok = FALSE;
		for (int strict = 1; strict >= 0 && !ok; strict--) {
			a.strict = strict;
			for (size_t w = 0; w < G_N_ELEMENTS(windows) && !ok; w++)
				ok = choose_frontier(&a, windows[w], done);
		}
		if (!ok) {
			plain_frontier(&a, done);
			broken++;
		}
		a.prev_middle = middle_angle(&a);
		for (int r = 0; r < n; r++) {
			for (int j = a.prev[r]; j < a.next[r]; j++)
				h->seats[a.first[r] + j].party = p;
			a.prev[r] = a.next[r];
		}
	}
	g_free(order);
	g_free(a.angle);
	g_free(a.unit);
	g_free(a.behind);
	g_free(a.behind_first);
	g_free(a.first);
	g_free(a.near_lo);
	g_free(a.near_hi);
	g_free(a.prev);
	g_free(a.sweep);
	g_free(a.next);
	return broken;
}
